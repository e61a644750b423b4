/**
 * HTML → plain text by the same rules the readability-pages truth was made with (its SOURCE.md):
 * block elements start and end paragraphs, `<br>` is a newline, other whitespace collapses, empty
 * paragraphs drop, paragraphs join with a blank line, alt text is ignored. Used to turn baseline
 * outputs (Readability's HTML, a page's whole visible text) into text scored like ours.
 */
import { parseDocument } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section ' +
    'summary table tbody thead tfoot tr td th ul'
  ).split(' '),
);

/** Marks a `<br>` while text accumulates; source newlines inside text are plain whitespace. */
const BR = '\u0000';

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

/** Collects paragraphs; each paragraph is a list of lines split by `<br>`. */
class Collector {
  paragraphs: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }
  lineBreak(): void {
    this.current += BR;
  }
  endParagraph(): void {
    const lines = this.current.split(BR).map((l) => l.replace(/\s+/g, ' ').trim());
    const para = lines.join('\n').replace(/^\n+|\n+$/g, '');
    if (para.replace(/\s/g, '').length > 0) this.paragraphs.push(para);
    this.current = '';
  }
}

function walk(node: DomNode, out: Collector): void {
  if (node.type === 'text') {
    out.text((node.data ?? '').replaceAll(BR, ''));
    return;
  }
  const isElement = node.type === 'tag' || node.type === 'script' || node.type === 'style';
  if (isElement) {
    const name = (node.name ?? '').toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') {
      out.lineBreak();
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.endParagraph();
    for (const child of node.children ?? []) walk(child, out);
    if (block) out.endParagraph();
    return;
  }
  if (node.type === 'root' || node.type === 'cdata') {
    for (const child of node.children ?? []) walk(child, out);
  }
}

/** Plain text of an HTML document or fragment, paragraphs separated by `\n\n`. */
export function htmlToPlainText(html: string): string {
  const doc = parseDocument(html) as unknown as DomNode;
  const out = new Collector();
  walk(doc, out);
  out.endParagraph();
  return out.paragraphs.join('\n\n');
}

/** Inline nodes → Markdown: escaped text, emphasis, links with safe absolute URLs, code spans, breaks. */
import type { Inline } from '../../extract/types.js';
import {
  CODE_CLOSE,
  CODE_OPEN,
  CODE_RUN,
  EM_CLOSE,
  EM_OPEN,
  resolveEmphasis,
  STRONG_CLOSE,
  STRONG_OPEN,
} from './markdown-emphasis.js';
import {
  escapeInline,
  escapeLineStart,
  longestBacktickRun,
  markdownDestination,
  stripControlChars,
} from './markdown-escape.js';
import { safeUrl } from './safe-url.js';

export interface InlineContext {
  /** Base URL for links the extractor left relative. */
  baseUrl: string | null;
  /** How a `<br>` renders: a hard break, or a space where a line cannot break (headings, table cells). */
  breaks: 'hard' | 'space';
  /** In a GFM table cell, where even a code span's `|` must be escaped or it splits the cell. */
  table?: boolean;
}

/** A Markdown hard line break (backslash form: visible, and not lost to trailing-space trimming). */
const HARD_BREAK = '\\\n';

/** Leading and trailing spaces and hard breaks of rendered inline Markdown, and the core between. */
function splitPadding(inner: string): [lead: string, core: string, trail: string] {
  const lead = /^(?:\s|\\\n)*/.exec(inner)?.[0] ?? '';
  const trail = /(?:\s|\\\n)*$/.exec(inner.slice(lead.length))?.[0] ?? '';
  return [lead, inner.slice(lead.length, inner.length - trail.length), trail];
}

/**
 * Wrap `inner` in a delimiter, keeping spaces and breaks outside it: `* a *` would not parse as
 * emphasis, and a break's backslash right before `*` would escape the delimiter.
 */
function delimit(inner: string, open: string, close = open): string {
  const [lead, core, trail] = splitPadding(inner);
  return core ? `${lead}${open}${core}${close}${trail}` : inner;
}

function codeSpan(text: string, table: boolean): string {
  const body = stripControlChars(text).replace(/\s+/g, ' ').trim();
  if (!body) return '';
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`');
  const span = pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
  return table ? span.replace(/\|/g, '\\|') : span;
}

/** Where a node sits: nested emphasis of the same kind, or a link inside a link, adds nothing. */
interface Within {
  link: boolean;
  emphasis: boolean;
  strong: boolean;
}

/**
 * Merge neighbours that would otherwise touch: two code spans side by side would fuse their
 * backtick fences into one longer fence, and two text nodes are simply one.
 */
function mergeNeighbours(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text')
      out[out.length - 1] = { type: 'text', text: last.text + node.text };
    else if (last?.type === 'code' && node.type === 'code')
      out[out.length - 1] = { type: 'code', text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

/**
 * Splice in the children of what renders without markup of its own (a link that cannot be written,
 * emphasis inside the same emphasis), then merge the neighbours that meet.
 */
const NOWHERE: Within = { link: false, emphasis: false, strong: false };

/**
 * Code spans as one span per run of adjacent placeholders: two spans touching would fuse their
 * backtick fences (`a``b` is not two spans), which emphasis or links that render to nothing can cause.
 */
function restoreCodeSpans(text: string, spans: string[], table: boolean): string {
  return text.replace(CODE_RUN, (run) => {
    const ids = run.match(/\d+/g) ?? [];
    return codeSpan(ids.map((id) => spans[Number(id)] ?? '').join(''), table);
  });
}

function simplify(nodes: Inline[], ctx: InlineContext, within: Within): Inline[] {
  const flat: Inline[] = [];
  for (const node of nodes) {
    const unwrap =
      (node.type === 'link' && (within.link || !safeUrl(node.href, 'link', ctx.baseUrl))) ||
      (node.type === 'emphasis' && within.emphasis) ||
      (node.type === 'strong' && within.strong);
    if (unwrap && 'children' in node) flat.push(...simplify(node.children, ctx, within));
    else flat.push(node);
  }
  return mergeNeighbours(flat);
}

function render(nodes: Inline[], ctx: InlineContext, within: Within, spans: string[]): string {
  let out = '';
  for (const node of simplify(nodes, ctx, within)) {
    switch (node.type) {
      case 'text':
        // A trailing "!" could meet a following link's "[" and make it an image.
        out += escapeInline(node.text.replace(/\s+/g, ' ')).replace(/!$/, '\\!');
        break;
      case 'code':
        // A placeholder: spans that end up side by side are joined into one at the end.
        out += `${CODE_OPEN}${spans.push(node.text) - 1}${CODE_CLOSE}`;
        break;
      case 'break':
        out += ctx.breaks === 'hard' ? HARD_BREAK : ' ';
        break;
      case 'emphasis':
        out += delimit(render(node.children, ctx, { ...within, emphasis: true }, spans), EM_OPEN, EM_CLOSE);
        break;
      case 'strong':
        out += delimit(
          render(node.children, ctx, { ...within, strong: true }, spans),
          STRONG_OPEN,
          STRONG_CLOSE,
        );
        break;
      case 'link': {
        // simplify() kept only links that can be written.
        const href = safeUrl(node.href, 'link', ctx.baseUrl)!;
        const text = render(node.children, ctx, { ...within, link: true }, spans);
        out += delimit(text, '[', `](${markdownDestination(href)})`);
        break;
      }
    }
  }
  return out;
}

/** True when a line ends in a hard-break backslash (an odd run; an even run is escaped backslashes). */
function endsInBreak(line: string): boolean {
  const run = line.length - line.replace(/\\+$/, '').length;
  return run % 2 === 1;
}

/**
 * Render inlines to Markdown: whitespace collapsed, each line trimmed, runs of breaks collapsed to
 * one, no break at the start or end, and text that would read as block syntax at the start of a
 * line escaped.
 */
export function inlinesToMarkdown(nodes: Inline[], ctx: InlineContext): string {
  const spans: string[] = [];
  const lines = restoreCodeSpans(
    resolveEmphasis(render(nodes, ctx, NOWHERE, spans)),
    spans,
    ctx.table === true,
  )
    .split('\n')
    // Joins of text and emphasis can leave double spaces; code spans were collapsed already.
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    // A line holding only the break marker comes from consecutive or leading <br>s.
    .filter((line) => line !== '\\' && line !== '');
  const last = lines.length - 1;
  if (last >= 0 && endsInBreak(lines[last]!)) lines[last] = lines[last]!.slice(0, -1).trimEnd();
  return (ctx.breaks === 'hard' ? lines.map(escapeLineStart) : lines).join('\n');
}

/** Inline nodes → Markdown: escaped text, emphasis, links with safe absolute URLs, code spans, breaks. */
import type { Inline } from '../../extract/types.js';
import { EM_CLOSE, EM_OPEN, resolveEmphasis, STRONG_CLOSE, STRONG_OPEN } from './markdown-emphasis.js';
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

function render(nodes: Inline[], ctx: InlineContext, inLink: boolean): string {
  let out = '';
  nodes.forEach((node, i) => {
    switch (node.type) {
      case 'text': {
        let text = escapeInline(node.text.replace(/\s+/g, ' '));
        // "!" right before a link would turn the link into an image.
        if (text.endsWith('!') && nodes[i + 1]?.type === 'link') text = `${text.slice(0, -1)}\\!`;
        out += text;
        break;
      }
      case 'code':
        out += codeSpan(node.text, ctx.table === true);
        break;
      case 'break':
        out += ctx.breaks === 'hard' ? HARD_BREAK : ' ';
        break;
      case 'emphasis':
        out += delimit(render(node.children, ctx, inLink), EM_OPEN, EM_CLOSE);
        break;
      case 'strong':
        out += delimit(render(node.children, ctx, inLink), STRONG_OPEN, STRONG_CLOSE);
        break;
      case 'link': {
        const text = render(node.children, ctx, true);
        const href = inLink ? null : safeUrl(node.href, 'link', ctx.baseUrl);
        out += href ? delimit(text, '[', `](${markdownDestination(href)})`) : text;
        break;
      }
    }
  });
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
  const lines = resolveEmphasis(render(nodes, ctx, false))
    .split('\n')
    // Joins of text and emphasis can leave double spaces; code spans were collapsed already.
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    // A line holding only the break marker comes from consecutive or leading <br>s.
    .filter((line) => line !== '\\' && line !== '');
  const last = lines.length - 1;
  if (last >= 0 && endsInBreak(lines[last]!)) lines[last] = lines[last]!.slice(0, -1).trimEnd();
  return (ctx.breaks === 'hard' ? lines.map(escapeLineStart) : lines).join('\n');
}

/**
 * Escaping for Markdown (CommonMark + GFM). Text from the page must read as text: a `*` in a
 * sentence must not start emphasis, a `<b>` in a sentence must not become raw HTML, a line that
 * happens to start with "1." or "#" must not become a list or a heading.
 */

/**
 * C0 controls (except tab and newline) and DEL: never meaningful in article text. Also the few
 * private-use code points the Markdown writer uses as placeholders (icon-font glyphs at most).
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F\uE000-\uE005]/g;

/** Characters that are Markdown syntax anywhere in a line. `|` matters in GFM tables, `~` in strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]<|~]/g;

/** `&` that would start an entity reference (`&amp;`, `&#169;`) and so be decoded by a renderer. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** Escape text that sits inside a line (a text inline, alt text, a table cell). */
export function escapeInline(text: string): string {
  return stripControlChars(text).replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
}

/**
 * Escape what is special only at the start of a line: ATX headings, blockquotes, bullets,
 * ordered-list markers, setext underlines and thematic breaks. Run on each rendered line of a
 * paragraph; renderer markup never starts a line with these characters, so only text is touched.
 */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=[ \t]|$)/, '\\$1')
    .replace(/^(=+|-+)([ \t]*)$/, '\\$1$2')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** Longest run of backticks in `text` (to pick a code fence that cannot be closed early). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A link or image destination: characters that would end or break `(…)` are percent-encoded.
 * The URL has already been normalised by the WHATWG parser, which encodes spaces and most others.
 */
export function markdownDestination(url: string): string {
  return url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

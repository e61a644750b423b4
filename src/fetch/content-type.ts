/**
 * Content-Type handling: is this response HTML, and what charset does the header claim?
 * Checked before the body is read so a PDF or an image is refused without downloading it.
 */

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The lower-cased media type of a Content-Type header (`text/html; charset=x` → `text/html`). */
export function mediaType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** True for text/html and application/xhtml+xml. */
export function isHtmlMediaType(type: string): boolean {
  return HTML_TYPES.has(type);
}

/** The charset parameter of a Content-Type header, unquoted, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*("?)([^";\s]+)\1/i);
  return match?.[2];
}

// Tag openings the WHATWG MIME Sniffing standard (§7.1, "text/html" patterns) treats as HTML.
const HTML_OPENINGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];

/**
 * Sniff bytes served without a Content-Type: HTML when, after leading whitespace (and a UTF-8 BOM),
 * they open with one of the standard's HTML patterns followed by a space or `>`.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let text = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  text = text.replace(/^[\t\n\f\r ]+/, '').toLowerCase();
  return HTML_OPENINGS.some((open) => {
    if (!text.startsWith(open)) return false;
    if (open === '<!--') return true;
    const next = text.charAt(open.length);
    return next === ' ' || next === '>';
  });
}

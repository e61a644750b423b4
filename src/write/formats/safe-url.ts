/**
 * The one URL policy for every rendered link and image: only absolute http(s) (and mailto: for
 * links) get through. Anything else — javascript:, data:, vbscript:, file:, a relative URL with no
 * base to resolve it against — is refused, and the renderer keeps the link's text without the link.
 * data: images are refused too: on news pages they are lazy-load placeholders or tracking pixels,
 * and data:image/svg+xml can carry script.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

export type UrlKind = 'link' | 'image';

/**
 * The absolute, normalised URL for `raw`, or null when it is not safe to render.
 * The WHATWG URL parser strips surrounding whitespace and control characters and drops tabs and
 * newlines inside, exactly as browsers do, so `" java\tscript:…"` is seen (and refused) as javascript:.
 */
export function safeUrl(raw: string, kind: UrlKind, base?: string | null): string | null {
  if (!raw.trim()) return null;
  const parsed = parseUrl(raw, base);
  if (!parsed) return null;
  const allowed = kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS;
  if (!allowed.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  return parsed.href;
}

function parseUrl(raw: string, base?: string | null): URL | null {
  const baseUrl = base && URL.canParse(base) ? base : undefined;
  try {
    return new URL(raw, baseUrl);
  } catch {
    return null;
  }
}

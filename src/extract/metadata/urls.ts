/** Absolute URLs for `image` and `canonicalUrl`, resolved against `<base href>` and the page URL. */

/** The URL relative links resolve against: `<base href>` (itself resolved), else the page URL. */
export function resolveBaseUrl(baseHref: string | null, pageUrl: string | null): string | null {
  const base = baseHref?.trim();
  return (base && toAbsoluteUrl(base, pageUrl)) || pageUrl;
}

/** An absolute http(s) URL, or null when `raw` cannot be made into one. */
export function toAbsoluteUrl(raw: string | null | undefined, base: string | null): string | null {
  const value = raw?.trim();
  if (!value || value.startsWith('data:') || value.startsWith('javascript:')) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An href without its scheme and host ("https://x.example/a?b" → "/a?b"); a relative href as it is. */
export function withoutOrigin(href: string): string {
  return href.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
}

/** A host in lower case without "www." ("www.DW.com" → "dw.com"). */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The URL's host in lower case without "www." ("dw.com"), or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return bareHost(new URL(url).hostname) || null;
  } catch {
    return null;
  }
}

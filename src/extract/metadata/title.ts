/**
 * `title`: the headline. Candidates are og:title and other title meta, the JSON-LD headline, `<title>`
 * and the page's `<h1>`; the site-name prefix or suffix (" | Site", " - Site", "Site: ") is removed
 * when a segment names the site or when the `<h1>` confirms the headline part.
 */
import type { CheerioAPI } from 'cheerio';
import type { MetaContext } from './context.js';
import { TITLE_KEYS } from './meta-keys.js';
import { firstMeta } from './meta-tags.js';
import { isSiteSegment } from './site-name.js';

const SEPARATOR = /\s+(?:[|\-–—·•»«/\\:~]|::)\s+/u;

/** The article's headline, or null. */
export function readTitle(ctx: MetaContext, siteName: string | null): string | null {
  const { $ } = ctx;
  const h1 = headingText($);
  const documentTitle = clean($('head title').first().text() || $('title').first().text());
  const metaTitle = firstMeta(ctx.meta, TITLE_KEYS);
  const headline = ctx.jsonLd?.fromArticle ? ctx.jsonLd.headline : null;
  const raw = metaTitle ?? headline ?? documentTitle ?? h1;
  if (!raw) return null;
  const host = hostOf(ctx.pageUrl);
  return stripSiteAffix(clean(raw)!, { siteName, host, h1 });
}

interface AffixHints {
  siteName: string | null;
  host: string | null;
  h1: string | null;
}

/** Remove a site-name segment from either end of a title; keep the title whole when unsure. */
export function stripSiteAffix(title: string, hints: AffixHints): string {
  const { h1 } = hints;
  if (h1 && same(h1, title)) return title;
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title;
  // The h1 matches a run of segments: that run is the headline.
  if (h1) {
    const match = prefixOrSuffixMatching(title, h1);
    if (match) return match;
  }
  const last = segments.at(-1)!;
  const first = segments[0]!;
  if (isSiteSegment(last, hints.siteName, hints.host)) return cutLast(title);
  if (isSiteSegment(first, hints.siteName, hints.host)) return cutFirst(title);
  return title;
}

function prefixOrSuffixMatching(title: string, h1: string): string | null {
  const separators = [...title.matchAll(new RegExp(SEPARATOR.source, 'gu'))];
  for (const sep of separators) {
    const before = title.slice(0, sep.index);
    const after = title.slice(sep.index + sep[0].length);
    if (same(before, h1)) return before;
    if (same(after, h1)) return after;
  }
  return null;
}

function cutLast(title: string): string {
  const separators = [...title.matchAll(new RegExp(SEPARATOR.source, 'gu'))];
  const last = separators.at(-1)!;
  return title.slice(0, last.index).trim();
}

function cutFirst(title: string): string {
  const m = SEPARATOR.exec(title)!;
  return title.slice(m.index + m[0].length).trim();
}

function headingText($: CheerioAPI): string | null {
  const h1s = $('h1').toArray();
  for (const el of h1s.slice(0, 3)) {
    const text = clean($(el).text());
    if (text && text.length > 3) return text;
  }
  return null;
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return norm(a) === norm(b) && norm(a).length > 0;
}

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

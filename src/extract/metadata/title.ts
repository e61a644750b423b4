/**
 * `title`: the headline. Candidates are og:title and other title meta, the JSON-LD headline, `<title>`
 * and the page's `<h1>` (without kickers; see title-heading.ts); the site-name prefix or suffix
 * (" | Site", " - Site", "Site: ") is removed when a segment names the site or when the `<h1>`
 * confirms the headline part.
 */

import { execAll } from '../regex.js';
import type { MetaContext } from './context.js';
import { TITLE_KEYS } from './meta-keys.js';
import { firstMeta } from './meta-tags.js';
import { GENERIC_PAGE_TITLES } from './selectors.js';
import { siteKey } from './site-name.js';
import { readHeading } from './title-heading.js';
import { containsText, coverage, finishesTitle, sameText } from './title-similarity.js';
import { isLogoText, namesSite } from './title-site.js';

/** Share of the h1's words a named title must contain for the h1 to be taken as the headline. */
const H1_AGREEMENT = 0.6;
/** A lone h1 this long is a headline even when the meta titles word it differently. */
const MIN_LONE_H1_WORDS = 5;

/** A site or blog name rarely runs to three words; a headline after a trail does. */
const MIN_TRAIL_H1_WORDS = 3;

/** Between a headline and the site name; a colon or "@" ("Post @ Blog") counts only with spaces around. */
const SEPARATOR = /\s+(?:[|\-–—·•»«/\\~›:@]|::)\s+/u;
/** SEPARATOR, global, for walking all of a title's separators. */
const SEPARATORS = new RegExp(SEPARATOR.source, 'gu');

/** The article's headline, or null. */
export function readTitle(
  ctx: MetaContext,
  siteName: string | null,
  authors: readonly string[] = [],
): string | null {
  const documentTitle = clean(ctx.index.title);
  const metaTitle = firstMeta(ctx.meta, TITLE_KEYS);
  const headline = ctx.jsonLd?.fromArticle ? clean(ctx.jsonLd.headline) : null;
  const named = [headline, metaTitle, documentTitle].filter((t): t is string => Boolean(t));
  const heading = readHeading(ctx.$, ctx.index.h1s, named);
  const host = ctx.host;
  const h1 = heading?.text ?? null;
  // The visible headline wins when the metadata agrees it is the headline (readers see the h1).
  const named0 = metaTitle ?? headline ?? documentTitle ?? (heading?.logo ? null : h1);
  if (!named0) return null;
  const raw = cutAuthorSuffix(named0, authors);
  const stripped = stripSiteAffix(raw, { siteName, host, h1 });
  // A logo h1 only helps to find the site's segment of the titles.
  if (!h1 || heading?.logo || isLogoText(h1, siteName, host)) return stripped;
  if (named.some((t) => agrees(h1, t, siteName, host))) {
    // An h1 that is the named headline plus a kicker or standfirst: the named headline is cleaner,
    // unless the h1 only finishes the sentence the (shortened) named title starts.
    if (
      h1.length > stripped.length &&
      containsText(h1, stripped) &&
      !finishesTitle(h1, stripped) &&
      !TRUNCATED.test(stripped)
    ) {
      return stripped;
    }
    return h1;
  }
  // The named titles name only the site ("Home", "Site Name"): the page's only h1 is the headline.
  if (
    ctx.index.h1s.length === 1 &&
    (namesSite(stripped, siteName, host) ||
      (siteName !== null && sameText(raw, siteName)) ||
      GENERIC_PAGE_TITLES.has(stripped.toLowerCase()))
  ) {
    return h1;
  }
  // The page's only h1, a sentence-long heading, is what readers see as the headline.
  return ctx.index.h1s.length === 1 && h1.split(' ').length >= MIN_LONE_H1_WORDS ? h1 : stripped;
}

/** "Headline | Code | Jane Doe": a last segment naming the article's author is not the headline. */
function cutAuthorSuffix(title: string, authors: readonly string[]): string {
  const segments = title.split(SEPARATOR);
  if (segments.length < 2 || !authors.some((a) => sameText(a, segments.at(-1)!))) return title;
  return cutLast(title);
}

/** The h1 is the headline a named title describes, not the site's logo or a section label. */
function agrees(h1: string, title: string, siteName: string | null, host: string | null): boolean {
  if (coverage(h1, title) < H1_AGREEMENT) return false;
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return true;
  // "Headline | Blog name" with h1 "Blog name": the h1 is the logo, unless it outweighs the rest.
  if (sameText(segments.at(-1)!, h1)) {
    return namesSite(segments[0]!, siteName, host) || outweighs(h1, cutLast(title), { siteName, host, h1 });
  }
  // "Blog name » Archive » Post" with h1 "Blog name": the h1 is the logo.
  const firstSeparator = SEPARATOR.exec(title)?.[0] ?? '';
  if (sameText(segments[0]!, h1) && HIERARCHY.test(firstSeparator)) return false;
  return true;
}

interface AffixHints {
  siteName: string | null;
  host: string | null;
  h1: string | null;
}

/** Remove a site-name segment from either end of a title; keep the title whole when unsure. */
export function stripSiteAffix(title: string, hints: AffixHints): string {
  const { h1 } = hints;
  if (h1 && sameText(h1, title)) return title;
  // "HarbourTimes.com: Headline": a colon without a space before it ends a site-name prefix.
  const colon = SITE_COLON.exec(title);
  if (colon && isExactlySite(colon[1]!, hints)) return stripSiteAffix(colon[2]!, hints);
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title;
  // The h1 matches a run of segments: that run is the headline.
  if (h1) {
    const match = prefixOrSuffixMatching(title, hints);
    if (match) return match;
  }
  const last = segments.at(-1)!;
  const first = segments[0]!;
  // A logo h1 that repeats the last segment tells us that segment is the site.
  if (h1 && sameText(last, h1)) return cutLast(title);
  // "Headline | Site - Slogan": everything from the site's segment on is the site's.
  const siteAt = segments.findIndex((s, i) => i > 0 && namesSite(s, hints.siteName, hints.host));
  if (siteAt > 0) return dropBreadcrumbs(cutFrom(title, siteAt));
  if (namesSite(first, hints.siteName, hints.host) || (h1 && sameText(first, h1))) {
    // "Site » Blog archive » Headline": a breadcrumb trail ends with the page itself.
    const rest = cutFirst(title);
    return HIERARCHY.test(rest) ? rest.split(HIERARCHY).at(-1)!.trim() : rest;
  }
  return title;
}

/** "Site.com: Headline" (a colon with no space before it, which SEPARATOR needs). */
const SITE_COLON = /^([^:\s][^:]{1,40}):\s+(\S.*)$/u;
/** A named title cut short by the CMS ("… as storms batter the coast and…"). */
const TRUNCATED = /(?:…|\.\.\.)$/u;

/** The text is the site's name or host itself, not a kicker that shares a word with it. */
function isExactlySite(text: string, hints: AffixHints): boolean {
  const key = siteKey(text);
  const label = hints.host?.split('.').slice(-2, -1)[0] ?? null;
  return key.length > 1 && [hints.siteName, hints.host, label].some((n) => n !== null && siteKey(n) === key);
}

/** Breadcrumb separators: what follows is a child of what precedes. */
const HIERARCHY = /\s+[»›>/\\]\s+/u;

/**
 * "Headline | Section | Forum", "Headline - Politics - Site": short segments after the headline, all
 * behind the same separator, are breadcrumbs.
 */
function dropBreadcrumbs(title: string): string {
  const separators = [...execAll(SEPARATORS, title)];
  if (!separators.length || new Set(separators.map((m) => m[0].trim())).size > 1) return title;
  const parts = title.split(SEPARATOR);
  return parts.slice(1).every((p) => p.split(/\s+/).length <= 2) ? parts[0]! : title;
}

/** The title before its `index`-th segment. */
function cutFrom(title: string, index: number): string {
  const separators = [...execAll(SEPARATORS, title)];
  const sep = separators[index - 1]!;
  return title.slice(0, sep.index).trim();
}

/** The h1 equals the title before a separator, or after one whose left side names the site. */
function prefixOrSuffixMatching(title: string, hints: AffixHints): string | null {
  const h1 = hints.h1!;
  const separators = [...execAll(SEPARATORS, title)];
  for (const sep of separators) {
    const before = title.slice(0, sep.index);
    const after = title.slice(sep.index + sep[0].length);
    // Before a breadcrumb separator ("Blog » Post") or naming the site, the h1 is the logo.
    const parent = HIERARCHY.test(sep[0]) || namesSite(before, hints.siteName, hints.host);
    if (sameText(before, h1) && !parent) return before;
    if (
      sameText(after, h1) &&
      (namesSite(before, hints.siteName, hints.host) || outweighs(h1, before, hints))
    ) {
      return after;
    }
  }
  return null;
}

/**
 * "Zoll online - Fachmeldungen - Verkündung des Tabaksteuergesetzes" with that h1: an h1 ending the
 * title and longer than all before it is the headline after a site and section trail, not a logo.
 */
function outweighs(h1: string, before: string, hints: AffixHints): boolean {
  if (isLogoText(h1, hints.siteName, hints.host) || h1.split(' ').length < MIN_TRAIL_H1_WORDS) return false;
  return h1.length > before.length;
}

function cutLast(title: string): string {
  const separators = [...execAll(SEPARATORS, title)];
  const last = separators.at(-1)!;
  return title.slice(0, last.index).trim();
}

function cutFirst(title: string): string {
  const m = SEPARATOR.exec(title)!;
  return title.slice(m.index + m[0].length).trim();
}

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

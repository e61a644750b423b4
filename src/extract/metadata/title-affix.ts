/**
 * The site's part of a title: " | Site", " - Section - Site", "Site: ", "Site » Archive » Post".
 * Removed when a segment names the site or when the `<h1>` confirms which part is the headline;
 * the title stays whole when unsure.
 */

import { CJK_RANGE, countCjk } from '../cjk.js';
import { execAll } from '../regex.js';
import { siteKey } from './site-name.js';
import { letterKey, sameText } from './title-similarity.js';
import { isLogoText, namesSite } from './title-site.js';
import { TITLE_DINGBATS } from './title-text.js';

/**
 * Between a headline and the site name; a colon or "@" ("Post @ Blog") counts only with spaces around,
 * as do decorations ("..::", "✦", "★").
 * French quote marks with spaces inside a pair ("des quotas « intenables »") quote, not separate.
 */
export const SEPARATOR = new RegExp(
  `\\s+(?:[|\\-–—·•/\\\\~›>:@]|\\.{0,3}::\\.{0,3}|[${TITLE_DINGBATS}]|«(?![^«»]*»)|(?<!«[^«»]*)»)\\s+`,
  'u',
);
/**
 * SEPARATOR, a doubled ASCII one (" -- ", " // ") or a Japanese " ― ", or one of how Chinese and
 * Japanese titles join their parts without spaces: a full-width bar, or "|", "_", "丨" or "-" between
 * CJK characters ("人工智能迈上新台阶_科技_腾讯网", "見出し｜サイト名", "取得重要进展-江东大学新闻网",
 * "北方农经网丨黑龙江大豆…", a city's "…を発表します／みなと市").
 * Between Latin letters an unspaced "_", "|" or "-" is part of a word or name.
 */
export const TITLE_SEPARATOR = new RegExp(
  `${SEPARATOR.source}|\\s+(?:--|//|―)\\s+|\\s*｜\\s*|(?<=[${CJK_RANGE}])\\s*[|_丨／-](?=[${CJK_RANGE}])`,
  'u',
);
/** TITLE_SEPARATOR, global, for walking all of a title's separators. */
const SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'gu');
/** A site or blog name rarely runs to three words; a headline after a trail does. */
const MIN_TRAIL_H1_WORDS = 3;

export interface AffixHints {
  siteName: string | null;
  host: string | null;
  h1: string | null;
  /** The page's other named titles (og:title, JSON-LD headline, `<title>`), cleaned. */
  named?: readonly string[];
}

/** Remove a site-name segment from either end of a title; keep the title whole when unsure. */
export function stripSiteAffix(title: string, hints: AffixHints): string {
  const { h1 } = hints;
  if (h1 && sameText(h1, title)) return title;
  // "HarbourTimes.com: Headline": a colon without a space before it ends a site-name prefix.
  const colon = SITE_COLON.exec(title);
  if (colon && isExactlySite(colon[1]!, hints)) return stripSiteAffix(colon[2]!, hints);
  const segments = title.split(TITLE_SEPARATOR);
  if (segments.length < 2) return title;
  // The h1 matches a run of segments: that run is the headline.
  if (h1) {
    const match = prefixOrSuffixMatching(title, hints);
    if (match) return match;
  }
  const confirmed = headNamedElsewhere(title, hints.named ?? []);
  if (confirmed) return confirmed;
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
  // A segment written as a domain ("EGI.pl ~ Headline", "Headline | Example.com") is the site's.
  if (segments.length === 2) {
    if (DOMAIN_NAME.test(first.trim()) && !DOMAIN_NAME.test(last.trim())) return cutFirst(title);
    if (DOMAIN_NAME.test(last.trim()) && !DOMAIN_NAME.test(first.trim())) return cutLast(title);
  }
  return title;
}

/** A site named by its domain: one word, a dot, a top-level domain of letters ("EGI.pl", "Kyiv.Media"). */
const DOMAIN_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;

/** "Site.com: Headline" (a colon with no space before it, which SEPARATOR needs). */
export const SITE_COLON = /^([^:\s][^:]{1,40}):\s+(\S.*)$/u;
/** A named title cut short by the CMS ("… as storms batter the coast and…"). */
export const TRUNCATED = /(?:…|\.\.\.)$/u;

/** The text is the site's name or host itself, not a kicker that shares a word with it. */
function isExactlySite(text: string, hints: AffixHints): boolean {
  const key = siteKey(text);
  const label = hints.host?.split('.').slice(-2, -1)[0] ?? null;
  return key.length > 1 && [hints.siteName, hints.host, label].some((n) => n !== null && siteKey(n) === key);
}

/** Breadcrumb separators: what follows is a child of what precedes. */
export const HIERARCHY = /\s+[»›>/\\]\s+/u;

/**
 * "Headline | Section | Forum", "Headline - Politics - Site": short segments after the headline, all
 * behind the same separator, are breadcrumbs.
 */
function dropBreadcrumbs(title: string): string {
  const separators = [...execAll(SEPARATORS, title)];
  if (!separators.length || new Set(separators.map((m) => m[0].trim())).size > 1) return title;
  const parts = title.split(TITLE_SEPARATOR);
  return parts.slice(1).every(isShortLabel) ? parts[0]! : title;
}

/** A section label: two words at most, or four Chinese or Japanese characters ("教育频道"). */
function isShortLabel(part: string): boolean {
  const cjk = countCjk(part);
  return part.split(/\s+/).length <= 2 && cjk <= MAX_LABEL_CJK_CHARS;
}
const MAX_LABEL_CJK_CHARS = 4;

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
 * "Rivers rise - Harbour Gazette" beside a JSON-LD headline "Rivers rise": another named title is the
 * part before a separator, so what follows is the site's, even when no site name or h1 says so. The
 * head must outweigh the tail: a short head is more likely a section label that shares its name.
 */
function headNamedElsewhere(title: string, named: readonly string[]): string | null {
  const key = letterKey(title);
  // Only titles the whole one starts with can be its head: most pages have none, and skip the walk.
  const heads = named
    .map((t) => (t === title ? '' : letterKey(t)))
    .filter((k) => k.length > 0 && k.length < key.length && key.startsWith(k));
  if (!heads.length) return null;
  for (const sep of execAll(SEPARATORS, title)) {
    const head = title.slice(0, sep.index).trim();
    if (head.length < title.length - head.length - sep[0].length) continue;
    if (heads.includes(letterKey(head))) return head;
  }
  return null;
}

/**
 * "Zoll online - Fachmeldungen - Verkündung des Tabaksteuergesetzes" with that h1: an h1 ending the
 * title and longer than all before it is the headline after a site and section trail, not a logo.
 */
export function outweighs(h1: string, before: string, hints: AffixHints): boolean {
  if (isLogoText(h1, hints.siteName, hints.host) || h1.split(' ').length < MIN_TRAIL_H1_WORDS) return false;
  return h1.length > before.length;
}

export function cutLast(title: string): string {
  const separators = [...execAll(SEPARATORS, title)];
  const last = separators.at(-1)!;
  return title.slice(0, last.index).trim();
}

function cutFirst(title: string): string {
  const m = TITLE_SEPARATOR.exec(title)!;
  return title.slice(m.index + m[0].length).trim();
}

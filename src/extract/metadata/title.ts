/**
 * `title`: the headline. Candidates are og:title and other title meta, the JSON-LD headline, `<title>`
 * and the page's `<h1>` (without kickers; see title-heading.ts); the site-name prefix or suffix
 * (" | Site", " - Site", "Site: ") is removed when a segment names the site or when the `<h1>`
 * confirms the headline part.
 */

import { countCjk, hasCjk } from '../cjk.js';
import type { MetaContext } from './context.js';
import { TITLE_KEYS } from './meta-keys.js';
import { firstMeta } from './meta-tags.js';
import { GENERIC_PAGE_TITLES } from './selectors.js';
import { cutLast, HIERARCHY, outweighs, stripSiteAffix, TITLE_SEPARATOR, TRUNCATED } from './title-affix.js';
import { readHeading } from './title-heading.js';
import { containsText, coverage, finishesTitle, letterKey, sameText } from './title-similarity.js';
import { isLogoText, namesSite } from './title-site.js';
import { cleanEncodedTitle, cleanTitle } from './title-text.js';

/** Share of the h1's words a named title must contain for the h1 to be taken as the headline. */
const H1_AGREEMENT = 0.6;
/** A lone h1 this long is a headline even when the meta titles word it differently. */
const MIN_LONE_H1_WORDS = 5;

/** The article's headline, or null. */
export function readTitle(
  ctx: MetaContext,
  siteName: string | null,
  authors: readonly string[] = [],
): string | null {
  const documentTitle = cleanEncodedTitle(ctx.index.title);
  const metaTitle = cleanEncodedTitle(firstMeta(ctx.meta, TITLE_KEYS));
  // JSON-LD strings are decoded where they are read (textOf); a second pass would undo "&amp;amp;".
  const headline = ctx.jsonLd?.fromArticle ? cleanTitle(ctx.jsonLd.headline) : null;
  const named = [metaTitle, headline, documentTitle].filter((t): t is string => Boolean(t));
  const heading = readHeading(ctx.$, ctx.index.h1s, named);
  const host = ctx.host;
  const h1 = heading ? withoutSubtitle(heading.text) : null;
  // The visible headline wins when the metadata agrees it is the headline (readers see the h1).
  // An og:title that only names the site ("Die Tagespost") says nothing of the article; the next one may.
  const named0 =
    named.find((t) => !namesOnlySite(t, siteName, host)) ??
    metaTitle ??
    headline ??
    documentTitle ??
    (heading?.logo ? null : h1);
  if (!named0) return null;
  const raw = cutAuthorSuffix(named0, authors);
  const stripped = stripSiteAffix(raw, { siteName, host, h1, named });
  // A logo h1 only helps to find the site's segment of the titles; then the headline readers see may
  // be the first <h2> the named titles describe (portals that keep <h1> for the logo).
  if (!h1 || heading?.logo || isLogoText(h1, siteName, host)) {
    const h2 = hasCjk(stripped) ? headlineH2(ctx, stripped) : !h1 ? leadingH2(ctx, stripped) : null;
    return h2 ?? stripped;
  }
  if (named.some((t) => agrees(h1, t, siteName, host))) {
    // An h1 that is the named headline plus a kicker or standfirst: the named headline is cleaner,
    // unless the h1 only finishes the sentence the (shortened) named title starts.
    if (
      h1.length > stripped.length &&
      containsText(h1, stripped) &&
      !finishesTitle(h1, stripped) &&
      !extendsTitle(h1, stripped) &&
      !TRUNCATED.test(stripped)
    ) {
      return stripped;
    }
    return h1;
  }
  // The named titles name only the site ("Home", "Site Name"): the page's only h1 is the headline.
  if (
    ctx.index.h1s.length === 1 &&
    (namesOnlySite(stripped, siteName, host) || namesOnlySite(raw, siteName, host))
  ) {
    return h1;
  }
  // The page's only h1, a sentence-long heading, is what readers see as the headline.
  return ctx.index.h1s.length === 1 && isSentenceLong(h1) ? h1 : stripped;
}

/**
 * "Liceo Ovidio, finiti i lavori: gli studenti rientrano lunedì" over a named "Liceo Ovidio, finiti
 * i lavori": the page's title is the headline cut short for search results, and readers see the h1.
 * A permalink mark ("¶") after the heading adds no words.
 */
function extendsTitle(h1: string, title: string): boolean {
  if (!h1.toLowerCase().startsWith(title.toLowerCase())) return false;
  const rest = h1.slice(title.length);
  // A word or two after punctuation is a label ("…: live", "– video"), not the rest of the headline.
  return (rest.match(/\p{L}+/gu)?.length ?? 0) >= 3 || countCjk(rest) >= 6;
}

/**
 * On a Chinese or Japanese page whose `<h1>` is the logo, the first `<h2>` (of the first few) that
 * shares most of its character pairs with the named headline, both ways: the headline readers see,
 * whose wording wins over an SEO title ("特殊詐欺の「受け子」指示役か" named, "特殊詐欺の指示役か"
 * shown). Latin pages' h2s there are kickers and section names as often (measured on the bench).
 */
function headlineH2(ctx: MetaContext, named: string): string | null {
  return firstH2(
    ctx,
    (text) =>
      text.length >= 4 &&
      bigramShare(text, named) >= H2_AGREEMENT &&
      bigramShare(named, text) >= H2_AGREEMENT,
  );
}

/**
 * On a page with no `<h1>`, an `<h2>` that is the named title's first part, before a separator and
 * what follows it ("Bezpłatna czipizacja … ruszają zapisy - Aktualności" over the h2 "Bezpłatna
 * czipizacja … ruszają zapisy"): the headline, the rest a section's or the site's name.
 */
function leadingH2(ctx: MetaContext, named: string): string | null {
  return firstH2(
    ctx,
    (text) =>
      text.length >= MIN_LEADING_H2 &&
      named.startsWith(text) &&
      LEADING_SEPARATOR.test(named.slice(text.length)),
  );
}

const MIN_LEADING_H2 = 12;
const LEADING_SEPARATOR = /^\s+[-–—|·•/:»›~]\s+\S/u;

/** The first of the page's first few `<h2>`s whose cleaned text `accept`s. */
function firstH2(ctx: MetaContext, accept: (text: string) => boolean): string | null {
  for (const el of ctx.$('h2').slice(0, MAX_H2S)) {
    const text = cleanTitle(ctx.$(el).text());
    if (text && accept(text)) return text;
  }
  return null;
}

/** Share of `a`'s character pairs (letters and digits) found in `b`: the overlap of text without spaces. */
function bigramShare(a: string, b: string): number {
  const pairs = (s: string): string[] => {
    const key = letterKey(s);
    return Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => key.slice(i, i + 2));
  };
  const pa = pairs(a);
  const pb = new Set(pairs(b));
  return pa.length ? pa.filter((p) => pb.has(p)).length / pa.length : 0;
}
const MAX_H2S = 5;
const H2_AGREEMENT = 0.8;

/**
 * A subtitle set between wave dashes after the headline ("…に着手しました<br>～2028年度の運転開始に
 * 向け～"), as Japanese press releases print it: not part of the headline.
 */
function withoutSubtitle(h1: string): string {
  return h1.replace(WAVE_SUBTITLE, '');
}
const WAVE_SUBTITLE = /\s+[～〜][^～〜]{4,}[～〜]$/u;

/** Five words or more; in Chinese and Japanese, written without spaces, ten characters or more. */
function isSentenceLong(heading: string): boolean {
  if (heading.split(' ').length >= MIN_LONE_H1_WORDS) return true;
  return countCjk(heading) >= MIN_LONE_H1_CJK_CHARS;
}
const MIN_LONE_H1_CJK_CHARS = 10;

/** "Headline | Code | Jane Doe": a last segment naming the article's author is not the headline. */
function cutAuthorSuffix(title: string, authors: readonly string[]): string {
  const segments = title.split(TITLE_SEPARATOR);
  if (segments.length < 2 || !authors.some((a) => sameText(a, segments.at(-1)!))) return title;
  return cutLast(title);
}

/** The h1 is the headline a named title describes, not the site's logo or a section label. */
function agrees(h1: string, title: string, siteName: string | null, host: string | null): boolean {
  if (coverage(h1, title) < H1_AGREEMENT) return false;
  const segments = title.split(TITLE_SEPARATOR);
  if (segments.length < 2) return true;
  // "Headline | Blog name" with h1 "Blog name": the h1 is the logo, unless it outweighs the rest.
  if (sameText(segments.at(-1)!, h1)) {
    return namesSite(segments[0]!, siteName, host) || outweighs(h1, cutLast(title), { siteName, host, h1 });
  }
  // "Blog name » Archive » Post" with h1 "Blog name": the h1 is the logo.
  const firstSeparator = TITLE_SEPARATOR.exec(title)?.[0] ?? '';
  if (sameText(segments[0]!, h1) && HIERARCHY.test(firstSeparator)) return false;
  return true;
}

/** The title is the site's name or a generic page label ("Home"), not a headline. */
function namesOnlySite(title: string, siteName: string | null, host: string | null): boolean {
  return (
    namesSite(title, siteName, host) ||
    (siteName !== null && sameText(title, siteName)) ||
    GENERIC_PAGE_TITLES.has(title.toLowerCase())
  );
}

/**
 * The site's name from a `<title>` segment the page itself confirms, for pages whose meta names no
 * site: "Роддом закроют ~ Двина Сегодня" with a home link or a "© 2026 Двина Сегодня" footer. Two
 * sources must agree; a segment alone ("Headline - Politics") may be a section or a kicker.
 */

import { CJK_RANGE, countCjk } from '../cjk.js';
import type { MetaContext } from './context.js';
import { textContent } from './node-text.js';
import { GENERIC_PAGE_TITLES } from './selectors.js';
import { siteNameInPage } from './site-evidence.js';
import { HOME_LINK_WORDS } from './site-vocab.js';
import { SITE_COLON, TITLE_SEPARATOR } from './title-affix.js';
import { coverage, letterKey } from './title-similarity.js';

/** A site's name rarely runs longer; a longer segment is a headline part. */
const MAX_NAME_WORDS = 5;
/** A ministry's or university's full name runs long ("Thüringer Ministerium für Soziales, …"). */
const MAX_NAME_CHARS = 70;

/** A title segment that may be the site's name. */
export interface SiteSegment {
  name: string;
  /**
   * The title may lose the segment: it follows the headline ("Headline | Site", "Headline | Site -
   * Slogan"), or it leads a sentence-long one. A leading segment before a short rest ("Google - Site
   * Reliability Engineering", "Daring Fireball: Colophon") names the site but may be the headline's
   * topic, so it stays.
   */
  cut: boolean;
}

/** The confirmed site segment of the page's titles (last segments first), or null. */
export function siteNameFromTitles(ctx: MetaContext, titles: readonly (string | null)[]): SiteSegment | null {
  const candidates: SiteSegment[] = [];
  const h1 = ctx.index.h1s[0];
  const headline = h1 ? textContent(h1) : null;
  for (const title of titles) if (title) candidates.push(...siteCandidates(title, headline));
  if (!candidates.length) return null;
  // The segment that spells the host's name ("Kalisz24" on kalisz24.example; `ctx.host` is without
  // "www.") before a slogan after it ("Kalisz24 – portal miejski"), which the page may print too.
  const hostName = ctx.host?.split('.')[0] ?? null;
  if (hostName) {
    const spells = (c: SiteSegment) => (letterKey(c.name) === letterKey(hostName) ? 0 : 1);
    candidates.sort((a, b) => spells(a) - spells(b));
  }
  const names = candidates.map((c) => c.name);
  const found = siteNameInPage(ctx.index.root, names, ctx.host);
  return found === null ? null : candidates[names.indexOf(found)]!;
}

/**
 * The segments that could be the site's name, last first, then first, then the middle ones: short,
 * not the title's longest part (the headline, unless `headline` says the page's is another), and
 * not a generic page label ("Home").
 */
export function siteCandidates(title: string, headline: string | null = null): SiteSegment[] {
  const segments = title
    .split(SITE_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const leadsHeadline = isSentence(segments.slice(1).join(' '));
  const ordered: SiteSegment[] =
    segments.length > 1
      ? [
          { name: segments.at(-1)!, cut: true },
          { name: segments[0]!, cut: leadsHeadline },
          ...segments.slice(1, -1).map((name) => ({ name, cut: true })),
        ]
      : [];
  // "Gower Gazette: Headline" names the site before a colon that SEPARATOR (spaced) does not split at.
  const colon = SITE_COLON.exec(title);
  if (colon) ordered.push({ name: colon[1]!.trim(), cut: isSentence(colon[2]!) });
  // "Headline: Stadtwerke Talheim": the site after the headline's last colon (the page must confirm it).
  const after = SITE_AFTER_COLON.exec(title);
  if (after && isSentence(after[1]!)) ordered.push({ name: after[2]!.trim(), cut: true });
  const longest = Math.max(
    ...segments.map((s) => s.length),
    colon ? colon[2]!.length : 0,
    after ? after[1]!.length : 0,
  );
  // The longest part is the headline, unless the page's headline is another ("Sala de prensa |
  // Ayuntamiento de Medina del Duero" over "El Ayuntamiento pone en marcha …").
  const otherThanHeadline = (name: string) =>
    headline !== null &&
    coverage(name, headline) < HEADLINE_SHARE &&
    coverage(headline, name) < HEADLINE_SHARE;
  return ordered.filter(({ name }) => isNameLike(name) && (name.length < longest || otherThanHeadline(name)));
}
/**
 * TITLE_SEPARATOR, or a space between Chinese or Japanese characters: a city's "…募集します　港浜市"
 * (its ideographic space collapsed). Only for the site's name, which the page must confirm: a
 * headline's own space ("破获特大跨境电诈案 抓获63人") parts no title.
 */
const SITE_SEPARATOR = new RegExp(`${TITLE_SEPARATOR.source}|(?<=[${CJK_RANGE}])\\s(?=[${CJK_RANGE}])`, 'u');

/** Share of words two texts have in common when one is the other's headline. */
const HEADLINE_SHARE = 0.5;

/** A title's last colon and what follows it, a few words without a colon of their own. */
const SITE_AFTER_COLON = /^(.+\S):\s+([^:]{2,40})$/u;

/** Words, or Chinese and Japanese characters, of a headline rather than a section or page label. */
const MIN_HEADLINE_WORDS = 5;
const MIN_HEADLINE_CJK_CHARS = 10;

function isSentence(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= MIN_HEADLINE_WORDS || countCjk(text) >= MIN_HEADLINE_CJK_CHARS;
}

function isNameLike(segment: string): boolean {
  const lower = segment.toLowerCase();
  return (
    segment.length <= MAX_NAME_CHARS &&
    // Short lowercase words ("de la", "of the") join a name's words without adding to them.
    segment.split(/\s+/).filter((w) => !/^\p{Ll}{1,3}$/u.test(w)).length <= MAX_NAME_WORDS &&
    letterKey(segment).length > 1 &&
    !GENERIC_PAGE_TITLES.has(lower) &&
    !HOME_LINK_WORDS.has(lower)
  );
}

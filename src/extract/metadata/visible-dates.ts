/**
 * Dates people read on the page rather than markup for machines: short date lines near the
 * headline, the byline, bare date leaves, an aside inside the article and a `<title>` segment.
 * Each reader gets short candidate strings only (the date regexps are costly on long text).
 */

import type { Element } from 'domhandler';
import { shortText } from '../short-text.js';
import type { MetaContext } from './context.js';
import { type DateTextHints, parseDateLine, parseDateText } from './date-text.js';
import { MONTH_NUMBERS, UPDATE_WORDS } from './date-vocab.js';
import { formatDate, normalizeDate } from './dates.js';
import { allMeta } from './meta-tags.js';
import { inPageBanner } from './page-banner.js';
import { machineTime } from './page-index.js';

const MAX_HOLDERS = 40;
/** Longer holder text is a paragraph or a whole article, not a date line. */
const MAX_HOLDER_TEXT = 200;

/**
 * Short text in date-like elements near the headline ("Published 14 March 2025"): the first line that
 * dates the publication, and the first "Updated …" line that gives no publication date of its own.
 * The caller takes the revision only as a last resort: the rows under the headline may still print
 * the first publication.
 */
export function visibleDates(
  ctx: MetaContext,
  now: number,
): { published: string | null; revision: string | null } {
  const hints = dateHints(ctx.language);
  let checked = 0;
  let revision: string | null = null;
  for (const { el, excluded } of ctx.index.dateHolders) {
    if (excluded) continue;
    if (checked++ > MAX_HOLDERS) break;
    const text = shortText(el, MAX_HOLDER_TEXT);
    const parts = text ? parseDateLine(text, hints) : null;
    const date = parts ? formatDate(parts, now) : null;
    if (!date || inPageBanner(el)) continue;
    // "Updated March 14, 2025": keep looking for the first-publication line.
    if (!opensWithUpdate(text!)) return { published: date, revision };
    const published = publicationAfterUpdate(text!, hints, now);
    if (published) return { published, revision };
    revision ??= date;
  }
  return { published: null, revision };
}

/** The date written in an element's short text, formatted; null for long text or no date. */
function shortTextDate(el: Element, hints: DateTextHints, now: number): string | null {
  const text = shortText(el, MAX_HOLDER_TEXT);
  const parts = text ? parseDateText(text, hints) : null;
  return parts ? formatDate(parts, now) : null;
}

/** Where a date line's parts meet: "Updated 15 March · Published 14 March". */
const LINE_PARTS = /\s*[·•|;\n]\s*|\s+[–—-]\s+/;

/** The date of a later part of an "Updated …" line that is not itself an update. */
function publicationAfterUpdate(text: string, hints: DateTextHints, now: number): string | null {
  for (const part of text.split(LINE_PARTS).slice(1)) {
    if (opensWithUpdate(part)) continue;
    const parts = parseDateText(part, hints);
    if (parts) return formatDate(parts, now);
  }
  return null;
}

function opensWithUpdate(text: string): boolean {
  // Brackets or a dash before the word ("（最后更新：2025-08-06 09:20）") hide no update.
  const lower = text.slice(0, 40).toLowerCase().replace(LEADING_MARKS, '');
  return UPDATE_WORDS.some((w) => lower.startsWith(w));
}

const LEADING_MARKS = /^[\s\p{P}]+/u;

const MAX_BYLINES = 10;

/** A date in the byline line ("von r23 » 21.01.2009, 05:42", "By Jane Doe | 3 March 2025"). */
export function fromBylines(ctx: MetaContext, now: number): string | null {
  const hints = dateHints(ctx.language);
  let checked = 0;
  for (const { el, excluded } of ctx.index.bylines) {
    if (excluded) continue;
    if (checked++ > MAX_BYLINES) break;
    const date = shortTextDate(el, hints, now);
    if (date) return date;
  }
  return null;
}

/**
 * Last resort before the URL: a short leaf element whose whole text is a date ("3.11.2023",
 * "14. März 2025"), in page order, outside comments, sidebars and footers.
 */
export function fromDateOnlyLeaves(ctx: MetaContext, now: number): string | null {
  const hints = dateHints(ctx.language);
  for (const { text, excluded } of ctx.index.dateLeaves) {
    if (excluded) continue;
    const parts = parseDateText(text, hints);
    const date = parts ? formatDate(parts, now) : null;
    if (date) return date;
  }
  return null;
}

/** A `<time datetime>` or short date text in a sidebar or aside inside the `<article>` itself. */
export function fromArticleAside(ctx: MetaContext, now: number): string | null {
  for (const { el, articleAside } of ctx.index.times) {
    const date = articleAside ? normalizeDate(machineTime(el), now) : null;
    if (date) return date;
  }
  const hints = dateHints(ctx.language);
  let checked = 0;
  for (const { el, articleAside } of ctx.index.dateHolders) {
    if (!articleAside) continue;
    if (checked++ > MAX_HOLDERS) break;
    const date = shortTextDate(el, hints, now);
    if (date) return date;
  }
  return null;
}

/** A `<title>` or og:title segment that is wholly a date, as some sites end titles with one. */
export function fromTitleSegment(ctx: MetaContext, now: number): string | null {
  const hints = dateHints(ctx.language);
  for (const title of [ctx.index.title, ...allMeta(ctx.meta, ['og:title'])]) {
    for (const segment of (title ?? '').split(/\s[|–—-]\s/)) {
      const text = segment.trim();
      if (!looksLikeDateOnly(text)) continue;
      const parts = parseDateText(text, hints);
      const date = parts ? formatDate(parts, now) : null;
      if (date) return date;
    }
  }
  return null;
}

/** Short, and its only longer words are month names: "23.05.2011", "23 May 2011". */
function looksLikeDateOnly(text: string): boolean {
  if (text.length > 30) return false;
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).every((w) => MONTH_NUMBERS.has(w));
}

export function dateHints(language: string | null): DateTextHints {
  if (!language) return {};
  const lang = language.toLowerCase();
  if (lang === 'en-us' || lang === 'en') return { monthFirst: true };
  return { monthFirst: false };
}

/**
 * A later revision the page states in words: "Aktualisiert: 15.03.2025, 09:10 Uhr", "Mis à jour le
 * 14/03/2025 à 18:45", "公開日：2025年5月9日 更新日：2025年5月12日". The date after the update word,
 * in a date holder, a byline or a row under the headline; never one before `published`.
 */
export function visibleRevision(
  ctx: MetaContext,
  lines: readonly string[],
  published: string | null,
): string | null {
  const hints = dateHints(ctx.language);
  const since = published?.slice(0, 10) ?? '';
  const revisionIn = (text: string): string | null => {
    const word = UPDATE_WORD_RE.exec(text);
    const parts = word ? parseDateText(text.slice(word.index + word[0].length), hints) : null;
    const date = parts ? formatDate(parts, ctx.now) : null;
    return date && date.slice(0, 10) >= since ? date : null;
  };
  // The holders and bylines in that order, up to MAX_HOLDERS + 1 of them in the open, then the rows.
  let checked = 0;
  for (const holders of [ctx.index.dateHolders, ctx.index.bylines]) {
    for (const { el, excluded } of holders) {
      if (excluded) continue;
      if (checked++ > MAX_HOLDERS) break;
      const text = shortText(el, MAX_HOLDER_TEXT);
      const date = text ? revisionIn(text) : null;
      if (date) return date;
    }
  }
  for (const line of lines) {
    const date = revisionIn(line);
    if (date) return date;
  }
  return null;
}

const UPDATE_WORD_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...UPDATE_WORDS].sort((a, b) => b.length - a.length).join('|')})`,
  'iu',
);

/**
 * `publishedAt` and `modifiedAt`, from the most trusted source that gives a plausible date:
 * JSON-LD article → article/OpenGraph meta → parsely/sailthru/DC/citation meta → microdata →
 * `<time datetime>` in the article header → visible date text → the byline → the URL path → dates
 * in an aside inside the `<article>` → the first visible date when it is in the URL's month →
 * page-level JSON-LD → a title segment that is a date ("Story | DW | 23.05.2011"). Dates from
 * markup given in UTC are re-expressed in the page's offset when a `<time>` shows the same instant.
 */
import type { MetaContext } from './context.js';
import { type DateTextHints, parseDateLine, parseDateText } from './date-text.js';
import { MONTH_NUMBERS, UPDATE_WORDS } from './date-vocab.js';
import { formatDate, normalizeDate } from './dates.js';
import { MODIFIED_KEYS, PUBLISHED_KEYS } from './meta-keys.js';
import { allMeta } from './meta-tags.js';
import { inPageBanner } from './page-banner.js';
import { DATE_ATTRIBUTES } from './page-index.js';
import { inPageOffset } from './page-offset.js';
import { shortText } from './short-text.js';
import { dateFromUrl } from './url-date.js';
import { fromUrlMonth } from './url-month-date.js';

/** The first-publication date as ISO 8601, or null. */
export function readPublishedAt(ctx: MetaContext): string | null {
  const { jsonLd, now } = ctx;
  const fromArticle = jsonLd?.fromArticle ? normalizeDate(jsonLd.datePublished, now) : null;
  const fromMarkup = fromArticle ?? firstValid(allMeta(ctx.meta, PUBLISHED_KEYS), now);
  if (fromMarkup) return inPageOffset(fromMarkup, ctx);
  return (
    fromItemprop(ctx, 'datePublished', now) ??
    fromTimeElements(ctx, now) ??
    fromVisibleText(ctx, now) ??
    fromBylines(ctx, now) ??
    fromDateOnlyLeaves(ctx, now) ??
    fromUrl(ctx, now) ??
    fromArticleAside(ctx, now) ??
    fromUrlMonth(ctx, dateHints(ctx.language)) ??
    normalizeDate(jsonLd?.datePublished, now) ??
    fromTitleSegment(ctx, now)
  );
}

/** The last-modified date as ISO 8601, or null. */
export function readModifiedAt(ctx: MetaContext): string | null {
  const { now } = ctx;
  const date =
    normalizeDate(ctx.jsonLd?.dateModified, now) ??
    firstValid(allMeta(ctx.meta, MODIFIED_KEYS), now) ??
    fromItemprop(ctx, 'dateModified', now);
  return inPageOffset(date, ctx);
}

function firstValid(values: readonly string[], now: number): string | null {
  for (const value of values) {
    const date = normalizeDate(value, now);
    if (date) return date;
  }
  return null;
}

function fromItemprop(ctx: MetaContext, prop: string, now: number): string | null {
  for (const { el } of ctx.index.dateHolders) {
    if (el.attribs.itemprop !== prop) continue;
    const value = el.attribs.datetime ?? el.attribs.content ?? ctx.$(el).text();
    const date = normalizeDate(value, now);
    if (date) return date;
  }
  return null;
}

/**
 * `<time datetime>`: one marked as the publication time, else the first outside comments, asides
 * and the site banner.
 */
/** Class or itemprop of a `<time>` for a later revision ("updated", "dateModified"). */
const REVISION_MARK = /updat|modif|edited|aktualis/i;

function fromTimeElements(ctx: MetaContext, now: number): string | null {
  const times = ctx.index.times.filter((t) => !t.excluded && t.el.attribs.datetime);
  const revisions = times.filter(({ el }) =>
    REVISION_MARK.test(`${el.attribs.class ?? ''} ${el.attribs.itemprop ?? ''}`),
  );
  const firsts = times.filter((t) => !revisions.includes(t));
  const marked = firsts.filter(
    ({ el }) => 'pubdate' in el.attribs || /publish|date/i.test(el.attribs.class ?? ''),
  );
  // A revision time (class "updated") only when nothing else is marked up.
  for (const { el } of [...marked, ...firsts, ...revisions]) {
    const date = normalizeDate(el.attribs.datetime, now);
    if (date && !inPageBanner(el)) return date;
  }
  for (const { el, excluded } of ctx.index.dateAttributes) {
    if (excluded) continue;
    for (const name of DATE_ATTRIBUTES) {
      const date = normalizeDate(el.attribs[name], now);
      if (date) return date;
    }
  }
  return null;
}

const MAX_HOLDERS = 40;
/** Longer holder text is a paragraph or a whole article, not a date line. */
const MAX_HOLDER_TEXT = 200;

/** Short text in date-like elements near the headline ("Published 14 March 2025"). */
function fromVisibleText(ctx: MetaContext, now: number): string | null {
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
    if (!opensWithUpdate(text!)) return date;
    revision ??= date;
  }
  return revision;
}

function opensWithUpdate(text: string): boolean {
  const lower = text.slice(0, 40).toLowerCase();
  return UPDATE_WORDS.some((w) => lower.startsWith(w));
}

const MAX_BYLINES = 10;

/** A date in the byline line ("von r23 » 21.01.2009, 05:42", "By Jane Doe | 3 March 2025"). */
function fromBylines(ctx: MetaContext, now: number): string | null {
  const hints = dateHints(ctx.language);
  let checked = 0;
  for (const { el, excluded } of ctx.index.bylines) {
    if (excluded) continue;
    if (checked++ > MAX_BYLINES) break;
    const text = shortText(el, MAX_HOLDER_TEXT);
    const parts = text ? parseDateText(text, hints) : null;
    const date = parts ? formatDate(parts, now) : null;
    if (date) return date;
  }
  return null;
}

/**
 * Last resort before the URL: a short leaf element whose whole text is a date ("3.11.2023",
 * "14. März 2025"), in page order, outside comments, sidebars and footers.
 */
function fromDateOnlyLeaves(ctx: MetaContext, now: number): string | null {
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
function fromArticleAside(ctx: MetaContext, now: number): string | null {
  for (const { el, articleAside } of ctx.index.times) {
    const date = articleAside ? normalizeDate(el.attribs.datetime, now) : null;
    if (date) return date;
  }
  const hints = dateHints(ctx.language);
  let checked = 0;
  for (const { el, articleAside } of ctx.index.dateHolders) {
    if (!articleAside) continue;
    if (checked++ > MAX_HOLDERS) break;
    const text = shortText(el, MAX_HOLDER_TEXT);
    const parts = text ? parseDateText(text, hints) : null;
    const date = parts ? formatDate(parts, now) : null;
    if (date) return date;
  }
  return null;
}

/** A `<title>` or og:title segment that is wholly a date, as some sites end titles with one. */
function fromTitleSegment(ctx: MetaContext, now: number): string | null {
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

function fromUrl(ctx: MetaContext, now: number): string | null {
  const parts = dateFromUrl(ctx.pageUrl);
  return parts ? formatDate(parts, now) : null;
}

function dateHints(language: string | null): DateTextHints {
  if (!language) return {};
  const lang = language.toLowerCase();
  if (lang === 'en-us' || lang === 'en') return { monthFirst: true };
  return { monthFirst: false };
}

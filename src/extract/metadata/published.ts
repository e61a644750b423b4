/**
 * `publishedAt` and `modifiedAt`, from the most trusted source that gives a plausible date:
 * JSON-LD article → article/OpenGraph meta → parsely/sailthru/DC/citation meta → microdata →
 * `<time datetime>` in the article header → visible date text → the byline → a date row under the
 * headline → a leaf holding only a date → the URL path (or canonical link) → dates
 * in an aside inside the `<article>` → the first visible date when it is in the URL's month →
 * page-level JSON-LD → a title segment that is a date ("Story | DW | 23.05.2011"). Dates from
 * markup given in UTC are re-expressed in the page's offset when a `<time>` shows the same instant.
 */
import type { Element } from 'domhandler';
import type { MetaContext } from './context.js';
import { parseDateText } from './date-text.js';
import { formatDate, normalizeDate } from './dates.js';
import { headlineRows, readRow } from './headline-rows.js';
import { MODIFIED_KEYS, PUBLISHED_KEYS } from './meta-keys.js';
import { allMeta } from './meta-tags.js';
import { textContent } from './node-text.js';
import { inPageBanner } from './page-banner.js';
import { DATE_ATTRIBUTES, machineTime } from './page-index.js';
import { inPageOffset } from './page-offset.js';
import { dateFromUrl } from './url-date.js';
import { fromUrlMonth } from './url-month-date.js';
import {
  dateHints,
  fromArticleAside,
  fromBylines,
  fromDateOnlyLeaves,
  fromTitleSegment,
  visibleDates,
  visibleRevision,
} from './visible-dates.js';

/** The first-publication date as ISO 8601, or null. */
export function readPublishedAt(ctx: MetaContext): string | null {
  const { jsonLd, now } = ctx;
  const fromArticle = jsonLd?.fromArticle ? normalizeDate(jsonLd.datePublished, now) : null;
  const fromMarkup =
    fromArticle ?? firstValid(allMeta(ctx.meta, NAMED_DATE_KEYS), now) ?? bareDateMeta(ctx, now);
  if (fromMarkup) return inPageOffset(fromMarkup, ctx);
  // The date lines are read once, when the markup names no date: their publication line first, their
  // "Updated …" line after the rows under the headline.
  let visible: ReturnType<typeof visibleDates> | undefined;
  const lines = () => (visible ??= visibleDates(ctx, now));
  return (
    fromItemprop(ctx, 'datePublished', now) ??
    fromTimeElements(ctx, now) ??
    lines().published ??
    fromBylines(ctx, now) ??
    fromHeadlineRows(ctx, now) ??
    lines().revision ??
    fromDateOnlyLeaves(ctx, now) ??
    fromUrl(ctx, now) ??
    fromArticleAside(ctx, now) ??
    fromUrlMonth(ctx, dateHints(ctx.language)) ??
    normalizeDate(jsonLd?.datePublished, now) ??
    fromTitleSegment(ctx, now)
  );
}

/** The last-modified date as ISO 8601, or null. */
export function readModifiedAt(ctx: MetaContext, published: string | null = null): string | null {
  const { now } = ctx;
  const date =
    normalizeDate(ctx.jsonLd?.dateModified, now) ??
    firstValid(allMeta(ctx.meta, MODIFIED_KEYS), now) ??
    fromItemprop(ctx, 'dateModified', now) ??
    revisionTime(ctx, published) ??
    visibleRevision(ctx, headlineRows(ctx.index.h1s[0] ?? null), published);
  return inPageOffset(date, ctx);
}

/**
 * A `<time>` marked as the revision (class "updated", itemprop "dateModified") outside comments; in
 * the entry's own footer or aside too ("Zuletzt aktualisiert: <time class="updated">" under a post).
 */
function revisionTime(ctx: MetaContext, published: string | null): string | null {
  for (const { el, excluded, articleAside } of ctx.index.times) {
    if ((excluded && !articleAside) || !isRevision(el)) continue;
    const date = normalizeDate(machineTime(el), ctx.now);
    // The publication's own instant marked "updated" too (Hatena's post footer) is no revision.
    if (date && published && sameInstant(date, published)) continue;
    if (date && (!published || date.slice(0, 10) >= published.slice(0, 10))) return date;
  }
  return null;
}

function sameInstant(a: string, b: string): boolean {
  const ta = Date.parse(a);
  return !Number.isNaN(ta) && ta === Date.parse(b);
}

/** The published-date meta keys but the bare "date", which some CMSs fill with the page's build day. */
const NAMED_DATE_KEYS = PUBLISHED_KEYS.filter((k) => k !== 'date');

/**
 * `<meta name="date">`, unless the page's address dates the article to another day
 * ("/2025/01/27/…" under a "date" of 2026-11-28, the day the page was built): then the page's own
 * lines decide.
 */
function bareDateMeta(ctx: MetaContext, now: number): string | null {
  const date = firstValid(allMeta(ctx.meta, ['date']), now);
  const path = date ? fromUrl(ctx, now) : null;
  return date && path && path.slice(0, 10) !== date.slice(0, 10) ? null : date;
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
    const value = el.attribs.datetime ?? el.attribs.content ?? textContent(el);
    const date = normalizeDate(value, now);
    if (date) return date;
  }
  return null;
}

/** The class of a `<time>` marked as the first publication ("entry-date published", hAtom's "published"). */
const PUBLICATION_MARK = /\bpublished\b|\bpubdate\b/i;
/** WordPress's post date, which older themes print in the entry's footer ("entry-date", no "updated"). */
const ENTRY_DATE = /\bentry-date\b/i;
/** Class or itemprop of a `<time>` for a later revision ("updated", "dateModified"). */
const REVISION_MARK = /updat|modif|edited|aktualis/i;
/**
 * A `<time>` marked as the revision and not as the publication too: WordPress themes mark the one
 * time of a post never edited "entry-date published updated".
 */
const isRevision = (el: Element): boolean => {
  const marks = `${el.attribs.class ?? ''} ${el.attribs.itemprop ?? ''}`;
  return REVISION_MARK.test(marks) && !PUBLICATION_MARK.test(marks);
};

function footerPublication(cls: string): boolean {
  return PUBLICATION_MARK.test(cls) || (ENTRY_DATE.test(cls) && !REVISION_MARK.test(cls));
}

/**
 * `<time datetime>`: one marked as the publication time, else the first outside comments, asides
 * and the site banner.
 */
function fromTimeElements(ctx: MetaContext, now: number): string | null {
  // A time marked as the publication in the entry's own footer or aside counts like one in the open.
  const times = ctx.index.times.filter(
    (t) =>
      machineTime(t.el) &&
      (!t.excluded || (t.articleAside === true && footerPublication(t.el.attribs.class ?? ''))),
  );
  const revisions = times.filter(({ el }) => isRevision(el));
  const firsts = times.filter((t) => !revisions.includes(t));
  const marked = firsts.filter(
    ({ el }) => 'pubdate' in el.attribs || /publish|date/i.test(el.attribs.class ?? ''),
  );
  // A revision time (class "updated") only when nothing else is marked up.
  for (const { el } of [...marked, ...firsts, ...revisions]) {
    const date = normalizeDate(machineTime(el), now);
    if (date && !inPageBanner(el)) return withShownTime(date, el, ctx, now);
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

/**
 * A `datetime` with the day alone, and the time in the element's text ("<time datetime="2025-03-27">27
 * maart 2025 om 22:10</time>"): the text's time, on the same day.
 */
function withShownTime(date: string, el: Element, ctx: MetaContext, now: number): string {
  if (date.length !== DAY_ONLY) return date;
  const shown = parseDateText(textContent(el), dateHints(ctx.language));
  if (!shown?.time) return date;
  const full = formatDate(shown, now);
  return full?.startsWith(date) ? full : date;
}
/** Length of "2025-03-27". */
const DAY_ONLY = 10;

/** "Veröffentlicht am 14. März 2025 von Anna Müller" right under the headline, with no markup. */
function fromHeadlineRows(ctx: MetaContext, now: number): string | null {
  const hints = dateHints(ctx.language);
  for (const line of headlineRows(ctx.index.h1s[0] ?? null)) {
    const { date } = readRow(line, hints);
    if (date) return formatDate(date, now);
    const labelled = PUBLICATION_LABEL.exec(line);
    const after = labelled
      ? parseDateText(line.slice(labelled.index + labelled[0].length, labelled.index + 60), hints)
      : null;
    if (after) return formatDate(after, now);
  }
  return null;
}

/**
 * A Chinese or Japanese row's label for the publication time, before its date, among the row's other
 * labels ("发布时间：2025-08-05 16:40 作者：韩冬 来源：…", "公開日：2025年5月9日 更新日：…").
 */
const PUBLICATION_LABEL =
  /(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|发表时间|發表時間|发布于|發佈於|公開日|投稿日|掲載日|配信日)\s*[:：]?\s*/u;

function fromUrl(ctx: MetaContext, now: number): string | null {
  const parts = dateFromUrl(ctx.address);
  return parts ? formatDate(parts, now) : null;
}

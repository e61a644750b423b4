/**
 * `publishedAt` and `modifiedAt`, from the most trusted source that gives a plausible date:
 * JSON-LD article → article/OpenGraph meta → parsely/sailthru/DC/citation meta → microdata →
 * `<time datetime>` in the article header → visible date text → the URL path → page-level JSON-LD.
 */
import type { CheerioAPI } from 'cheerio';
import type { MetaContext } from './context.js';
import { type DateTextHints, parseDateText } from './date-text.js';
import { formatDate, normalizeDate } from './dates.js';
import { inExcludedArea } from './excluded-area.js';
import { MODIFIED_KEYS, PUBLISHED_KEYS } from './meta-keys.js';
import { allMeta } from './meta-tags.js';
import { DATE_CONTAINER_SELECTOR } from './selectors.js';
import { dateFromUrl } from './url-date.js';

/** The first-publication date as ISO 8601, or null. */
export function readPublishedAt(ctx: MetaContext): string | null {
  const { jsonLd, now } = ctx;
  const fromArticle = jsonLd?.fromArticle ? normalizeDate(jsonLd.datePublished, now) : null;
  return (
    fromArticle ??
    firstValid(allMeta(ctx.meta, PUBLISHED_KEYS), now) ??
    fromItemprop(ctx.$, 'datePublished', now) ??
    fromTimeElements(ctx, now) ??
    fromVisibleText(ctx, now) ??
    fromDateOnlyLeaves(ctx, now) ??
    fromUrl(ctx, now) ??
    normalizeDate(jsonLd?.datePublished, now)
  );
}

/** The last-modified date as ISO 8601, or null. */
export function readModifiedAt(ctx: MetaContext): string | null {
  const { now } = ctx;
  return (
    normalizeDate(ctx.jsonLd?.dateModified, now) ??
    firstValid(allMeta(ctx.meta, MODIFIED_KEYS), now) ??
    fromItemprop(ctx.$, 'dateModified', now)
  );
}

function firstValid(values: readonly string[], now: number): string | null {
  for (const value of values) {
    const date = normalizeDate(value, now);
    if (date) return date;
  }
  return null;
}

function fromItemprop($: CheerioAPI, prop: string, now: number): string | null {
  const el = $(`[itemprop="${prop}"]`).first();
  if (!el.length) return null;
  return normalizeDate(el.attr('datetime') ?? el.attr('content') ?? el.text(), now);
}

/** `<time datetime>`: one marked as the publication time, else the first outside comments/asides. */
function fromTimeElements(ctx: MetaContext, now: number): string | null {
  const { $ } = ctx;
  const marked = $(
    'time[pubdate][datetime], time[class*="publish"][datetime], time[class*="date"][datetime]',
  );
  const candidates = [...marked.toArray(), ...$('time[datetime]').toArray()];
  for (const el of candidates) {
    if (inExcludedArea($, el)) continue;
    const date = normalizeDate($(el).attr('datetime'), now);
    if (date) return date;
  }
  return null;
}

/** Short text in date-like elements near the headline ("Published 14 March 2025"). */
function fromVisibleText(ctx: MetaContext, now: number): string | null {
  const { $ } = ctx;
  const hints = dateHints(ctx.language);
  const elements = $(DATE_CONTAINER_SELECTOR);
  let checked = 0;
  for (const el of elements.toArray()) {
    if (checked++ > 40) break;
    const node = $(el);
    if (inExcludedArea($, el)) continue;
    const text = node.text();
    if (text.length > 200) continue;
    const parts = parseDateText(text, hints);
    const date = parts ? formatDate(parts, now) : null;
    if (date) return date;
  }
  return null;
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

const MAX_LEAVES = 2000;

/**
 * Last resort before the URL: a short leaf element whose whole text is a date ("3.11.2023",
 * "14. März 2025"), in page order, outside comments, sidebars and footers.
 */
function fromDateOnlyLeaves(ctx: MetaContext, now: number): string | null {
  const { $ } = ctx;
  const hints = dateHints(ctx.language);
  const leaves = $('body span, body div, body p, body small, body li, body td, body em, body strong, body b');
  let seen = 0;
  for (const el of leaves.toArray()) {
    if (++seen > MAX_LEAVES) break;
    if (el.children.some((c) => c.type === 'tag')) continue;
    const text = $(el).text().trim();
    if (text.length < 6 || text.length > 40 || !/\d{4}/.test(text)) continue;
    const parts = parseDateText(text, hints);
    if (!parts || inExcludedArea($, el)) continue;
    const date = formatDate(parts, now);
    if (date) return date;
  }
  return null;
}

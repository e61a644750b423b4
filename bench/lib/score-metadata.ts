/**
 * Per-field metadata accuracy (issue 4): for each field, among the pages whose truth has a value,
 * the share the system got right. Tags and categories are lists, scored by items found.
 */
import type { Page, ReadabilityTruth, TrafilaturaTruth } from './datasets.js';
import {
  authorsMatchByline,
  authorsMatchBylineNames,
  authorsMatchTrafilatura,
  authorsMatchTrafilaturaJoined,
  bylineNames,
  hasValue,
  itemsFound,
  sameDate,
  sameLanguage,
  sameText,
  trafilaturaAuthor,
} from './metadata-metrics.js';
import type { SystemMeta, SystemOutput } from './system-output.js';

export interface FieldScore {
  correct: number;
  /** Pages whose truth has this field (items, for tag lists). */
  total: number;
  accuracy: number;
  /** Ids of the pages with truth that the system got wrong, to find them in quality.json. */
  misses: string[];
}

type Check<T> = { has: (t: T) => boolean; ok: (m: SystemMeta, t: T) => boolean };

function tally<T>(pages: Page<T>[], outputs: Map<string, SystemOutput>, check: Check<T>): FieldScore {
  let correct = 0;
  let total = 0;
  const misses: string[] = [];
  for (const page of pages) {
    if (!check.has(page.truth)) continue;
    total++;
    const meta = outputs.get(page.id)?.meta;
    if (meta && check.ok(meta, page.truth)) correct++;
    else misses.push(page.id);
  }
  return { correct, total, accuracy: total === 0 ? 0 : correct / total, misses };
}

const bylineOk = (m: SystemMeta, byline: string) =>
  m.authors ? authorsMatchByline(m.authors, byline) : sameText(m.byline, byline);
/** The lenient byline figure: both sides without "By", date lines and bracketed URLs. */
const bylineNamesOk = (m: SystemMeta, byline: string) =>
  m.authors
    ? authorsMatchBylineNames(m.authors, byline)
    : bylineOk(m, byline) || (m.byline !== null && sameText(bylineNames(m.byline), bylineNames(byline)));

export function scoreReadabilityMeta(pages: Page<ReadabilityTruth>[], outputs: Map<string, SystemOutput>) {
  return {
    title: tally(pages, outputs, { has: (t) => hasValue(t.title), ok: (m, t) => sameText(m.title, t.title) }),
    byline: tally(pages, outputs, { has: (t) => hasValue(t.byline), ok: (m, t) => bylineOk(m, t.byline!) }),
    bylineLenient: tally(pages, outputs, {
      has: (t) => hasValue(t.byline),
      ok: (m, t) => bylineNamesOk(m, t.byline!),
    }),
    publishedTime: tally(pages, outputs, {
      has: (t) => hasValue(t.publishedTime),
      ok: (m, t) => sameDate(m.publishedAt, t.publishedTime),
    }),
    siteName: tally(pages, outputs, {
      has: (t) => hasValue(t.siteName),
      ok: (m, t) => sameText(m.siteName, t.siteName),
    }),
    lang: tally(pages, outputs, {
      has: (t) => hasValue(t.lang),
      ok: (m, t) => sameLanguage(m.language, t.lang),
    }),
    excerpt: tally(pages, outputs, {
      has: (t) => hasValue(t.excerpt),
      ok: (m, t) => sameText(m.description, t.excerpt),
    }),
  };
}

function authorOk(m: SystemMeta, truth: string | string[]): boolean {
  return m.authors ? authorsMatchTrafilatura(m.authors, truth) : sameText(m.byline, trafilaturaAuthor(truth));
}

/** The lenient author figure: a truth string that joins our names with "and", "und", "," also counts. */
function authorJoinedOk(m: SystemMeta, truth: string | string[]): boolean {
  return m.authors ? authorsMatchTrafilaturaJoined(m.authors, truth) : authorOk(m, truth);
}

/** Items of a truth list found among the system's tags, summed over pages (micro recall). */
function listRecall(
  pages: Page<TrafilaturaTruth>[],
  outputs: Map<string, SystemOutput>,
  pick: (t: TrafilaturaTruth) => string[] | undefined,
): FieldScore & { pages: number } {
  let correct = 0;
  let total = 0;
  let withTruth = 0;
  const misses: string[] = [];
  for (const page of pages) {
    const truth = pick(page.truth);
    if (!truth || !hasValue(truth)) continue;
    withTruth++;
    const ours = outputs.get(page.id)?.meta?.tags ?? [];
    const r = itemsFound(ours, truth);
    correct += r.found;
    total += r.total;
    if (r.found < r.total) misses.push(page.id);
  }
  return { correct, total, accuracy: total === 0 ? 0 : correct / total, pages: withTruth, misses };
}

export function scoreTrafilaturaMeta(pages: Page<TrafilaturaTruth>[], outputs: Map<string, SystemOutput>) {
  return {
    title: tally(pages, outputs, { has: (t) => hasValue(t.title), ok: (m, t) => sameText(m.title, t.title) }),
    author: tally(pages, outputs, { has: (t) => hasValue(t.author), ok: (m, t) => authorOk(m, t.author!) }),
    authorLenient: tally(pages, outputs, {
      has: (t) => hasValue(t.author),
      ok: (m, t) => authorJoinedOk(m, t.author!),
    }),
    date: tally(pages, outputs, {
      has: (t) => hasValue(t.date),
      ok: (m, t) => sameDate(m.publishedAt, t.date),
    }),
    sitename: tally(pages, outputs, {
      has: (t) => hasValue(t.sitename),
      ok: (m, t) => sameText(m.siteName, t.sitename),
    }),
    tags: listRecall(pages, outputs, (t) => t.tags),
    categories: listRecall(pages, outputs, (t) => t.categories),
  };
}

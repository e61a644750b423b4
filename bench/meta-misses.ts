/**
 * Lists metadata misses per field, ours beside the truth, for debugging:
 * `tsx bench/meta-misses.ts <title|author|date> [trafilatura-eval]` or
 * `tsx bench/meta-misses.ts <title|byline|date> readability-pages`. Pages are run with their truth URL.
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../src/extract/index.js';
import type { Metadata } from '../src/extract/types.js';
import {
  type DatasetName,
  loadDataset,
  type ReadabilityTruth,
  type TrafilaturaTruth,
} from './lib/datasets.js';
import {
  authorsMatchByline,
  authorsMatchTrafilatura,
  sameDate,
  sameText,
  trafilaturaAuthor,
} from './lib/metadata-metrics.js';

/** A field check: the truth value (undefined when the page has none), ours, and whether they match. */
type Check<T> = (m: Metadata, t: T) => { truth: unknown; ours: unknown; ok: boolean } | undefined;

const TRAFILATURA: Record<string, Check<TrafilaturaTruth>> = {
  title: (m, t) => (t.title ? { truth: t.title, ours: m.title, ok: sameText(m.title, t.title) } : undefined),
  author: (m, t) =>
    t.author && (!Array.isArray(t.author) || t.author.length)
      ? {
          truth: trafilaturaAuthor(t.author),
          ours: m.authors.join('; '),
          ok: authorsMatchTrafilatura(m.authors, t.author),
        }
      : undefined,
  date: (m, t) =>
    t.date ? { truth: t.date, ours: m.publishedAt, ok: sameDate(m.publishedAt, t.date) } : undefined,
};

const READABILITY: Record<string, Check<ReadabilityTruth>> = {
  title: (m, t) => (t.title ? { truth: t.title, ours: m.title, ok: sameText(m.title, t.title) } : undefined),
  byline: (m, t) =>
    t.byline ? { truth: t.byline, ours: m.authors, ok: authorsMatchByline(m.authors, t.byline) } : undefined,
  date: (m, t) =>
    t.publishedTime
      ? { truth: t.publishedTime, ours: m.publishedAt, ok: sameDate(m.publishedAt, t.publishedTime) }
      : undefined,
};

function report<T extends { url?: string | null }>(name: DatasetName, check: Check<T> | undefined): void {
  if (!check) throw new Error(`unknown field ${field} for ${name}`);
  let total = 0;
  let misses = 0;
  for (const page of loadDataset<T>(name).pages) {
    const url = page.truth.url ?? null;
    const result = check(extractFromHtml(readFileSync(page.path, 'utf8'), { url }).metadata, page.truth);
    if (!result) continue;
    total++;
    if (result.ok) continue;
    misses++;
    console.log(
      `${page.id}\t${url}\n   ours : ${JSON.stringify(result.ours)}\n   truth: ${JSON.stringify(result.truth)}`,
    );
  }
  console.log(`${field} ${name}: ${total - misses}/${total} = ${((total - misses) / total).toFixed(3)}`);
}

const field = process.argv[2] ?? 'title';
if ((process.argv[3] ?? 'trafilatura-eval') === 'trafilatura-eval')
  report('trafilatura-eval', TRAFILATURA[field]);
else report('readability-pages', READABILITY[field]);

/**
 * The metadata probe sets' scoring, shared by `npm run bench:meta-probes` and the gate in
 * `npm test`: each case's record against its `truth.json`, field by field. A field is right, wrong
 * (a different value), missing (null where the truth has one) or invented (a value where the page
 * says nothing) — issue 4 counts a wrong or invented date worse than none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../src/fetch/decode.js';
import { extract } from '../../src/index.js';
import { primaryLanguage, sameDate } from './metadata-metrics.js';
import { fold } from './probes.js';

export const META_PROBES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'meta-probes');

interface MetaTruth {
  url: string;
  title: string;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string;
  siteName: string | null;
  section?: string | null;
  tags?: string[];
  canonicalUrl?: string | null;
  image?: string | null;
}

export const FIELDS = [
  'title',
  'authors',
  'published',
  'publishedTime',
  'modified',
  'language',
  'siteName',
  'section',
  'canonicalUrl',
  'image',
] as const;
export type Field = (typeof FIELDS)[number];
export type Verdict = 'right' | 'wrong' | 'missing' | 'invented';

export interface MetaProbeResult {
  id: string;
  /** Only the fields the case scores: a field whose truth and output are both empty is left out. */
  verdicts: Partial<Record<Field, Verdict>>;
  /** What we gave for each field that is not right, for the report. */
  ours: Partial<Record<Field, string>>;
  truth: Partial<Record<Field, string>>;
  tags: { found: number; total: number };
}

/** The written date of an ISO value (`2025-03-14`), or null. */
const dayOf = (v: string): string | null => /^(\d{4}-\d{2}-\d{2})/.exec(v)?.[1] ?? null;
const hasTime = (v: string): boolean => /T\d{2}:\d{2}/.test(v);
const hasOffset = (v: string): boolean => /T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/.test(v);

/**
 * The time of publication: the same instant when both carry an offset, else the same local
 * date, hour and minute as written.
 */
function sameTime(ours: string, truth: string): boolean {
  if (hasOffset(ours) && hasOffset(truth)) return Date.parse(ours) === Date.parse(truth);
  return ours.slice(0, 16) === truth.slice(0, 16);
}

function verdict(ours: string | null, truth: string | null, same: (a: string, b: string) => boolean) {
  if (truth === null) return ours === null ? null : 'invented';
  if (ours === null) return 'missing';
  return same(ours, truth) ? 'right' : 'wrong';
}

const empty = (v: string | null | undefined): string | null => (v?.trim() ? v : null);
const sameText = (a: string, b: string) => fold(a) === fold(b);
const listText = (names: readonly string[]): string | null =>
  names.length ? names.map(fold).join(' ; ') : null;

export function runMetaCase(dir: string, id: string): MetaProbeResult {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as MetaTruth;
  // Bytes decoded as `newsclean parse` decodes them: a page may declare another charset (Shift_JIS).
  const { html } = decodeHtml(readFileSync(join(dir, 'page.html')), undefined);
  const record = extract(html, { url: truth.url });
  const pairs: Record<Field, [string | null, string | null, (a: string, b: string) => boolean]> = {
    title: [empty(record.title), empty(truth.title), sameText],
    // Names in any order: a byline and JSON-LD may list the same people differently.
    authors: [
      listText([...record.authors].sort()),
      listText([...(truth.authors ?? [])].sort()),
      (a, b) => a === b,
    ],
    // The page-local or the UTC date, as the bench compares dates.
    published: [empty(record.publishedAt), empty(truth.publishedAt), sameDate],
    publishedTime: [
      empty(record.publishedAt),
      truth.publishedAt && hasTime(truth.publishedAt) ? truth.publishedAt : null,
      sameTime,
    ],
    modified: [empty(record.modifiedAt), empty(truth.modifiedAt), (a, b) => dayOf(a) === dayOf(b)],
    language: [
      empty(record.language),
      empty(truth.language),
      (a, b) => primaryLanguage(a) === primaryLanguage(b),
    ],
    siteName: [empty(record.siteName), empty(truth.siteName), sameText],
    section: [
      empty(record.section),
      empty(truth.section),
      (a, b) => fold(a).toLowerCase() === fold(b).toLowerCase(),
    ],
    canonicalUrl: [empty(record.canonicalUrl), empty(truth.canonicalUrl), (a, b) => a === b],
    image: [empty(record.image), empty(truth.image), (a, b) => a === b],
  };
  const result: MetaProbeResult = { id, verdicts: {}, ours: {}, truth: {}, tags: { found: 0, total: 0 } };
  for (const field of FIELDS) {
    const [ours, wanted, same] = pairs[field];
    // publishedTime is scored only where the truth has a time; a date-only truth is `published`'s.
    if (field === 'publishedTime' && wanted === null) continue;
    const v = verdict(ours, wanted, same);
    if (v === null) continue;
    result.verdicts[field] = v;
    if (v !== 'right') {
      result.ours[field] = ours ?? 'null';
      result.truth[field] = wanted ?? 'null';
    }
  }
  const have = new Set(record.tags.map((t) => fold(t).toLowerCase()));
  const want = [...new Set((truth.tags ?? []).map((t) => fold(t).toLowerCase()))];
  result.tags = { found: want.filter((t) => have.has(t)).length, total: want.length };
  return result;
}

/** The sets under `META_PROBES_DIR`, sorted. */
export function metaProbeSets(): string[] {
  return existsSync(META_PROBES_DIR) ? readdirSync(META_PROBES_DIR).sort() : [];
}

export function runMetaSet(set: string): MetaProbeResult[] {
  const root = join(META_PROBES_DIR, set);
  return readdirSync(root)
    .filter((c) => existsSync(join(root, c, 'truth.json')))
    .sort()
    .map((c) => runMetaCase(join(root, c), c));
}

export interface MetaSummary {
  pages: number;
  /** Pages whose every scored field is right. */
  clean: number;
  /** Fields wrong or invented, over all pages: what a user would sort and join by wrongly. */
  wrong: number;
  missing: number;
  perField: Record<Field, { right: number; scored: number }>;
  tags: { found: number; total: number };
}

export function metaSummary(results: readonly MetaProbeResult[]): MetaSummary {
  const perField = Object.fromEntries(
    FIELDS.map((f) => [f, { right: 0, scored: 0 }]),
  ) as MetaSummary['perField'];
  let wrong = 0;
  let missing = 0;
  const tags = { found: 0, total: 0 };
  for (const r of results) {
    for (const [field, v] of Object.entries(r.verdicts) as [Field, Verdict][]) {
      perField[field].scored++;
      if (v === 'right') perField[field].right++;
      else if (v === 'missing') missing++;
      else wrong++;
    }
    tags.found += r.tags.found;
    tags.total += r.tags.total;
  }
  const clean = results.filter((r) => Object.values(r.verdicts).every((v) => v === 'right')).length;
  return { pages: results.length, clean, wrong, missing, perField, tags };
}

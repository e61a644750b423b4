/**
 * The two development datasets in ../shared/bench (layout in its README): where they are, their
 * truth records, and the deterministic slices the quality gate uses.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatasetName = 'trafilatura-eval' | 'readability-pages';
export const DATASETS: DatasetName[] = ['trafilatura-eval', 'readability-pages'];

/** readability-pages folders that are synthetic unit cases, not articles (its SOURCE.md). */
export const SYNTHETIC_PAGES: ReadonlySet<string> = new Set([
  '005-unescape-html-entities',
  'invalid-attributes',
  'js-link-replacement',
  'lazy-image-3',
  'ol',
  'remove-aria-hidden',
]);

export interface ReadabilityTruth {
  url?: string;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  text: string;
}

export interface TrafilaturaTruth {
  url: string | null;
  key: string;
  with: string[];
  without: string[];
  author?: string | string[];
  title?: string;
  date?: string;
  sitename?: string;
  tags?: string[];
  categories?: string[];
  description?: string;
}

export interface Page<T> {
  id: string;
  path: string;
  truth: T;
}

export interface Dataset<T> {
  name: DatasetName;
  dir: string;
  pages: Page<T>[];
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `NEWSCLEAN_BENCH_DIR` if set, else ../shared/bench next to the repo. */
export function benchDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.NEWSCLEAN_BENCH_DIR ?? join(REPO_ROOT, '..', 'shared', 'bench'));
}

/** True when both datasets' truth files are present. */
export function datasetsAvailable(dir: string = benchDir()): boolean {
  return DATASETS.every((name) => existsSync(join(dir, name, 'truth.json')));
}

/** Load a dataset; pages come sorted by id so every run visits them in the same order. */
export function loadDataset<T>(name: DatasetName, dir: string = benchDir()): Dataset<T> {
  const root = join(dir, name);
  const truth = JSON.parse(readFileSync(join(root, 'truth.json'), 'utf8')) as Record<string, T>;
  const pages = Object.keys(truth)
    .sort()
    .map((id) => ({ id, path: join(root, 'pages', `${id}.html`), truth: truth[id] as T }));
  return { name, dir: root, pages };
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * A fixed slice for the quality gate: the `size` pages whose ids hash lowest (sha256), skipping the
 * synthetic unit cases. Hashing spreads the slice over sites without anyone hand-picking pages.
 */
export function gateSlice<T>(pages: Page<T>[], size: number): Page<T>[] {
  return pages
    .filter((p) => !SYNTHETIC_PAGES.has(p.id))
    .map((p) => ({ p, h: hashOf(p.id) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .slice(0, size)
    .map(({ p }) => p)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

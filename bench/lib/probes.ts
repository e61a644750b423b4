/**
 * The probe sets' scoring, shared by `npm run bench:probes` and the probe gate in `npm test`: each
 * case's record against its `truth.json` (every article paragraph kept, no boilerplate line kept,
 * every hashtag in `tags`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';

export const PROBES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'probes');

interface ProbeTruth {
  url: string;
  language: string;
  placement: string;
  hints?: boolean;
  article: string[];
  boilerplate: string[];
  tags: string[];
}

export interface ProbeResult {
  id: string;
  lost: string[];
  kept: string[];
  missingTags: string[];
}

/** Folds what an extractor may legitimately normalise, so only real losses count. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function runCase(dir: string, id: string): ProbeResult {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as ProbeTruth;
  const record = extract(readFileSync(join(dir, 'page.html'), 'utf8'), { url: truth.url });
  const text = fold(record.text);
  const tags = new Set(record.tags.map((t) => t.toLowerCase()));
  return {
    id,
    lost: truth.article.filter((line) => !text.includes(fold(line))),
    kept: truth.boilerplate.filter((line) => text.includes(fold(line))),
    missingTags: truth.tags.filter((t) => !tags.has(t.toLowerCase())),
  };
}

/** The sets under `PROBES_DIR`, sorted. */
export function probeSets(): string[] {
  return existsSync(PROBES_DIR) ? readdirSync(PROBES_DIR).sort() : [];
}

/** Every case of one set, scored. */
export function runSet(set: string): ProbeResult[] {
  const root = join(PROBES_DIR, set);
  return readdirSync(root)
    .filter((c) => existsSync(join(root, c, 'truth.json')))
    .sort()
    .map((c) => runCase(join(root, c), c));
}

/** A set's totals: pages clean, article lines lost, boilerplate lines kept, tags missing. */
export function summary(results: readonly ProbeResult[]): {
  pages: number;
  clean: number;
  lost: number;
  kept: number;
  tags: number;
} {
  const sum = (f: (r: ProbeResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    pages: results.length,
    clean: results.filter((r) => r.lost.length + r.kept.length + r.missingTags.length === 0).length,
    lost: sum((r) => r.lost.length),
    kept: sum((r) => r.kept.length),
    tags: sum((r) => r.missingTags.length),
  };
}

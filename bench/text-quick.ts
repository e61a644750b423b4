/**
 * Text quality only, in-process, no baselines and no timing: a quick check (about 5 s) of both
 * datasets' headline figures while changing the extractor. `npm run bench:quality` is the real bench.
 * Prints per-page F1 with `--pages`.
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../src/extract/index.js';
import {
  loadDataset,
  type ReadabilityTruth,
  SYNTHETIC_PAGES,
  type TrafilaturaTruth,
} from './lib/datasets.js';
import {
  type Confusion,
  documentSnippetF1,
  macroAverage,
  microAverage,
  snippetCounts,
  tokenScores,
} from './lib/metrics.js';

const showPages = process.argv.includes('--pages');
const textOf = (path: string, url: string | null) => {
  try {
    return extractFromHtml(readFileSync(path, 'utf8'), { url }).text;
  } catch {
    return '';
  }
};

const traf = loadDataset<TrafilaturaTruth>('trafilatura-eval');
const confusions: Confusion[] = [];
for (const p of traf.pages) {
  const c = snippetCounts(textOf(p.path, p.truth.url), p.truth.with, p.truth.without);
  confusions.push(c);
  if (showPages) console.log(`traf\t${p.id}\t${documentSnippetF1(c).toFixed(3)}`);
}
const read = loadDataset<ReadabilityTruth>('readability-pages');
const real = read.pages
  .filter((p) => !SYNTHETIC_PAGES.has(p.id))
  .map((p) => {
    const s = tokenScores(textOf(p.path, p.truth.url ?? null), p.truth.text ?? '');
    if (showPages) console.log(`read\t${p.id}\t${s.f1.toFixed(3)}`);
    return s;
  });
const t = microAverage(confusions);
const r = macroAverage(real);
console.log(
  `trafilatura-eval snippet F1 ${t.f1.toFixed(4)} (P ${t.precision.toFixed(4)} R ${t.recall.toFixed(4)}, ${t.documents} docs)`,
);
console.log(
  `readability-pages token F1 ${r.f1.toFixed(4)} (P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)}, ${r.documents} docs)`,
);

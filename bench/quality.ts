/**
 * `npm run bench:quality`: newsclean and its baselines over ../shared/bench (or NEWSCLEAN_BENCH_DIR).
 * Quality comes from the built CLI, timing from in-process calls; results go to
 * bench/results/quality.json and bench/RESULTS.md, and the table to stdout.
 * Environment: NEWSCLEAN_BENCH_CLI=per-page (one CLI process per page with --url; default: one per dataset),
 * NEWSCLEAN_BENCH_CONCURRENCY (CLI processes at once, default: cores),
 * NEWSCLEAN_BENCH_TIMEOUT_MS (a page with no record for this long fails; default 20000), NEWSCLEAN_BENCH_ROUNDS (timed runs per engine and page, default 3)
 * and NEWSCLEAN_BENCH_BUDGET_MS (no further run once an engine spent this long on a page, default 60).
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { collectReadability, collectTrafilatura } from './lib/collect.js';
import {
  benchDir,
  datasetsAvailable,
  loadDataset,
  type ReadabilityTruth,
  type TrafilaturaTruth,
} from './lib/datasets.js';
import { checkInvariants } from './lib/invariants.js';
import { renderReport } from './lib/report.js';
import type { QualityResults } from './lib/results.js';
import { formatWithBiome, spliceQualitySection, writeJson } from './lib/results-file.js';
import { type DatasetRun, type RunConfig, runDataset } from './lib/run-systems.js';
import { ratioLine, speedFigures } from './lib/speed-figures.js';

const dir = benchDir();
if (!datasetsAvailable(dir)) {
  console.error(`bench:quality: no datasets at ${dir} (set NEWSCLEAN_BENCH_DIR); nothing to measure.`);
  process.exit(1);
}
const config: RunConfig = {
  cliMode: process.env.NEWSCLEAN_BENCH_CLI === 'per-page' ? 'per-page' : 'batch',
  concurrency: Number(process.env.NEWSCLEAN_BENCH_CONCURRENCY ?? cpus().length),
  timeoutMs: Number(process.env.NEWSCLEAN_BENCH_TIMEOUT_MS ?? 20_000),
  warmup: 10,
  rounds: Number(process.env.NEWSCLEAN_BENCH_ROUNDS ?? 3),
  budgetMs: Number(process.env.NEWSCLEAN_BENCH_BUDGET_MS ?? 60),
  log: (line) => console.error(line),
};

const traf = loadDataset<TrafilaturaTruth>('trafilatura-eval', dir);
const read = loadDataset<ReadabilityTruth>('readability-pages', dir);
console.error(`trafilatura-eval: ${traf.pages.length} pages`);
const trafRun = await runDataset(traf.pages, (t) => t.url, config);
console.error(`readability-pages: ${read.pages.length} pages`);
const readRun = await runDataset(read.pages, (t) => t.url ?? null, config);

/** Per-page times of one engine over both datasets. */
function allTimes(name: keyof DatasetRun['times']): Map<string, number> {
  const merged = new Map<string, number>();
  for (const [prefix, run] of [
    ['t', trafRun],
    ['r', readRun],
  ] as const) {
    for (const [id, ms] of run.times[name] ?? []) merged.set(`${prefix}:${id}`, ms);
  }
  return merged;
}

const figures = speedFigures((e) => [...allTimes(e).values()]);
const { timing, ratios } = figures;
const pagesOver1s = [...allTimes('newsclean')].filter(([, ms]) => ms > 1000).map(([id, ms]) => ({ id, ms }));

const cpu = cpus();
const results: QualityResults = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    platform: process.platform,
  },
  config: {
    benchDir: dir,
    cliMode: config.cliMode,
    concurrency: config.concurrency,
    timeoutMs: config.timeoutMs,
    warmup: config.warmup,
    rounds: config.rounds,
    budgetMs: config.budgetMs,
  },
  datasets: {
    'trafilatura-eval': collectTrafilatura(traf.pages, trafRun),
    'readability-pages': collectReadability(read.pages, readRun),
  },
  speed: { timing, ratios, pagesOver1s },
  metadataCost: {
    meanMetadataMs: timing['newsclean-metadata'].meanMs,
    meanExtractMs: timing.newsclean.meanMs,
    share: figures.metadataShare,
  },
  invariants: checkInvariants({ 'trafilatura-eval': trafRun.records, 'readability-pages': readRun.records }),
};

const report = renderReport(results);
writeJson(fileURLToPath(new URL('./results/quality.json', import.meta.url)), results);
const resultsMd = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
spliceQualitySection(resultsMd, report);
formatWithBiome(resultsMd);
console.log(report);
console.error(ratioLine(figures));

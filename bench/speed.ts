/**
 * `npm run bench:speed`: only the speed part of bench:quality (no CLI run, no scoring), over both
 * datasets, printed as one line per run; quick enough to repeat when checking that a change is
 * faster or that the ratios are steady. Environment: NEWSCLEAN_BENCH_RUNS (default 1) and the
 * timing variables of bench:quality (NEWSCLEAN_BENCH_ROUNDS, NEWSCLEAN_BENCH_BUDGET_MS).
 */
import { readFileSync } from 'node:fs';
import { benchDir, DATASETS, datasetsAvailable, loadDataset } from './lib/datasets.js';
import { ratioLine, speedFigures } from './lib/speed-figures.js';
import { type TimedInput, timeSystems } from './lib/time-systems.js';

const dir = benchDir();
if (!datasetsAvailable(dir)) {
  console.error(`bench:speed: no datasets at ${dir} (set NEWSCLEAN_BENCH_DIR); nothing to measure.`);
  process.exit(1);
}
const inputs: TimedInput[] = DATASETS.flatMap((name) =>
  loadDataset<{ url?: string | null }>(name, dir).pages.map((p) => ({
    id: `${name}:${p.id}`,
    html: readFileSync(p.path, 'utf8'),
    url: p.truth.url ?? null,
  })),
);
const config = {
  warmup: 10,
  rounds: Number(process.env.NEWSCLEAN_BENCH_ROUNDS ?? 3),
  budgetMs: Number(process.env.NEWSCLEAN_BENCH_BUDGET_MS ?? 60),
};
for (let run = 0; run < Number(process.env.NEWSCLEAN_BENCH_RUNS ?? 1); run++) {
  const started = Date.now();
  const { times } = timeSystems(inputs, new Set(), config);
  const figures = speedFigures((e) => [...(times[e]?.values() ?? [])]);
  console.log(`${ratioLine(figures)} [${((Date.now() - started) / 1000).toFixed(0)} s]`);
}

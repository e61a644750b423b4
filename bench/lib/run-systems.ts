/**
 * Run every system over one dataset: newsclean through its CLI (quality) and in-process (time),
 * Readability on jsdom and on linkedom, the visible-text floor, and the bare parsers (time only).
 */
import { readFileSync } from 'node:fs';
import { type ReadabilityArticle, readabilityOutput, visibleTextOutput } from './baselines.js';
import type { Page } from './datasets.js';
import { type BenchRecord, parseAllPages, parseEachPage } from './run-cli.js';
import { failed, recordOutput, type SystemOutput } from './system-output.js';
import {
  type SystemName,
  type TimedInput,
  type TimedName,
  type TimingConfig,
  timeSystems,
} from './time-systems.js';

export { PARSERS, SYSTEMS, type SystemName, type TimedName } from './time-systems.js';

export interface RunConfig extends TimingConfig {
  /**
   * `batch` (default): one CLI process per dataset, without URLs; quick. `per-page`: one process per
   * page with `--url` from the truth, as in a scrape (URL-path dates become available); ~1 s of node
   * start-up per page, so slow on a busy machine.
   */
  cliMode: 'per-page' | 'batch';
  concurrency: number;
  timeoutMs: number;
  log: (line: string) => void;
}

export interface DatasetRun {
  outputs: Record<SystemName, Map<string, SystemOutput>>;
  /** Per-page milliseconds by page id; pages that failed in the CLI are not timed in-process. */
  times: Partial<Record<TimedName, Map<string, number>>>;
  records: Map<string, BenchRecord>;
  meanKb: number;
}

export async function runDataset<T>(
  pages: Page<T>[],
  urlOf: (truth: T) => string | null,
  config: RunConfig,
): Promise<DatasetRun> {
  const { log } = config;
  const inputs: TimedInput[] = pages.map((p) => ({
    id: p.id,
    html: readFileSync(p.path, 'utf8'),
    url: urlOf(p.truth),
  }));
  const cliStarted = Date.now();
  const cli =
    config.cliMode === 'per-page'
      ? await parseEachPage(
          pages.map((p) => ({ id: p.id, path: p.path, url: urlOf(p.truth) })),
          { concurrency: config.concurrency, timeoutMs: config.timeoutMs },
        )
      : await parseAllPages(pages, { timeoutMs: config.timeoutMs });
  log(`  newsclean CLI (${config.cliMode}): ${((Date.now() - cliStarted) / 1000).toFixed(0)} s`);
  const records = new Map<string, BenchRecord>();
  for (const [id, outcome] of cli) if (outcome.record) records.set(id, outcome.record);
  // A page that hung in the CLI would hang here too, so newsclean does not time it.
  const hung = new Set([...cli].filter(([, o]) => o.failure === 'timeout').map(([id]) => id));

  const started = Date.now();
  log('  timing, interleaved page by page: newsclean, htmlparser2, cheerio, Readability+linkedom/+jsdom');
  const { runs, times } = timeSystems(inputs, hung, config);
  log(`  timing: ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const outputs = {} as DatasetRun['outputs'];
  outputs.newsclean = new Map(pages.map((p) => [p.id, recordOutput(cli.get(p.id))]));
  for (const name of ['readability-linkedom', 'readability-jsdom'] as const) {
    outputs[name] = new Map(
      inputs.map((input, k) => {
        const run = runs[name][k]!;
        const article = run.result as ReadabilityArticle;
        return [input.id, run.error ? failed(`crash: ${run.error}`) : readabilityOutput(article ?? null)];
      }),
    );
  }
  outputs['visible-text'] = new Map(inputs.map((i) => [i.id, visibleTextOutput(i.html)]));
  const meanKb = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.html), 0) / 1024 / (inputs.length || 1);
  return { outputs, times, records, meanKb };
}

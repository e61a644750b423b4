/**
 * Run every system over one dataset: newsclean through its CLI (quality) and in-process (time),
 * Readability on jsdom and on linkedom, the visible-text floor, and the bare parsers (time only).
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml, loadPage } from '../../src/extract/index.js';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import {
  loadCheerioHtmlparser2,
  loadCheerioParse5,
  parseHtmlparser2,
  type ReadabilityArticle,
  readabilityJsdom,
  readabilityLinkedom,
  readabilityOutput,
  visibleTextOutput,
} from './baselines.js';
import type { Page } from './datasets.js';
import { type BenchRecord, parseAllPages, parseEachPage } from './run-cli.js';
import { failed, recordOutput, type SystemOutput } from './system-output.js';
import { collectGarbage, type TimedRun, timeByEngine, timeCall } from './timing.js';

export const SYSTEMS = ['newsclean', 'readability-linkedom', 'readability-jsdom', 'visible-text'] as const;
export type SystemName = (typeof SYSTEMS)[number];
export const PARSERS = ['htmlparser2', 'cheerio-parse5', 'cheerio-htmlparser2'] as const;
export type TimedName = SystemName | (typeof PARSERS)[number] | 'newsclean-metadata';

export interface RunConfig {
  /**
   * `batch` (default): one CLI process per dataset, without URLs; quick. `per-page`: one process per
   * page with `--url` from the truth, as in a scrape (URL-path dates become available); ~1 s of node
   * start-up per page, so slow on a busy machine.
   */
  cliMode: 'per-page' | 'batch';
  concurrency: number;
  timeoutMs: number;
  warmup: number;
  reps: number;
  log: (line: string) => void;
}

export interface DatasetRun {
  outputs: Record<SystemName, Map<string, SystemOutput>>;
  /** Per-page milliseconds by page id; pages that failed in the CLI are not timed in-process. */
  times: Partial<Record<TimedName, Map<string, number>>>;
  records: Map<string, BenchRecord>;
  meanKb: number;
}

interface Input {
  id: string;
  html: string;
  url: string | null;
}

/** Per-page ms by id; pages an engine skipped are left out. */
function timesOf(inputs: Input[], runs: (TimedRun<unknown> | null)[]): Map<string, number> {
  return new Map(inputs.flatMap((input, i) => (runs[i] ? [[input.id, runs[i].ms] as const] : [])));
}

export async function runDataset<T>(
  pages: Page<T>[],
  urlOf: (truth: T) => string | null,
  config: RunConfig,
): Promise<DatasetRun> {
  const { log } = config;
  const inputs: Input[] = pages.map((p) => ({
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
  const opts = { warmup: config.warmup, reps: config.reps };
  // A page that hung in the CLI would hang here too, so newsclean does not time it.
  const hung = new Set([...cli].filter(([, o]) => o.failure === 'timeout').map(([id]) => id));

  const started = Date.now();
  log(
    '  timing, one engine at a time: newsclean, htmlparser2, cheerio, Readability+linkedom, Readability+jsdom',
  );
  const runs = timeByEngine(
    inputs,
    {
      newsclean: (i: Input) => extractFromHtml(i.html, { url: i.url }),
      htmlparser2: (i: Input) => parseHtmlparser2(i.html),
      'cheerio-parse5': (i: Input) => loadCheerioParse5(i.html),
      'cheerio-htmlparser2': (i: Input) => loadCheerioHtmlparser2(i.html),
      'readability-linkedom': (i: Input) => readabilityLinkedom(i.html, i.url),
      'readability-jsdom': (i: Input) => readabilityJsdom(i.html, i.url),
    },
    { ...opts, skip: (name, i) => name === 'newsclean' && hung.has(i.id) },
  );
  log(`  timing: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const times: DatasetRun['times'] = {};
  for (const [name, list] of Object.entries(runs) as [TimedName, (TimedRun<unknown> | null)[]][]) {
    times[name] = timesOf(inputs, list);
  }
  // Metadata's share of extraction: time extractMetadata alone on a page loaded beforehand, with the
  // same parser extraction uses (a parse5 DOM has more nodes and billed metadata for them).
  const metaMs = new Map<string, number>();
  for (const input of inputs.filter((i) => !hung.has(i.id))) {
    const $ = loadPage(input.html, input.url);
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < Math.max(1, opts.reps); r++) {
      best = Math.min(best, timeCall(() => extractMetadata($, { url: input.url })).ms);
    }
    metaMs.set(input.id, best);
  }
  times['newsclean-metadata'] = metaMs;
  collectGarbage();

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

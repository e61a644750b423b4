/**
 * Run every system over one dataset: newsclean through its CLI (quality) and in-process (time),
 * Readability on jsdom and on linkedom, the visible-text floor, and the bare parsers (time only).
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { extractFromHtml } from '../../src/extract/index.js';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import {
  loadCheerioParse5,
  parseHtmlparser2,
  readabilityJsdom,
  readabilityLinkedom,
  readabilityOutput,
  visibleTextOutput,
} from './baselines.js';
import type { Page } from './datasets.js';
import { type BenchRecord, type CliOutcome, parseEachPage } from './run-cli.js';
import { failed, type SystemOutput } from './system-output.js';
import { collectGarbage, type TimedRun, timeEach } from './timing.js';

export const SYSTEMS = ['newsclean', 'readability-linkedom', 'readability-jsdom', 'visible-text'] as const;
export type SystemName = (typeof SYSTEMS)[number];
export const PARSERS = ['htmlparser2', 'cheerio-parse5'] as const;
export type TimedName = SystemName | (typeof PARSERS)[number] | 'newsclean-metadata';

export interface RunConfig {
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
}

function recordOutput(outcome: CliOutcome | undefined): SystemOutput {
  if (!outcome?.record) return failed(outcome?.failure ?? 'missing');
  const r = outcome.record;
  return {
    text: r.text ?? '',
    failure: null,
    meta: {
      title: r.title ?? null,
      authors: r.authors ?? [],
      byline: null,
      publishedAt: r.publishedAt ?? null,
      language: r.language ?? null,
      siteName: r.siteName ?? null,
      description: r.description ?? null,
      tags: r.tags ?? [],
    },
  };
}

interface Input {
  id: string;
  html: string;
  url: string | null;
}

function timesOf<R>(inputs: Input[], runs: TimedRun<R>[]): Map<string, number> {
  return new Map(inputs.map((input, i) => [input.id, runs[i]!.ms]));
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
  log(`  newsclean CLI on ${pages.length} pages (one process per page, ${config.concurrency} at a time)`);
  const cli = await parseEachPage(
    pages.map((p) => ({ id: p.id, path: p.path, url: urlOf(p.truth) })),
    { concurrency: config.concurrency, timeoutMs: config.timeoutMs },
  );
  const records = new Map<string, BenchRecord>();
  for (const [id, outcome] of cli) if (outcome.record) records.set(id, outcome.record);
  const opts = { warmup: config.warmup, reps: config.reps };
  // A page that crashed or hung in the CLI would do the same here, so it is not timed.
  const healthy = inputs.filter((input) => !cli.get(input.id)?.failure?.startsWith('timeout'));

  log('  timing newsclean in-process');
  const times: DatasetRun['times'] = {};
  times.newsclean = timesOf(
    healthy,
    timeEach(healthy, (i) => extractFromHtml(i.html, { url: i.url }), opts),
  );
  const loaded = healthy.map((i) => ({ ...i, $: cheerio.load(i.html, { baseURI: i.url ?? undefined }) }));
  const meta = timeEach(loaded, (i) => extractMetadata(i.$, { url: i.url }), opts);
  times['newsclean-metadata'] = timesOf(healthy, meta);
  loaded.length = 0;
  collectGarbage();

  log('  parsers: htmlparser2, cheerio (parse5)');
  times.htmlparser2 = timesOf(
    inputs,
    timeEach(inputs, (i) => parseHtmlparser2(i.html), opts),
  );
  times['cheerio-parse5'] = timesOf(
    inputs,
    timeEach(inputs, (i) => loadCheerioParse5(i.html), opts),
  );
  collectGarbage();

  const outputs = {} as DatasetRun['outputs'];
  outputs.newsclean = new Map(pages.map((p) => [p.id, recordOutput(cli.get(p.id))]));
  for (const [name, engine] of [
    ['readability-linkedom', readabilityLinkedom],
    ['readability-jsdom', readabilityJsdom],
  ] as const) {
    log(`  ${name}`);
    const runs = timeEach(inputs, (i) => engine(i.html, i.url), opts);
    times[name] = timesOf(inputs, runs);
    outputs[name] = new Map(
      inputs.map((input, i) => {
        const run = runs[i]!;
        return [input.id, run.error ? failed(`crash: ${run.error}`) : readabilityOutput(run.result ?? null)];
      }),
    );
    collectGarbage();
  }
  outputs['visible-text'] = new Map(inputs.map((i) => [i.id, visibleTextOutput(i.html)]));
  return { outputs, times, records };
}

/** The in-process speed measurement: newsclean, its metadata step, the baselines and the bare parsers. */
import { extractFromHtml, loadPage } from '../../src/extract/index.js';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import {
  loadCheerioHtmlparser2,
  loadCheerioParse5,
  parseHtmlparser2,
  readabilityJsdom,
  readabilityLinkedom,
} from './baselines.js';
import { collectGarbage, type TimedRun, timeCall, timeInterleaved } from './timing.js';

export const SYSTEMS = ['newsclean', 'readability-linkedom', 'readability-jsdom', 'visible-text'] as const;
export type SystemName = (typeof SYSTEMS)[number];
export const PARSERS = ['htmlparser2', 'cheerio-parse5', 'cheerio-htmlparser2'] as const;
export type TimedName = SystemName | (typeof PARSERS)[number] | 'newsclean-metadata';

export interface TimedInput {
  id: string;
  html: string;
  url: string | null;
}

export interface TimingConfig {
  /** Pages run through every engine before timing starts. */
  warmup: number;
  /** Timed runs per engine and page at most (their mean counts) ... */
  rounds: number;
  /** ... until the engine's runs on the page add up to this many ms. */
  budgetMs: number;
}

const ENGINES = {
  newsclean: (i: TimedInput) => extractFromHtml(i.html, { url: i.url }),
  htmlparser2: (i: TimedInput) => parseHtmlparser2(i.html),
  'cheerio-parse5': (i: TimedInput) => loadCheerioParse5(i.html),
  'cheerio-htmlparser2': (i: TimedInput) => loadCheerioHtmlparser2(i.html),
  'readability-linkedom': (i: TimedInput) => readabilityLinkedom(i.html, i.url),
  'readability-jsdom': (i: TimedInput) => readabilityJsdom(i.html, i.url),
};
type EngineName = keyof typeof ENGINES;

/** Per-page ms by id; pages an engine skipped are left out. */
function timesOf(inputs: TimedInput[], runs: (TimedRun<unknown> | null)[]): Map<string, number> {
  return new Map(inputs.flatMap((input, i) => (runs[i] ? [[input.id, runs[i].ms] as const] : [])));
}

/**
 * Time every engine over the inputs, interleaved page by page, then metadata alone. `skipNewsclean`
 * holds pages that hung in the CLI: they would hang here too. The Readability runs keep their
 * results, for scoring.
 */
export function timeSystems(
  inputs: TimedInput[],
  skipNewsclean: ReadonlySet<string>,
  config: TimingConfig,
): {
  runs: Record<EngineName, (TimedRun<unknown> | null)[]>;
  times: Partial<Record<TimedName, Map<string, number>>>;
} {
  const runs = timeInterleaved(inputs, ENGINES, {
    ...config,
    skip: (name, i) => name === 'newsclean' && skipNewsclean.has(i.id),
    keep: ['readability-linkedom', 'readability-jsdom'],
  });
  const times: Partial<Record<TimedName, Map<string, number>>> = {};
  for (const [name, list] of Object.entries(runs) as [TimedName, (TimedRun<unknown> | null)[]][]) {
    times[name] = timesOf(inputs, list);
  }
  // Metadata's share of extraction: time extractMetadata alone on a page loaded beforehand, with the
  // same parser extraction uses (a parse5 DOM has more nodes and billed metadata for them).
  const metaMs = new Map<string, number>();
  for (const input of inputs.filter((i) => !skipNewsclean.has(i.id))) {
    const $ = loadPage(input.html, input.url);
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < Math.max(1, config.rounds); r++) {
      best = Math.min(best, timeCall(() => extractMetadata($, { url: input.url })).ms);
    }
    metaMs.set(input.id, best);
  }
  times['newsclean-metadata'] = metaMs;
  collectGarbage();
  return { runs, times };
}

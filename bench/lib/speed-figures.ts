/** Speed summaries and the ratios from per-page times, shared by bench:quality and bench:speed. */
import type { Ratios } from './results.js';
import { summarize, type TimingSummary } from './timing.js';

export const TIMED_ENGINES = [
  'newsclean',
  'newsclean-metadata',
  'readability-linkedom',
  'readability-jsdom',
  'htmlparser2',
  'cheerio-parse5',
  'cheerio-htmlparser2',
] as const;
export type TimedEngine = (typeof TIMED_ENGINES)[number];

export interface SpeedFigures {
  timing: Record<TimedEngine, TimingSummary>;
  ratios: Ratios;
  metadataShare: number;
}

/** Summaries per engine (mean over pages) and the ratios of those means. */
export function speedFigures(times: (engine: TimedEngine) => number[]): SpeedFigures {
  const timing = Object.fromEntries(TIMED_ENGINES.map((e) => [e, summarize(times(e))])) as Record<
    TimedEngine,
    TimingSummary
  >;
  const mean = (e: TimedEngine) => timing[e].meanMs;
  return {
    timing,
    ratios: {
      speedupVsReadabilityLinkedom: mean('readability-linkedom') / mean('newsclean'),
      speedupVsReadabilityJsdom: mean('readability-jsdom') / mean('newsclean'),
      slowdownVsHtmlparser2: mean('newsclean') / mean('htmlparser2'),
      slowdownVsCheerioParse5: mean('newsclean') / mean('cheerio-parse5'),
    },
    metadataShare: mean('newsclean-metadata') / mean('newsclean'),
  };
}

/** One line with the three targets of issue #3. */
export function ratioLine(f: SpeedFigures): string {
  const r = f.ratios;
  return (
    `newsclean ${f.timing.newsclean.meanMs.toFixed(2)} ms/page: ${r.slowdownVsHtmlparser2.toFixed(2)}x htmlparser2 (≤ 3), ` +
    `${r.speedupVsReadabilityLinkedom.toFixed(1)}x faster than Readability+linkedom (≥ 3), ` +
    `${r.speedupVsReadabilityJsdom.toFixed(1)}x than +jsdom (≥ 20); metadata ${(f.metadataShare * 100).toFixed(1)}%`
  );
}

/** Score each dataset's text with its metric, keeping per-page figures for the worst-pages list. */

import { type Page, type ReadabilityTruth, SYNTHETIC_PAGES, type TrafilaturaTruth } from './datasets.js';
import {
  type Confusion,
  documentSnippetF1,
  macroAverage,
  microAverage,
  type PRF,
  snippetCounts,
  tokenScores,
  ZERO_PRF,
} from './metrics.js';
import type { SystemOutput } from './system-output.js';

export interface PageScore {
  id: string;
  f1: number;
  precision: number;
  recall: number;
  failure: string | null;
}

export function scoreTokens(pages: Page<ReadabilityTruth>[], outputs: Map<string, SystemOutput>) {
  const perPage: PageScore[] = pages.map((page) => {
    const out = outputs.get(page.id);
    const s: PRF = out && out.text !== null ? tokenScores(out.text, page.truth.text ?? '') : ZERO_PRF;
    return { id: page.id, ...s, failure: out ? out.failure : 'missing' };
  });
  const real = perPage.filter((p) => !SYNTHETIC_PAGES.has(p.id));
  const synthetic = perPage.filter((p) => SYNTHETIC_PAGES.has(p.id));
  return {
    real: macroAverage(real),
    synthetic: macroAverage(synthetic),
    all: macroAverage(perPage),
    perPage,
  };
}

export function scoreSnippets(pages: Page<TrafilaturaTruth>[], outputs: Map<string, SystemOutput>) {
  const counts: Confusion[] = [];
  const perPage: (PageScore & Confusion)[] = pages.map((page) => {
    const out = outputs.get(page.id);
    const c = snippetCounts(out?.text ?? null, page.truth.with ?? [], page.truth.without ?? []);
    counts.push(c);
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    return {
      id: page.id,
      ...c,
      f1: documentSnippetF1(c),
      precision,
      recall,
      failure: out ? out.failure : 'missing',
    };
  });
  // Diagnostic only: the per-document macro average (upstream publishes none).
  const macroF1 = perPage.length ? perPage.reduce((s, p) => s + p.f1, 0) / perPage.length : 0;
  return { micro: microAverage(counts), macroF1, perPage };
}

/** The `n` lowest-F1 pages (ties by id), for finding regressions. */
export function worstPages<T extends PageScore>(perPage: T[], n = 10): T[] {
  return [...perPage].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, n);
}

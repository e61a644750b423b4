/** Turn one dataset's run into its results section: text and metadata scores, timings, worst pages. */
import { type Page, type ReadabilityTruth, SYNTHETIC_PAGES, type TrafilaturaTruth } from './datasets.js';
import type { DatasetResults, WorstPage } from './results.js';
import { type DatasetRun, SYSTEMS } from './run-systems.js';
import { scoreReadabilityMeta, scoreTrafilaturaMeta } from './score-metadata.js';
import { type PageScore, scoreSnippets, scoreTokens, worstPages } from './score-text.js';
import { summarize } from './timing.js';

function failuresOf(run: DatasetRun): DatasetResults['failures'] {
  const failures: DatasetResults['failures'] = {};
  for (const system of SYSTEMS) {
    const list = [...run.outputs[system]].flatMap(([id, o]) =>
      o.failure ? [{ id, failure: o.failure }] : [],
    );
    if (list.length) failures[system] = list;
  }
  return failures;
}

function timingOf(run: DatasetRun): DatasetResults['timing'] {
  const timing: DatasetResults['timing'] = {};
  for (const [name, times] of Object.entries(run.times))
    if (times) timing[name] = summarize([...times.values()]);
  return timing;
}

function withMs(run: DatasetRun, pages: PageScore[]): WorstPage[] {
  const ms = run.times.newsclean;
  return pages.map((p) => ({
    id: p.id,
    f1: p.f1,
    precision: p.precision,
    recall: p.recall,
    ms: ms?.get(p.id) ?? null,
    failure: p.failure,
  }));
}

function common(run: DatasetRun, perPage: PageScore[]) {
  const slowest = [...(run.times.newsclean ?? new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([id, ms]) => ({ id, ms }));
  return {
    timing: timingOf(run),
    // Synthetic unit cases are reported apart, so they do not crowd out real regressions here.
    worst: withMs(
      run,
      worstPages(
        perPage.filter((p) => !SYNTHETIC_PAGES.has(p.id)),
        10,
      ),
    ),
    slowest,
    failures: failuresOf(run),
    pages: withMs(run, perPage),
  };
}

export function collectTrafilatura(pages: Page<TrafilaturaTruth>[], run: DatasetRun): DatasetResults {
  const text: DatasetResults['text'] = {};
  const metadata: DatasetResults['metadata'] = {};
  let ours: PageScore[] = [];
  for (const system of SYSTEMS) {
    const s = scoreSnippets(pages, run.outputs[system]);
    text[system] = { ...s.micro, macroF1: s.macroF1 };
    if (system === 'newsclean') ours = s.perPage;
    if (system !== 'visible-text') metadata[system] = scoreTrafilaturaMeta(pages, run.outputs[system]);
  }
  return { documents: pages.length, meanKb: run.meanKb, text, metadata, ...common(run, ours) };
}

export function collectReadability(pages: Page<ReadabilityTruth>[], run: DatasetRun): DatasetResults {
  const text: DatasetResults['text'] = {};
  const metadata: DatasetResults['metadata'] = {};
  let ours: PageScore[] = [];
  for (const system of SYSTEMS) {
    const s = scoreTokens(pages, run.outputs[system]);
    text[system] = { real: s.real, synthetic: s.synthetic, all: s.all };
    if (system === 'newsclean') ours = s.perPage;
    if (system !== 'visible-text') metadata[system] = scoreReadabilityMeta(pages, run.outputs[system]);
  }
  return { documents: pages.length, meanKb: run.meanKb, text, metadata, ...common(run, ours) };
}

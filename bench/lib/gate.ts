/**
 * The quality gate's measurement, shared by `test/quality-gate.test.ts` and `npm run bench:gate`: a
 * fixed slice of each dataset through the built CLI (one process per dataset, so it stays fast),
 * scored with the bench's own metric code, compared against the floors in bench/gate-floors.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gateSlice, loadDataset, type ReadabilityTruth, type TrafilaturaTruth } from './datasets.js';
import { macroAverage, microAverage, snippetCounts, tokenScores, ZERO_PRF } from './metrics.js';
import { type CliOutcome, parseAllPages } from './run-cli.js';
import { scoreReadabilityMeta, scoreTrafilaturaMeta } from './score-metadata.js';
import { recordOutput } from './system-output.js';

export const FLOORS_PATH = fileURLToPath(new URL('../gate-floors.json', import.meta.url));

/** Pages per dataset in the slice. */
export const SLICE_SIZE = 40;

/** The figures the gate holds: name → value (all "higher is better", in 0..1). */
export type GateFigures = Record<string, number>;

export interface GateFloors {
  sliceSize: number;
  /** How far under the measured figure `--update` sets each floor. */
  margin: number;
  measuredAt: string;
  measured: GateFigures;
  floors: GateFigures;
}

export interface GateMeasurement {
  figures: GateFigures;
  failures: { dataset: string; id: string; failure: string }[];
}

/** Run the slice through the CLI and score it. `dir` is the bench datasets folder. */
export async function measureGate(dir: string, timeoutMs = 60_000): Promise<GateMeasurement> {
  const traf = gateSlice(loadDataset<TrafilaturaTruth>('trafilatura-eval', dir).pages, SLICE_SIZE);
  const read = gateSlice(loadDataset<ReadabilityTruth>('readability-pages', dir).pages, SLICE_SIZE);
  const [trafOut, readOut] = await Promise.all([
    parseAllPages(traf, { timeoutMs }),
    parseAllPages(read, { timeoutMs }),
  ]);
  const failures: GateMeasurement['failures'] = [];
  for (const [dataset, outcomes] of [
    ['trafilatura-eval', trafOut],
    ['readability-pages', readOut],
  ] as const) {
    for (const [id, o] of outcomes) if (o.failure) failures.push({ dataset, id, failure: o.failure });
  }
  const snippets = microAverage(
    traf.map((p) => snippetCounts(trafOut.get(p.id)?.record?.text ?? null, p.truth.with, p.truth.without)),
  );
  const tokens = macroAverage(
    read.map((p) => {
      const text = readOut.get(p.id)?.record?.text;
      return text === undefined ? ZERO_PRF : tokenScores(text, p.truth.text);
    }),
  );
  // Metadata is scored by the bench's own per-field checks, on the same records.
  const toOutputs = (outcomes: Map<string, CliOutcome>) =>
    new Map([...outcomes].map(([id, outcome]) => [id, recordOutput(outcome)]));
  const trafMeta = scoreTrafilaturaMeta(traf, toOutputs(trafOut));
  const readMeta = scoreReadabilityMeta(read, toOutputs(readOut));
  const figures: GateFigures = {
    'trafilatura-eval.snippetF1': snippets.f1,
    'trafilatura-eval.snippetPrecision': snippets.precision,
    'trafilatura-eval.snippetRecall': snippets.recall,
    'trafilatura-eval.titleAccuracy': trafMeta.title.accuracy,
    'trafilatura-eval.authorAccuracy': trafMeta.author.accuracy,
    'trafilatura-eval.dateAccuracy': trafMeta.date.accuracy,
    'readability-pages.tokenF1': tokens.f1,
    'readability-pages.tokenPrecision': tokens.precision,
    'readability-pages.tokenRecall': tokens.recall,
    'readability-pages.titleAccuracy': readMeta.title.accuracy,
    'readability-pages.bylineAccuracy': readMeta.byline.accuracy,
  };
  return { figures, failures };
}

export function readFloors(path: string = FLOORS_PATH): GateFloors {
  return JSON.parse(readFileSync(path, 'utf8')) as GateFloors;
}

/**
 * The figures that get a floor. Precision and recall are measured for the record only: a change
 * may trade one for the other as long as F1 holds.
 */
export const GATED = [
  'trafilatura-eval.snippetF1',
  'trafilatura-eval.titleAccuracy',
  'trafilatura-eval.authorAccuracy',
  'trafilatura-eval.dateAccuracy',
  'readability-pages.tokenF1',
  'readability-pages.titleAccuracy',
  'readability-pages.bylineAccuracy',
] as const;

/** Floors a little under the measured figures (rounded down to 3 decimals), never below 0. */
export function floorsFrom(measured: GateFigures, margin: number): GateFigures {
  return Object.fromEntries(
    GATED.map((k) => [k, Math.max(0, Math.floor(((measured[k] ?? 0) - margin) * 1000) / 1000)]),
  );
}

/** Figures that fell under their floor. */
export function belowFloor(
  figures: GateFigures,
  floors: GateFigures,
): { name: string; value: number; floor: number }[] {
  return Object.entries(floors).flatMap(([name, floor]) => {
    const value = figures[name] ?? 0;
    return value < floor ? [{ name, value, floor }] : [];
  });
}

/** The shape of bench/results/quality.json, shared by the bench that writes it and the report. */
import type { FieldScore } from './score-metadata.js';
import type { TimingSummary } from './timing.js';

export interface WorstPage {
  id: string;
  f1: number;
  precision: number;
  recall: number;
  ms: number | null;
  failure: string | null;
}

export interface SnippetFigures {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  macroF1: number;
}

export interface TokenFigures {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DatasetResults {
  documents: number;
  /** Mean page size in KB (the speed targets were measured on pages averaging 170 KB). */
  meanKb: number;
  /** trafilatura-eval: snippet figures; readability-pages: token figures for real/synthetic/all. */
  text: Record<string, SnippetFigures | { real: TokenFigures; synthetic: TokenFigures; all: TokenFigures }>;
  metadata: Record<string, Record<string, FieldScore>>;
  timing: Record<string, TimingSummary>;
  worst: WorstPage[];
  slowest: { id: string; ms: number }[];
  failures: Record<string, { id: string; failure: string }[]>;
  pages: WorstPage[];
}

export interface Ratios {
  /** Readability+linkedom mean ms ÷ newsclean mean ms (higher is better; target ≥ 3). */
  speedupVsReadabilityLinkedom: number;
  /** Readability+jsdom mean ms ÷ newsclean mean ms (target ≥ 20). */
  speedupVsReadabilityJsdom: number;
  /** newsclean mean ms ÷ bare htmlparser2 parse mean ms (lower is better; target ≤ 3). */
  slowdownVsHtmlparser2: number;
  /** newsclean mean ms ÷ cheerio (parse5) load mean ms. */
  slowdownVsCheerioParse5: number;
}

export interface Invariants {
  recordsChecked: number;
  violations: { dataset: string; id: string; field: string; value: string; problem: string }[];
}

export interface QualityResults {
  generatedAt: string;
  machine: { cpu: string; cores: number; node: string; platform: string };
  config: {
    benchDir: string;
    cliMode: string;
    concurrency: number;
    timeoutMs: number;
    warmup: number;
    rounds: number;
    budgetMs: number;
  };
  datasets: Record<string, DatasetResults>;
  speed: { timing: Record<string, TimingSummary>; ratios: Ratios; pagesOver1s: { id: string; ms: number }[] };
  metadataCost: { meanMetadataMs: number; meanExtractMs: number; share: number };
  invariants: Invariants;
}

/**
 * The two text metrics of ../shared/bench/README.md, implemented exactly as defined there. Shared by
 * the bench (`bench/quality.ts`), the gate script and the quality-gate test, so all three agree.
 */

/** Split on `\s+` (which includes NBSP), dropping empty tokens. NFC on both sides is allowed. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Token P/R/F1 of one document: bag-of-words overlap, case-sensitive, punctuation kept. */
export function tokenScores(output: string, truth: string): PRF {
  const out = tokenize(output);
  const ref = tokenize(truth);
  if (out.length === 0 && ref.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (out.length === 0 || ref.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const bag = new Map<string, number>();
  for (const t of ref) bag.set(t, (bag.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of out) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      bag.set(t, n - 1);
    }
  }
  const precision = overlap / out.length;
  const recall = overlap / ref.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A crash or missing record scores 0 on all three. */
export const ZERO_PRF: PRF = { precision: 0, recall: 0, f1: 0 };

/** Macro average: the mean of per-document P, R and F1. */
export function macroAverage(docs: PRF[]): PRF & { documents: number } {
  const n = docs.length;
  const mean = (pick: (d: PRF) => number) => (n === 0 ? 0 : docs.reduce((s, d) => s + pick(d), 0) / n);
  return {
    precision: mean((d) => d.precision),
    recall: mean((d) => d.recall),
    f1: mean((d) => d.f1),
    documents: n,
  };
}

/** Whitespace normalisation of upstream trafilatura's `norm`: every `\s+` run → one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * Snippet confusion counts of one document. A snippet matches when it is a case-sensitive substring
 * of the normalised output; no Unicode normalisation (upstream does none). A crash or empty output
 * (pass `null` or '') finds nothing: all `with` are FN, all `without` TN.
 */
export function snippetCounts(output: string | null, withSnippets: string[], withoutSnippets: string[]) {
  const text = output === null ? '' : normalizeSpace(output);
  const found = (s: string) => text.length > 0 && text.includes(normalizeSpace(s));
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of withSnippets) {
    if (found(s)) c.tp++;
    else c.fn++;
  }
  for (const s of withoutSnippets) {
    if (found(s)) c.fp++;
    else c.tn++;
  }
  return c;
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

export interface SnippetScores extends PRF {
  accuracy: number;
}

/** Scores from confusion counts; each is 0 when its denominator is 0 (as upstream). */
export function snippetScores(c: Confusion): SnippetScores {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
  };
}

/** Micro average: sum the counts over all documents, then score once. */
export function microAverage(docs: Confusion[]): SnippetScores & Confusion & { documents: number } {
  const sum: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const d of docs) {
    sum.tp += d.tp;
    sum.fp += d.fp;
    sum.fn += d.fn;
    sum.tn += d.tn;
  }
  return { ...sum, ...snippetScores(sum), documents: docs.length };
}

/**
 * Per-document snippet F1 for ranking worst pages (a diagnostic; upstream publishes none). A page
 * with no `with` snippets and no false positives counts as perfect.
 */
export function documentSnippetF1(c: Confusion): number {
  const den = 2 * c.tp + c.fp + c.fn;
  return den === 0 ? 1 : (2 * c.tp) / den;
}

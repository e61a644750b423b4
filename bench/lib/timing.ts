/** Timing helpers: per-page wall time with warm-up, and summary statistics. */
import { performance } from 'node:perf_hooks';

export interface TimingSummary {
  pages: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(ms: number[]): TimingSummary {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.length ? ms.reduce((s, x) => s + x, 0) / ms.length : 0;
  return {
    pages: ms.length,
    meanMs: mean,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

/** Collect garbage between engines when node runs with --expose-gc, so one engine's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export interface TimedRun<R> {
  ms: number;
  result: R | null;
  error: string | null;
}

/** Time one call; an exception is caught and reported, never thrown. */
export function timeCall<R>(fn: () => R): TimedRun<R> {
  const start = performance.now();
  try {
    const result = fn();
    return { ms: performance.now() - start, result, error: null };
  } catch (err) {
    return { ms: performance.now() - start, result: null, error: String((err as Error)?.message ?? err) };
  }
}

/**
 * Time several engines over the same inputs, interleaved: for each input every engine runs in turn
 * (after a garbage collection per input, when exposed), so a burst of load on the shared machine or another
 * engine's garbage hits all engines alike and the same-run ratios stay fair. First `warmup` inputs
 * run untimed through every engine to let the JIT settle; then each input runs `reps` times per
 * engine, keeping the fastest run.
 */
export function timeInterleaved<I, N extends string>(
  inputs: I[],
  engines: Record<N, (input: I) => unknown>,
  options: { warmup: number; reps: number; skip?: (name: N, input: I) => boolean },
): Record<N, (TimedRun<unknown> | null)[]> {
  const names = Object.keys(engines) as N[];
  for (const input of inputs.slice(0, options.warmup)) {
    for (const name of names) if (!options.skip?.(name, input)) timeCall(() => engines[name](input));
  }
  const runs = Object.fromEntries(names.map((n) => [n, [] as (TimedRun<unknown> | null)[]])) as Record<
    N,
    (TimedRun<unknown> | null)[]
  >;
  for (const input of inputs) {
    // Once per page: a full GC before every call costs more than the calls on big heaps.
    collectGarbage();
    for (const name of names) {
      if (options.skip?.(name, input)) {
        runs[name].push(null);
        continue;
      }
      let best = timeCall(() => engines[name](input));
      for (let r = 1; r < options.reps; r++) {
        const run = timeCall(() => engines[name](input));
        if (run.ms < best.ms) best = { ...run, result: best.result };
      }
      runs[name].push(best);
    }
  }
  return runs;
}

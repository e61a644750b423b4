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
 * Time several engines over the same inputs, one engine at a time: a garbage collection (when
 * exposed), `warmup` untimed inputs to let the JIT settle, then every input in turn. Interleaving
 * engines page by page looked fairer under load but was not: each engine then ran with the caches
 * and heap another engine had just churned (a bare htmlparser2 parse measured 2x slower than
 * cheerio on htmlparser2, which does strictly more). With `reps` > 1 the engine order is reversed on
 * every other pass, so slow drift in machine load hits all engines alike; each input keeps its
 * fastest run.
 */
export function timeByEngine<I, N extends string>(
  inputs: I[],
  engines: Record<N, (input: I) => unknown>,
  options: { warmup: number; reps: number; skip?: (name: N, input: I) => boolean },
): Record<N, (TimedRun<unknown> | null)[]> {
  const names = Object.keys(engines) as N[];
  const runs = Object.fromEntries(
    names.map((n) => [n, inputs.map(() => null) as (TimedRun<unknown> | null)[]]),
  ) as Record<N, (TimedRun<unknown> | null)[]>;
  for (let rep = 0; rep < Math.max(1, options.reps); rep++) {
    const order = rep % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      collectGarbage();
      const usable = (input: I) => !options.skip?.(name, input);
      for (const input of inputs.filter(usable).slice(0, options.warmup))
        timeCall(() => engines[name](input));
      inputs.forEach((input, k) => {
        if (!usable(input)) return;
        const run = timeCall(() => engines[name](input));
        const best = runs[name][k];
        // Keep the first run's result (for scoring) and the fastest time.
        if (!best) runs[name][k] = run;
        else if (run.ms < best.ms) runs[name][k] = { ...best, ms: run.ms };
      });
    }
  }
  return runs;
}

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
 * Run `fn` over every input: first `warmup` untimed calls (to let the JIT settle), then each input
 * `reps` times, keeping the fastest run (the least disturbed by the shared machine).
 */
export function timeEach<I, R>(
  inputs: I[],
  fn: (input: I) => R,
  options: { warmup: number; reps: number },
): TimedRun<R>[] {
  for (let i = 0; i < Math.min(options.warmup, inputs.length); i++) timeCall(() => fn(inputs[i]!));
  collectGarbage();
  return inputs.map((input) => {
    let best = timeCall(() => fn(input));
    for (let r = 1; r < options.reps; r++) {
      const run = timeCall(() => fn(input));
      if (run.ms < best.ms) best = run;
    }
    return best;
  });
}

/** Timing helpers: per-page time (wall or CPU clock) with warm-up, interleaving, and summary statistics. */

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

/** Collect garbage when node runs with --expose-gc, so garbage from before the timing is not billed to it. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export interface TimedRun<R> {
  /** Milliseconds the call took on {@link BENCH_CLOCK} (see {@link timeCall}). */
  ms: number;
  result: R | null;
  error: string | null;
}

/**
 * Which clock times a call. Wall time (the default) is what a user waits for, and what the issue's
 * reference figures are; on a quiet machine it is also the steadier. On a shared, loaded machine a
 * 20 ms extraction is preempted on most runs while a 2 ms parse slips through between other
 * processes, so wall-clock ratios grow with the load (newsclean/htmlparser2 3.1x idle, 5.0x at load
 * 7 on 2 cores): NEWSCLEAN_BENCH_CLOCK=cpu then times in process CPU time (user + system, which also
 * bills the engine's own garbage collection on V8's helper threads).
 */
export const BENCH_CLOCK: 'wall' | 'cpu' = process.env.NEWSCLEAN_BENCH_CLOCK === 'cpu' ? 'cpu' : 'wall';

type Mark = number | NodeJS.CpuUsage;

function mark(): Mark {
  return BENCH_CLOCK === 'cpu' ? process.cpuUsage() : performance.now();
}

function msSince(start: Mark): number {
  if (typeof start === 'number') return performance.now() - start;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Time one call on {@link BENCH_CLOCK}. An exception is caught and reported, never thrown. */
export function timeCall<R>(fn: () => R): TimedRun<R> {
  const start = mark();
  try {
    const result = fn();
    return { ms: msSince(start), result, error: null };
  } catch (err) {
    return { ms: msSince(start), result: null, error: String((err as Error)?.message ?? err) };
  }
}

/** How {@link timeInterleaved} repeats and warms up. */
export interface InterleaveOptions<I, N extends string> {
  /** Inputs run through every engine, untimed, before timing starts (JIT and caches settle). */
  warmup: number;
  /** Timed runs per engine and input, at most; their mean counts. */
  rounds: number;
  /**
   * Stop repeating an engine on an input once its runs there add up to this many ms: a 200 ms
   * Readability+jsdom page gains nothing from a second run (a few ms of noise is 1%), while a 3 ms
   * parse needs the repeats to shed a stray scavenge or preemption.
   */
  budgetMs: number;
  skip?: (name: NoInfer<N>, input: I) => boolean;
  /**
   * Engines whose results the caller needs (for scoring); the others' results are dropped at once,
   * so hundreds of parsed DOMs do not pile up in the heap and slow every later collection.
   */
  keep: readonly NoInfer<N>[];
}

/**
 * Time several engines over the same inputs, interleaved: for each input, every engine in turn,
 * `rounds` times, the engine order rotated by one per input and reversed on every other round. Slow
 * drift in machine load (other processes on a shared box) then hits all engines alike instead of
 * whichever engine had the bad minute, which is what made one-engine-at-a-time ratios swing by 30%.
 * Each input keeps the mean of its runs per engine, and the result of that engine's first run (for
 * scoring). The mean, not the fastest run: with CPU time there is no preemption to shed, and the
 * fastest of three runs dropped the scavenges a 2 ms parse's garbage triggers on some later run
 * (often another engine's) while a 10 ms extraction pays one in every run, so best-of-3 flattered
 * the short engines (bare parse 3.55 -> 2.63 ms, extraction unchanged). One full garbage collection (when
 * node runs with --expose-gc) precedes the timing, none within it: a forced collection per page made
 * every engine 3-6x slower for the page after it (measured over 30 pages), far from its real speed.
 */
export function timeInterleaved<I, N extends string>(
  inputs: I[],
  engines: Record<N, (input: I) => unknown>,
  options: InterleaveOptions<I, N>,
): Record<N, (TimedRun<unknown> | null)[]> {
  const names = Object.keys(engines) as N[];
  const usable = (name: N, input: I) => !options.skip?.(name, input);
  for (const input of inputs.slice(0, options.warmup)) {
    for (const name of names) if (usable(name, input)) timeCall(() => engines[name](input));
  }
  const runs = Object.fromEntries(
    names.map((n) => [n, inputs.map(() => null) as (TimedRun<unknown> | null)[]]),
  ) as Record<N, (TimedRun<unknown> | null)[]>;
  collectGarbage();
  inputs.forEach((input, k) => {
    const rotated = names.map((_, i) => names[(i + k) % names.length]!);
    const total = new Map<N, number>();
    const count = new Map<N, number>();
    for (let round = 0; round < Math.max(1, options.rounds); round++) {
      const order = round % 2 === 0 ? rotated : [...rotated].reverse();
      for (const name of order) {
        if (!usable(name, input) || (total.get(name) ?? 0) >= options.budgetMs) continue;
        const run = timeCall(() => engines[name](input));
        if (!options.keep.includes(name)) run.result = null;
        runs[name][k] ??= run;
        total.set(name, (total.get(name) ?? 0) + run.ms);
        count.set(name, (count.get(name) ?? 0) + 1);
      }
    }
    for (const [name, ms] of total) runs[name][k] = { ...runs[name][k]!, ms: ms / count.get(name)! };
  });
  return runs;
}

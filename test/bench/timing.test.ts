import { describe, expect, it } from 'vitest';
import { speedFigures } from '../../bench/lib/speed-figures.js';
import { timeInterleaved } from '../../bench/lib/timing.js';

describe('timeInterleaved', () => {
  it('runs every engine on a page before the next page, rotating the order per page', () => {
    const calls: string[] = [];
    const engine = (name: string) => (page: number) => calls.push(`${name}${page}`);
    timeInterleaved(
      [0, 1, 2],
      { a: engine('a'), b: engine('b'), c: engine('c') },
      {
        warmup: 0,
        rounds: 1,
        budgetMs: 1000,
        keep: [],
      },
    );
    expect(calls).toEqual(['a0', 'b0', 'c0', 'b1', 'c1', 'a1', 'c2', 'a2', 'b2']);
  });

  it('warms up untimed, repeats up to `rounds` (reversed order every other round) and keeps the first result', () => {
    const calls: string[] = [];
    let n = 0;
    const runs = timeInterleaved(
      ['p', 'q'],
      {
        a: (page: string) => {
          calls.push(`a${page}`);
          return ++n;
        },
        b: (page: string) => calls.push(`b${page}`),
      },
      { warmup: 1, rounds: 2, budgetMs: 1000, keep: ['a'] },
    );
    expect(calls).toEqual(['ap', 'bp', 'ap', 'bp', 'bp', 'ap', 'bq', 'aq', 'aq', 'bq']);
    expect(runs.a.map((r) => r?.result)).toEqual([2, 4]);
    // Results not kept are dropped so parsed documents do not pile up in the heap.
    expect(runs.b.map((r) => r?.result)).toEqual([null, null]);
  });

  it('stops repeating an engine once its runs on a page use up the budget, and skips what it is told to', () => {
    const calls: string[] = [];
    // Milliseconds in tens, not ones: a GC pause on a loaded machine once used up a 2 ms budget
    // on the fast engine's first call, which is not what this test is about.
    const slow = (page: string) => {
      calls.push(`slow${page}`);
      const end = performance.now() + 30;
      while (performance.now() < end);
    };
    const runs = timeInterleaved(
      ['x', 'y'],
      { slow, fast: (page: string) => calls.push(`fast${page}`) },
      { warmup: 0, rounds: 3, budgetMs: 20, keep: [], skip: (name, page) => name === 'fast' && page === 'y' },
    );
    expect(calls.filter((c) => c.startsWith('slow'))).toEqual(['slowx', 'slowy']);
    expect(calls.filter((c) => c === 'fastx')).toHaveLength(3);
    expect(runs.fast[1]).toBeNull();
    expect(runs.slow[0]!.ms).toBeGreaterThanOrEqual(25);
    expect(runs.fast[0]!.ms).toBeLessThan(25);
  });

  it('reports a crash as an error instead of throwing', () => {
    const runs = timeInterleaved(
      [1],
      {
        bad: () => {
          throw new Error('boom');
        },
      },
      { warmup: 0, rounds: 1, budgetMs: 10, keep: ['bad'] },
    );
    expect(runs.bad[0]!.error).toBe('boom');
  });
});

describe('speedFigures', () => {
  it('divides the engines’ mean times for the ratios and the metadata share', () => {
    const ms: Record<string, number[]> = {
      newsclean: [10, 14],
      'newsclean-metadata': [1, 2],
      'readability-linkedom': [40, 44],
      'readability-jsdom': [240, 264],
      htmlparser2: [4, 4],
      'cheerio-parse5': [12, 12],
      'cheerio-htmlparser2': [5, 5],
    };
    const f = speedFigures((e) => ms[e]!);
    expect(f.ratios.slowdownVsHtmlparser2).toBeCloseTo(3);
    expect(f.ratios.speedupVsReadabilityLinkedom).toBeCloseTo(3.5);
    expect(f.ratios.speedupVsReadabilityJsdom).toBeCloseTo(21);
    expect(f.ratios.slowdownVsCheerioParse5).toBeCloseTo(1);
    expect(f.metadataShare).toBeCloseTo(0.125);
  });
});

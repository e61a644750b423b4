import { describe, expect, it } from 'vitest';
import {
  documentSnippetF1,
  macroAverage,
  microAverage,
  normalizeSpace,
  snippetCounts,
  tokenize,
  tokenScores,
} from '../../bench/lib/metrics.js';

describe('tokenize', () => {
  it('splits on any whitespace including NBSP and drops empty tokens', () => {
    expect(tokenize('  a\u00a0b\n\nc\t d ')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps case and punctuation', () => {
    expect(tokenize('Hello, world.')).toEqual(['Hello,', 'world.']);
  });
  it('applies NFC so composed and decomposed forms are the same token', () => {
    expect(tokenize('gepru\u0308ft')).toEqual(['geprüft']);
  });
});

describe('tokenScores', () => {
  it('scores a perfect match as 1', () => {
    expect(tokenScores('a b c', 'a  b\nc')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('uses a multiset overlap: repeated output tokens count only as often as the truth has them', () => {
    // output a a a b (4), truth a b c (3): overlap a,b = 2
    const s = tokenScores('a a a b', 'a b c');
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });
  it('is case-sensitive', () => {
    expect(tokenScores('The', 'the').f1).toBe(0);
  });
  it('gives 1 when both are empty and 0 when only one is', () => {
    expect(tokenScores(' ', '').f1).toBe(1);
    expect(tokenScores('', 'a b')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenScores('a b', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('macroAverage', () => {
  it('averages per-document figures and reports the count', () => {
    const m = macroAverage([
      { precision: 1, recall: 0.5, f1: 0.6 },
      { precision: 0, recall: 0, f1: 0 },
    ]);
    expect(m).toEqual({ precision: 0.5, recall: 0.25, f1: 0.3, documents: 2 });
  });
  it('is 0 over no documents', () => {
    expect(macroAverage([]).f1).toBe(0);
  });
});

describe('snippet metric', () => {
  it('normalises whitespace runs to one space and trims', () => {
    expect(normalizeSpace('  a \n\t b  ')).toBe('a b');
  });
  it('matches snippets as case-sensitive substrings of the normalised output', () => {
    const c = snippetCounts('The quick\n\nbrown fox jumps.', ['quick brown', 'Fox'], ['jumps.', 'menu']);
    expect(c).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
  });
  it('normalises the snippets too', () => {
    expect(snippetCounts('a b c', [' a\n b '], []).tp).toBe(1);
  });
  it('does no Unicode normalisation (upstream does none)', () => {
    expect(snippetCounts('gepru\u0308ft', ['geprüft'], []).tp).toBe(0);
  });
  it('treats a crash (null) or empty output as finding nothing', () => {
    expect(snippetCounts(null, ['a'], ['b'])).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
    expect(snippetCounts('   ', ['a'], ['b'])).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });
  it('an empty snippet never matches an empty output', () => {
    expect(snippetCounts('', [''], []).tp).toBe(0);
  });
  it('micro-averages by summing counts over documents', () => {
    const m = microAverage([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 0, fp: 0, fn: 2, tn: 2 },
    ]);
    expect(m.tp).toBe(3);
    expect(m.precision).toBeCloseTo(3 / 4);
    expect(m.recall).toBeCloseTo(3 / 5);
    expect(m.f1).toBeCloseTo(6 / (6 + 1 + 2));
    expect(m.accuracy).toBeCloseTo(7 / 10);
    expect(m.documents).toBe(2);
  });
  it('gives 0 for a ratio whose denominator is 0', () => {
    const m = microAverage([{ tp: 0, fp: 0, fn: 0, tn: 0 }]);
    expect([m.precision, m.recall, m.f1, m.accuracy]).toEqual([0, 0, 0, 0]);
  });
  it('ranks a document by its own snippet F1', () => {
    expect(documentSnippetF1({ tp: 1, fp: 1, fn: 0, tn: 0 })).toBeCloseTo(2 / 3);
    expect(documentSnippetF1({ tp: 0, fp: 0, fn: 0, tn: 3 })).toBe(1);
  });
});

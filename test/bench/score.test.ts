import { describe, expect, it } from 'vitest';
import type { Page, ReadabilityTruth, TrafilaturaTruth } from '../../bench/lib/datasets.js';
import { scoreReadabilityMeta, scoreTrafilaturaMeta } from '../../bench/lib/score-metadata.js';
import { scoreSnippets, scoreTokens, worstPages } from '../../bench/lib/score-text.js';
import { EMPTY_META, failed, type SystemOutput } from '../../bench/lib/system-output.js';

const readTruth = (text: string, extra: Partial<ReadabilityTruth> = {}): ReadabilityTruth => ({
  title: null,
  byline: null,
  excerpt: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  text,
  ...extra,
});
const page = <T>(id: string, truth: T): Page<T> => ({ id, path: `${id}.html`, truth });
const ok = (text: string, meta: Partial<typeof EMPTY_META> = {}): SystemOutput => ({
  text,
  failure: null,
  meta: { ...EMPTY_META, ...meta },
});

describe('scoreTokens', () => {
  it('scores a failed page 0, reports synthetic pages apart, and keeps the failure per page', () => {
    const pages = [page('a', readTruth('x y')), page('b', readTruth('x y')), page('ol', readTruth('1 2'))];
    const outputs = new Map([
      ['a', ok('x y')],
      ['b', failed('timeout')],
      ['ol', ok('1 2')],
    ]);
    const s = scoreTokens(pages, outputs);
    expect(s.real).toMatchObject({ f1: 0.5, documents: 2 });
    expect(s.synthetic).toMatchObject({ f1: 1, documents: 1 });
    expect(s.all.documents).toBe(3);
    expect(worstPages(s.perPage, 1)).toMatchObject([{ id: 'b', f1: 0, failure: 'timeout' }]);
  });
});

describe('scoreSnippets', () => {
  it('micro-averages over pages, a missing output finding nothing', () => {
    const t = (w: string[], wo: string[]): TrafilaturaTruth => ({
      url: null,
      key: 'k',
      with: w,
      without: wo,
    });
    const pages = [page('a', t(['alpha'], ['menu'])), page('b', t(['beta'], []))];
    const s = scoreSnippets(pages, new Map([['a', ok('alpha menu')]]));
    expect(s.micro).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0, documents: 2 });
    expect(s.perPage.find((p) => p.id === 'b')?.failure).toBe('missing');
  });
});

describe('metadata scoring', () => {
  it('counts only pages whose truth has the field and compares names with a byline', () => {
    const pages = [
      page('a', readTruth('', { title: 'T', byline: 'Ann Lee and Bo Ng', lang: 'en-US' })),
      page('b', readTruth('', { title: 'U' })),
    ];
    const outputs = new Map([
      ['a', ok('', { title: ' T ', authors: ['Ann Lee', 'Bo Ng'], language: 'en' })],
      ['b', ok('', { title: 'wrong' })],
    ]);
    const m = scoreReadabilityMeta(pages, outputs);
    expect(m.title).toEqual({ correct: 1, total: 2, accuracy: 0.5, misses: ['b'] });
    expect(m.byline).toEqual({ correct: 1, total: 1, accuracy: 1, misses: [] });
    expect(m.lang.total).toBe(1);
    expect(m.siteName).toEqual({ correct: 0, total: 0, accuracy: 0, misses: [] });
  });

  it("compares a byline string with trafilatura's '; '-joined authors, and tags by items found", () => {
    const t: TrafilaturaTruth = {
      url: null,
      key: 'k',
      with: [],
      without: [],
      author: ['A B', 'C D'],
      tags: ['x', 'y'],
      date: '2020-01-08',
    };
    const readabilityLike = ok('', { byline: 'A B; C D', publishedAt: '2020-01-08T10:00:00+01:00' });
    const ours = ok('', { authors: ['A B'], tags: ['X'] });
    const m1 = scoreTrafilaturaMeta([page('p', t)], new Map([['p', readabilityLike]]));
    const m2 = scoreTrafilaturaMeta([page('p', t)], new Map([['p', ours]]));
    expect([m1.author.accuracy, m1.date.accuracy, m1.tags.accuracy]).toEqual([1, 1, 0]);
    expect([m2.author.accuracy, m2.date.accuracy]).toEqual([0, 0]);
    expect(m2.tags).toMatchObject({ correct: 1, total: 2, pages: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { createExtractor, workerCount } from '../../src/batch/extract-pool.js';
import type { FetchedPage } from '../../src/fetch/types.js';
import { articlePage } from './pages.js';

const page = (inputUrl: string): FetchedPage => ({
  inputUrl,
  finalUrl: inputUrl,
  status: 200,
  headers: { 'content-type': 'text/html' },
  html: articlePage('pool'),
  encoding: 'utf-8',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  redirects: [],
});
const options = { extract: { explain: false, include: [] } };

describe('createExtractor', () => {
  it('gives the same record on the main thread and in a worker (compiled dist/)', async () => {
    const main = await createExtractor(0, options);
    const pool = await createExtractor(1, options);
    try {
      const a = await main.run(page('http://x.test/a'));
      const b = await pool.run(page('http://x.test/a'));
      expect(b).toEqual(a);
      expect(a).toMatchObject({ title: 'Story pool', source: 'http://x.test/a' });
    } finally {
      await Promise.all([main.close(), pool.close()]);
    }
  });

  it('turns a worker that throws or dies into an error record for that page only', async () => {
    const workerFile = new URL('./crash-worker.mjs', import.meta.url).href;
    const pool = await createExtractor(1, options, workerFile);
    try {
      const results = await Promise.all(
        ['http://x.test/throw', 'http://x.test/exit', 'http://x.test/fine'].map((u) => pool.run(page(u))),
      );
      expect(results[0]).toMatchObject({ source: 'http://x.test/throw', error: { code: 'extract' } });
      expect(results[1]).toMatchObject({ source: 'http://x.test/exit', error: { code: 'extract' } });
      expect(results[2]).toEqual({ source: 'http://x.test/fine' });
      // The pool replaced the dead worker and keeps going.
      expect(await pool.run(page('http://x.test/later'))).toEqual({ source: 'http://x.test/later' });
    } finally {
      await pool.close();
    }
  });

  it('defaults to one worker per core', () => {
    expect(workerCount(null)).toBeGreaterThan(0);
    expect(workerCount(0)).toBe(0);
    expect(workerCount(3)).toBe(3);
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createExtractor, workerCount } from '../../src/batch/extract-pool.js';
import type { FetchedBody } from '../../src/fetch/types.js';
import { articlePage } from './pages.js';

const page = (inputUrl: string, body: Buffer = Buffer.from(articlePage('pool'))): FetchedBody => ({
  inputUrl,
  finalUrl: inputUrl,
  status: 200,
  headers: { 'content-type': 'text/html' },
  body,
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

  it('decodes the body in the worker as on the main thread (windows-1251)', async () => {
    const html = articlePage('Новости дня').replace('charset="utf-8"', 'charset="windows-1251"');
    const main = await createExtractor(0, options);
    const pool = await createExtractor(1, options);
    try {
      const a = await main.run(page('http://x.test/ru', iconv.encode(html, 'windows-1251')));
      const b = await pool.run(page('http://x.test/ru', iconv.encode(html, 'windows-1251')));
      expect(b).toEqual(a);
      expect(a).toMatchObject({ title: 'Story Новости дня' });
    } finally {
      await Promise.all([main.close(), pool.close()]);
    }
  });

  it('copies a body that is a view into a larger buffer before moving it to the worker', async () => {
    const pool = await createExtractor(1, options);
    try {
      // Bodies can share an ArrayBuffer (Node slices small Buffers out of a shared pool): moving the
      // whole buffer would empty the rest of it.
      const html = Buffer.from(articlePage('view'));
      const whole = Buffer.concat([html, Buffer.alloc(10_000, 1)]);
      const rest = whole.subarray(html.length);
      const record = await pool.run(page('http://x.test/v', whole.subarray(0, html.length)));
      expect(record).toMatchObject({ title: 'Story view' });
      expect(rest.length).toBe(10_000);
      expect(whole.length).toBe(html.length + 10_000);
    } finally {
      await pool.close();
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

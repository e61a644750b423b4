import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { normalizeOptions, type OptionsInput } from '../../src/options.js';
import type { OutputRecord } from '../../src/write/schema.js';
import { type Handler, startServer, type TestServer } from '../helpers/server.js';
import { articlePage, sleep, until } from './pages.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function options(batch: OptionsInput['batch'], perHost = 2) {
  return normalizeOptions({
    fetch: { respectRobots: false, retries: 0, perHostConcurrency: perHost },
    batch: { workers: 0, ...batch },
  });
}

/** A server whose every page takes `delay` ms, tracking how many requests it holds at once. */
async function slowServer(delay: number) {
  const load = { active: 0, max: 0, total: 0 };
  const handler: Handler = async (req, res) => {
    load.active++;
    load.total++;
    load.max = Math.max(load.max, load.active);
    await sleep(delay);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(articlePage(req.url ?? ''));
    load.active--;
  };
  const server = await startServer();
  for (let i = 0; i < 40; i++) server.route(`/p/${i}`, handler);
  servers.push(server);
  return { server, load };
}

async function collect(it: AsyncIterable<OutputRecord>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('runBatch', () => {
  it('processes duplicate URLs once and skips comments and blank lines', async () => {
    const { server, load } = await slowServer(5);
    const skipped: string[] = [];
    const input = [
      '# list',
      '',
      server.url('/p/1'),
      `${server.url('/p/1')}#top`,
      `  ${server.url('/p/2')}  `,
    ];
    const records = await collect(
      runBatch(input, options({}), { onSkip: (s, why) => skipped.push(`${why}:${s}`) }),
    );
    expect(records.map((r) => r.source).sort()).toEqual([server.url('/p/1'), server.url('/p/2')]);
    expect(skipped).toEqual([`duplicate:${server.url('/p/1')}#top`]);
    expect(load.total).toBe(2);
  });

  it('keeps each host under the per-host cap while other hosts proceed', async () => {
    const a = await slowServer(40);
    const b = await slowServer(40);
    const urls = Array.from({ length: 12 }, (_, i) => [
      a.server.url(`/p/${i}`),
      b.server.url(`/p/${i}`),
    ]).flat();
    const records = await collect(runBatch(urls, options({ concurrency: 16 }, 3)));
    expect(records).toHaveLength(24);
    expect(a.load.max).toBe(3);
    expect(b.load.max).toBe(3);
  });

  it('stops fetching while the consumer does not take records (backpressure)', async () => {
    const { server, load } = await slowServer(1);
    const urls = Array.from({ length: 40 }, (_, i) => server.url(`/p/${i}`));
    const it = runBatch(urls, options({ concurrency: 4 }, 4))[Symbol.asyncIterator]();
    await it.next();
    await sleep(300);
    // One record taken, at most `concurrency` more finished or in flight: nowhere near 40.
    expect(load.total).toBeLessThanOrEqual(6);
    let n = 1;
    while (!(await it.next()).done) n++;
    expect(n).toBe(40);
    expect(load.total).toBe(40);
  });

  it('after the stop signal starts nothing new but finishes pages in flight', async () => {
    const { server, load } = await slowServer(150);
    const urls = Array.from({ length: 30 }, (_, i) => server.url(`/p/${i}`));
    const stop = new AbortController();
    const out: OutputRecord[] = [];
    const run = (async () => {
      for await (const r of runBatch(urls, options({ concurrency: 2 }, 2), { signal: stop.signal }))
        out.push(r);
    })();
    await until(() => load.active === 2);
    stop.abort();
    await run;
    expect(out).toHaveLength(2);
    expect(out.every((r) => !('error' in r))).toBe(true);
    expect(load.total).toBe(2);
  });

  it('turns invalid lines into invalid_url records naming the line verbatim', async () => {
    const records = await collect(runBatch(['not a url', 'javascript:alert(1)'], options({})));
    expect(records).toEqual([
      expect.objectContaining({
        source: 'not a url',
        url: 'not a url',
        error: expect.objectContaining({ code: 'invalid_url' }),
      }),
      expect.objectContaining({
        source: 'javascript:alert(1)',
        error: expect.objectContaining({ code: 'invalid_url' }),
      }),
    ]);
  });
});

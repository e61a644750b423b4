import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { DEFAULT_USER_AGENT } from '../../src/options.js';
import { type Handler, html, startServer, type TestServer } from '../helpers/server.js';
import { ARTICLE, delayed, drip, testFetcher } from './handlers.js';

const servers: TestServer[] = [];
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const s = await startServer(routes);
  servers.push(s);
  return s;
}

/** A page that takes `ms` and records the most requests the server held at once. */
function tracked(ms: number): { handler: Handler; peak: () => number } {
  let active = 0;
  let peak = 0;
  const inner = delayed(ms, html(ARTICLE));
  return {
    peak: () => peak,
    handler: async (req, res) => {
      active++;
      peak = Math.max(peak, active);
      try {
        await inner(req, res);
      } finally {
        active--;
      }
    },
  };
}

describe('fetch: politeness', () => {
  it.each([1, 2, 3])('holds at most %i requests in flight to one host', async (cap) => {
    const page = tracked(150);
    const server = await serve({ '/p': page.handler });
    fetcher = testFetcher({ perHostConcurrency: cap });
    await Promise.all(Array.from({ length: 8 }, (_, i) => fetcher.fetch(server.url(`/p?i=${i}`))));
    expect(page.peak()).toBe(cap);
    expect(server.seen).toHaveLength(8);
  });

  it('counts a cut-off request against the host until the server has seen its connection close', async () => {
    // Seen from the server: when each connection closed, and how many requests it held at once.
    const closed: number[] = [];
    let active = 0;
    let peak = 0;
    const counted =
      (inner: Handler): Handler =>
      (req, res) => {
        active++;
        peak = Math.max(peak, active);
        res.on('close', () => {
          active--;
          closed.push(Date.now());
        });
        return inner(req, res);
      };
    const server = await serve({ '/drip': counted(drip(20)), '/p': counted(html(ARTICLE)) });
    fetcher = testFetcher({ perHostConcurrency: 1, bodyTimeout: 300, retries: 0 });
    let failedAt = 0;
    const cutOff = fetcher.fetch(server.url('/drip')).catch((err: Error & { code?: string }) => {
      failedAt = Date.now();
      return err.code;
    });
    const next = fetcher.fetch(server.url('/p'));
    expect(await cutOff).toBe('timeout');
    await next;
    const arrivals = server.seen.map((s) => s.at).sort((a, b) => a - b);
    // The slot is held a moment (50 ms) past the failure: on a loaded machine, or with the server
    // in another process, the new request could otherwise arrive before the old connection's close.
    expect(arrivals[1]! - failedAt).toBeGreaterThanOrEqual(40);
    expect(arrivals[1]).toBeGreaterThanOrEqual(closed[0] ?? Number.POSITIVE_INFINITY);
    expect(peak).toBe(1);
  });

  it('spaces request starts to one host by perHostDelay', async () => {
    const server = await serve({ '/p': html(ARTICLE) });
    fetcher = testFetcher({ perHostConcurrency: 4, perHostDelay: 150 });
    await Promise.all(Array.from({ length: 4 }, (_, i) => fetcher.fetch(server.url(`/p?i=${i}`))));
    // The gate spaces starts exactly (host-gate.test.ts); arrivals at the server add connection
    // set-up and event-loop jitter on a busy machine, so only the overall span is checked here.
    const starts = server.seen.map((s) => s.at).sort((a, b) => a - b);
    expect(starts).toHaveLength(4);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(300);
  });

  it('does not let a slow host stall another host', async () => {
    const slow = await serve({ '/p': delayed(4000, html(ARTICLE)) });
    const fast = await serve({ '/p': html(ARTICLE) });
    fetcher = testFetcher({ perHostConcurrency: 1, perHostDelay: 0, headersTimeout: 5000 });
    const slowPages = Promise.allSettled([1, 2, 3].map((i) => fetcher.fetch(slow.url(`/p?i=${i}`))));
    const started = Date.now();
    await Promise.all([1, 2, 3].map((i) => fetcher.fetch(fast.url(`/p?i=${i}`))));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(slow.seen).toHaveLength(1); // the slow host still gets one request at a time
    await fetcher.close();
    await slowPages;
  });

  it('sends an honest User-Agent naming newsclean and a contact URL, or the one given', async () => {
    const server = await serve({ '/p': html(ARTICLE) });
    fetcher = testFetcher();
    await fetcher.fetch(server.url('/p'));
    expect(server.seen[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^newsclean\/\S+ \(\+https?:\/\/\S+\)$/);
    await fetcher.close();
    fetcher = testFetcher({ userAgent: 'ExampleBot/2.0 (+https://example.org/bot)' });
    await fetcher.fetch(server.url('/p'));
    expect(server.seen[1]?.headers['user-agent']).toBe('ExampleBot/2.0 (+https://example.org/bot)');
  });
});

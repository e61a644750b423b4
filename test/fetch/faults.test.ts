import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { html, startServer, type TestServer } from '../helpers/server.js';
import { type UnansweredPort, unansweredPort } from '../helpers/unanswered-port.js';
import { ARTICLE, delayed, drip, failure, reset, status, testFetcher } from './handlers.js';

let server: TestServer | undefined;
let fetcher: Fetcher | undefined;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
  fetcher = undefined;
  server = undefined;
});

/** A port with nothing listening: bind, note the port, close. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as { port: number };
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('fetch: network faults', () => {
  it('times out a response slower than the headers timeout, retrying first', async () => {
    server = await startServer({ '/slow': delayed(10_000, html(ARTICLE)) });
    fetcher = testFetcher({ headersTimeout: 200, retries: 1 });
    const started = Date.now();
    expect(await failure(fetcher.fetch(server.url('/slow')))).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(server.seen.length).toBe(2);
  });

  it('cuts off a server that drips bytes forever at the total body deadline', async () => {
    server = await startServer({ '/drip': drip(20) });
    // Chunks arrive every 20 ms, so undici's idle timer alone would never fire.
    fetcher = testFetcher({ bodyTimeout: 300, retries: 0 });
    const started = Date.now();
    expect(await failure(fetcher.fetch(server.url('/drip')))).toMatchObject({ code: 'timeout' });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(4000);
  });

  it('treats a timeout of 0 as no timeout, as undici does', async () => {
    server = await startServer({ '/slowish': delayed(150, html(ARTICLE)) });
    fetcher = testFetcher({ headersTimeout: 0, bodyTimeout: 0 });
    expect((await fetcher.fetch(server.url('/slowish'))).status).toBe(200);
  });

  it('reports a connection reset as reset after retrying', async () => {
    server = await startServer({ '/reset': reset });
    fetcher = testFetcher({ retries: 1 });
    expect(await failure(fetcher.fetch(server.url('/reset')))).toMatchObject({ code: 'reset' });
    expect(server.seen.length).toBe(2);
  });

  it('turns a malformed HTTP response into a FetchError, not a crash', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const raw = createServer((socket) => {
      sockets.add(socket);
      socket.end('NOT-HTTP garbage\r\n\r\n');
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const { port } = raw.address() as { port: number };
    fetcher = testFetcher({ retries: 1 });
    try {
      const err = await failure(fetcher.fetch(`http://127.0.0.1:${port}/`));
      expect(err.name).toBe('FetchError');
      expect(['network', 'reset']).toContain(err.code);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => raw.close(() => resolve()));
    }
  });

  it('reports a refused connection as connect', async () => {
    const port = await closedPort();
    fetcher = testFetcher({ retries: 0 });
    expect(await failure(fetcher.fetch(`http://127.0.0.1:${port}/`))).toMatchObject({ code: 'connect' });
  });

  it('gives up on a connection that never opens at the connect timeout, retrying first', async () => {
    let silent: UnansweredPort | undefined;
    try {
      silent = await unansweredPort();
      // Headers and body deadlines are long, so only the connect deadline can end this.
      fetcher = testFetcher({ connectTimeout: 250, headersTimeout: 30_000, bodyTimeout: 30_000, retries: 1 });
      const started = Date.now();
      expect(await failure(fetcher.fetch(`http://127.0.0.1:${silent.port}/`))).toMatchObject({
        code: 'timeout',
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      silent?.close();
    }
  });

  it('reports an unresolvable host as dns', async () => {
    fetcher = testFetcher({ retries: 0 });
    expect(await failure(fetcher.fetch('http://no-such-host.invalid/news'))).toMatchObject({ code: 'dns' });
  });

  it.each([
    'file:///etc/passwd',
    'data:text/html,<p>hi</p>',
    'javascript:alert(1)',
    'ftp://example.com/a.html',
    'not a url',
    '',
    '/relative/path',
  ])('rejects %j as invalid_url without a request', async (input) => {
    server = await startServer({});
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(input))).toMatchObject({ name: 'FetchError', code: 'invalid_url' });
    expect(server.seen).toHaveLength(0);
  });

  it('honours the caller’s AbortSignal with an aborted FetchError', async () => {
    server = await startServer({ '/slow': delayed(5000, html(ARTICLE)) });
    fetcher = testFetcher({ headersTimeout: 10_000 });
    const controller = new AbortController();
    const pending = fetcher.fetch(server.url('/slow'), controller.signal);
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await failure(pending)).toMatchObject({ name: 'FetchError', code: 'aborted' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('aborts a request waiting out a retry delay', async () => {
    server = await startServer({ '/down': status(503) });
    fetcher = testFetcher({ retryBaseDelay: 5000, retryMaxDelay: 5000 });
    const controller = new AbortController();
    const outcome = failure(fetcher.fetch(server.url('/down'), controller.signal));
    // Abort once the first try has been answered, i.e. during the 2.5–5 s backoff.
    while (server.seen.length === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    const abortedAt = Date.now();
    controller.abort();
    expect(await outcome).toMatchObject({ code: 'aborted' });
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect(server.seen.length).toBe(1);
  });

  it('close() aborts requests in flight', async () => {
    server = await startServer({ '/slow': delayed(5000, html(ARTICLE)) });
    fetcher = testFetcher({ headersTimeout: 10_000 });
    const outcome = failure(fetcher.fetch(server.url('/slow')));
    await new Promise((r) => setTimeout(r, 100));
    await fetcher.close();
    expect(await outcome).toMatchObject({ code: 'aborted' });
  });
});

describe('fetch: many requests sharing one signal', () => {
  it('runs 40 concurrent fetches on one caller signal without listener-leak warnings', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    fetcher = testFetcher({ perHostConcurrency: 8 });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const shared = new AbortController();
    try {
      const pages = await Promise.all(
        Array.from({ length: 40 }, (_, i) => fetcher!.fetch(server!.url(`/p?i=${i}`), shared.signal)),
      );
      expect(pages).toHaveLength(40);
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

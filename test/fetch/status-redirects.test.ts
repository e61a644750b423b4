import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { type Handler, html, startServer, type TestServer } from '../helpers/server.js';
import { ARTICLE, failure, redirect, sequence, status, testFetcher } from './handlers.js';

let server: TestServer;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

const hits = (path: string) => server.seen.filter((s) => s.path === path).length;

describe('fetch: HTTP status and retries', () => {
  it('fails a 404 with http_status and does not retry it', async () => {
    server = await startServer({});
    fetcher = testFetcher();
    const err = await failure(fetcher.fetch(server.url('/missing')));
    expect(err).toMatchObject({ name: 'FetchError', code: 'http_status', status: 404 });
    expect(hits('/missing')).toBe(1);
  });

  it('never retries other 4xx (403, 410)', async () => {
    server = await startServer({ '/a': status(403), '/b': status(410) });
    fetcher = testFetcher({ retries: 3 });
    expect(await failure(fetcher.fetch(server.url('/a')))).toMatchObject({ status: 403 });
    expect(await failure(fetcher.fetch(server.url('/b')))).toMatchObject({ status: 410 });
    expect(hits('/a') + hits('/b')).toBe(2);
  });

  it('retries a 500 and returns the page that follows', async () => {
    server = await startServer({ '/flaky': sequence(status(500), html(ARTICLE)) });
    fetcher = testFetcher();
    const page = await fetcher.fetch(server.url('/flaky'));
    expect(page.status).toBe(200);
    expect(page.html).toContain('tram line');
    expect(hits('/flaky')).toBe(2);
  });

  it('gives up on a 503 after the configured retries, reporting the last status', async () => {
    server = await startServer({ '/down': status(503) });
    fetcher = testFetcher({ retries: 2 });
    expect(await failure(fetcher.fetch(server.url('/down')))).toMatchObject({
      code: 'http_status',
      status: 503,
    });
    expect(hits('/down')).toBe(3);
  });

  it('waits the Retry-After seconds of a 429 before retrying', async () => {
    server = await startServer({ '/busy': sequence(status(429, { 'retry-after': '1' }), html(ARTICLE)) });
    fetcher = testFetcher({ retryMaxDelay: 5000 });
    const page = await fetcher.fetch(server.url('/busy'));
    expect(page.status).toBe(200);
    const [first, second] = server.seen.filter((s) => s.path === '/busy');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('accepts Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 2000).toUTCString(); // second precision: 1–2 s ahead
    server = await startServer({ '/busy': sequence(status(503, { 'retry-after': when }), html(ARTICLE)) });
    fetcher = testFetcher({ retryMaxDelay: 5000 });
    await fetcher.fetch(server.url('/busy'));
    const [first, second] = server.seen.filter((s) => s.path === '/busy');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it('caps a huge Retry-After at retryMaxDelay', async () => {
    server = await startServer({ '/busy': sequence(status(429, { 'retry-after': '3600' }), html(ARTICLE)) });
    fetcher = testFetcher({ retryMaxDelay: 100 });
    const started = Date.now();
    await fetcher.fetch(server.url('/busy'));
    expect(Date.now() - started).toBeLessThan(8000);
    expect(hits('/busy')).toBe(2);
  });
});

describe('fetch: redirects', () => {
  it('follows a chain and reports finalUrl and every hop', async () => {
    server = await startServer({
      '/one': redirect('/two', 301),
      '/two': redirect('/three', 307),
      '/three': redirect('/final', 308),
      '/final': html(ARTICLE),
    });
    fetcher = testFetcher();
    const page = await fetcher.fetch(server.url('/one'));
    expect(page.inputUrl).toBe(server.url('/one'));
    expect(page.finalUrl).toBe(server.url('/final'));
    expect(page.redirects).toEqual([server.url('/one'), server.url('/two'), server.url('/three')]);
  });

  it('resolves relative and protocol-relative Location headers', async () => {
    server = await startServer({});
    server.route('/news/a/start', redirect('../b/next'));
    server.route('/news/b/next', redirect(`//127.0.0.1:${server.port}/final?x=1`));
    server.route('/final', html(ARTICLE));
    fetcher = testFetcher();
    const page = await fetcher.fetch(server.url('/news/a/start'));
    expect(page.finalUrl).toBe(server.url('/final?x=1'));
    expect(page.redirects).toEqual([server.url('/news/a/start'), server.url('/news/b/next')]);
  });

  it('detects a redirect loop', async () => {
    server = await startServer({ '/a': redirect('/b'), '/b': redirect('/a') });
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/a')))).toMatchObject({ code: 'too_many_redirects' });
    expect(hits('/a')).toBe(1);
  });

  it('stops a chain longer than maxRedirects', async () => {
    server = await startServer({});
    for (let i = 0; i < 6; i++) server.route(`/r${i}`, redirect(`/r${i + 1}`));
    server.route('/r6', html(ARTICLE));
    fetcher = testFetcher({ maxRedirects: 3 });
    expect(await failure(fetcher.fetch(server.url('/r0')))).toMatchObject({ code: 'too_many_redirects' });
    expect(hits('/r4')).toBe(0);
    await fetcher.close();
    fetcher = testFetcher({ maxRedirects: 6 });
    expect((await fetcher.fetch(server.url('/r0'))).finalUrl).toBe(server.url('/r6'));
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server = await startServer({ '/a': redirect('file:///etc/passwd') });
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/a')))).toMatchObject({ code: 'invalid_url' });
  });
});

describe('fetch: cookies along a redirect chain', () => {
  /** A cookie-check wall: without the cookie, set it and bounce through /check back to /story. */
  const cookieWall = (cookie = 'seen=1; Path=/; HttpOnly'): Record<string, Handler> => ({
    '/story': (req, res) => {
      if (req.headers.cookie?.includes('seen=1')) html(ARTICLE)(req, res);
      else res.writeHead(302, { location: '/check', 'set-cookie': cookie }).end();
    },
    '/check': redirect('/story'),
  });

  it('sends cookies set by a redirect on the later hops, so a cookie-check wall is passed', async () => {
    server = await startServer(cookieWall());
    fetcher = testFetcher();
    const page = await fetcher.fetch(server.url('/story'));
    expect(page.status).toBe(200);
    expect(page.redirects).toEqual([server.url('/story'), server.url('/check')]);
    expect(server.seen.map((s) => [s.path, s.headers.cookie ?? null])).toEqual([
      ['/story', null],
      ['/check', 'seen=1'],
      ['/story', 'seen=1'],
    ]);
  });

  it('keeps no cookies between fetches: each page starts without any', async () => {
    server = await startServer(cookieWall());
    fetcher = testFetcher();
    await fetcher.fetch(server.url('/story'));
    await fetcher.fetch(server.url('/story'));
    expect(server.seen.filter((s) => s.path === '/story').map((s) => s.headers.cookie ?? null)).toEqual([
      null,
      'seen=1',
      null,
      'seen=1',
    ]);
  });

  it('still calls it a loop when the cookies do not change', async () => {
    // The cookie is for another site, so it is never sent and /story never sees it.
    server = await startServer(cookieWall('seen=1; Domain=example.com; Path=/'));
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/story')))).toMatchObject({ code: 'too_many_redirects' });
    expect(server.seen.every((s) => s.headers.cookie === undefined)).toBe(true);
  });

  it('drops a cookie the server expires', async () => {
    let visits = 0;
    server = await startServer({
      '/a': (_req, res) => {
        res.writeHead(302, { location: '/b', 'set-cookie': 'tmp=1; Path=/' }).end();
      },
      '/b': (_req, res) => {
        res.writeHead(302, { location: '/c', 'set-cookie': 'tmp=; Path=/; Max-Age=0' }).end();
      },
      '/c': (req, res) => {
        visits++;
        html(ARTICLE)(req, res);
      },
    });
    fetcher = testFetcher();
    await fetcher.fetch(server.url('/a'));
    expect(visits).toBe(1);
    expect(server.seen.map((s) => s.headers.cookie ?? null)).toEqual([null, 'tmp=1', null]);
  });
});

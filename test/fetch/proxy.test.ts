import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { html, startServer, type TestServer } from '../helpers/server.js';
import { ARTICLE, testFetcher } from './handlers.js';
import { startProxy, type TestProxy } from './proxy.js';

let server: TestServer;
let proxy: TestProxy;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await proxy?.close();
  await server?.close();
});

describe('fetch: proxy settings', () => {
  it('sends plain-HTTP requests through the HTTP proxy in absolute form', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    proxy = await startProxy();
    fetcher = testFetcher({ proxy: { http: proxy.url, https: null, noProxy: null } });
    const page = await fetcher.fetch(server.url('/p'));
    expect(page.html).toContain('tram line');
    expect(proxy.seen).toEqual([server.url('/p')]);
    expect(server.seen[0]?.headers['user-agent']).toMatch(/^newsclean\//);
  });

  it('goes direct for hosts listed in NO_PROXY', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    proxy = await startProxy();
    fetcher = testFetcher({ proxy: { http: proxy.url, https: null, noProxy: 'example.org, 127.0.0.1' } });
    await fetcher.fetch(server.url('/p'));
    expect(proxy.seen).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('goes direct with no proxy configured', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    proxy = await startProxy();
    fetcher = testFetcher();
    await fetcher.fetch(server.url('/p'));
    expect(proxy.seen).toEqual([]);
  });
});

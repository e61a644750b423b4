import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { ARTICLE, failure, testFetcher } from './handlers.js';
import { startProxy, type TestProxy } from './proxy.js';

const read = (name: string) => readFileSync(new URL(`./tls/${name}`, import.meta.url));

let server: Server;
let proxy: TestProxy | undefined;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await proxy?.close();
  proxy = undefined;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** An HTTPS server with a self-signed certificate nobody trusts. */
async function untrustedHttps(): Promise<string> {
  server = createServer({ key: read('key.pem'), cert: read('cert.pem') }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(ARTICLE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}/p`;
}

describe('fetch: TLS', () => {
  it('reports an untrusted certificate as tls, without retrying', async () => {
    const url = await untrustedHttps();
    let connections = 0;
    server.on('connection', () => connections++);
    fetcher = testFetcher({ retries: 2 });
    expect(await failure(fetcher.fetch(url))).toMatchObject({ name: 'FetchError', code: 'tls' });
    expect(connections).toBe(1);
  });

  it('tunnels https through HTTPS_PROXY with CONNECT', async () => {
    const url = await untrustedHttps();
    proxy = await startProxy();
    fetcher = testFetcher({ retries: 0, proxy: { http: null, https: proxy.url, noProxy: null } });
    // The tunnel works, then the untrusted certificate is refused end to end, as it should be.
    expect(await failure(fetcher.fetch(url))).toMatchObject({ code: 'tls' });
    expect(proxy.seen).toEqual([`CONNECT 127.0.0.1:${new URL(url).port}`]);
  });
});

import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { type Handler, html, startServer, type TestServer } from '../helpers/server.js';
import { ARTICLE, bytes, endlessBomb, endlessGzip, failure, testFetcher } from './handlers.js';

let server: TestServer;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

/** Sends the first 64 KB of a "PDF" and then holds the connection open; records when it closed. */
function endlessPdf(closed: { at: number }): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.write(Buffer.alloc(64 * 1024, 0x25));
    res.on('close', () => {
      closed.at = Date.now();
    });
  };
}

describe('fetch: content type', () => {
  it('refuses a PDF as not_html without downloading the whole body', async () => {
    const closed = { at: 0 };
    server = await startServer({ '/doc.pdf': endlessPdf(closed) });
    fetcher = testFetcher({ bodyTimeout: 5000 });
    const started = Date.now();
    expect(await failure(fetcher.fetch(server.url('/doc.pdf')))).toMatchObject({
      code: 'not_html',
      status: 200,
    });
    expect(Date.now() - started).toBeLessThan(4000);
    // The server sees the connection drop soon after (polled: the machine may be busy).
    for (let i = 0; i < 40 && closed.at === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(closed.at).toBeGreaterThan(0);
    expect(server.seen).toHaveLength(1);
  });

  it.each([
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['application/json', '{"a":1}'],
    ['text/plain', 'just text'],
  ])('refuses %s as not_html', async (type, body) => {
    server = await startServer({ '/x': bytes(body, { 'content-type': type }) });
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/x')))).toMatchObject({ code: 'not_html' });
  });

  it('accepts application/xhtml+xml', async () => {
    server = await startServer({ '/x': bytes(ARTICLE, { 'content-type': 'application/xhtml+xml' }) });
    fetcher = testFetcher();
    expect((await fetcher.fetch(server.url('/x'))).html).toContain('tram line');
  });

  it('accepts a body without Content-Type when it sniffs as HTML, and refuses one that does not', async () => {
    server = await startServer({
      '/html': bytes(`\n  ${ARTICLE}`, {}),
      '/bin': bytes(Buffer.from([0x00, 0x01, 0x02, 0x03]), {}),
    });
    fetcher = testFetcher();
    expect((await fetcher.fetch(server.url('/html'))).html).toContain('tram line');
    expect(await failure(fetcher.fetch(server.url('/bin')))).toMatchObject({ code: 'not_html' });
  });

  it('reports an empty body (200 and 204) as empty', async () => {
    server = await startServer({
      '/empty': bytes('', { 'content-type': 'text/html' }),
      '/none': (_q, res) => {
        res.writeHead(204).end();
      },
    });
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/empty')))).toMatchObject({ code: 'empty', status: 200 });
    expect(await failure(fetcher.fetch(server.url('/none')))).toMatchObject({ code: 'empty', status: 204 });
  });
});

describe('fetch: size cap and decompression', () => {
  it('refuses a declared Content-Length over the cap up front', async () => {
    server = await startServer({ '/big': html(`<p>${'x'.repeat(200_000)}</p>`) });
    fetcher = testFetcher({ maxBytes: 100_000 });
    expect(await failure(fetcher.fetch(server.url('/big')))).toMatchObject({ code: 'too_large' });
  });

  it('stops a chunked body without Content-Length once it passes the cap', async () => {
    server = await startServer({
      '/big': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 20; i++) res.write(`<p>${'x'.repeat(10_000)}</p>`);
        res.end();
      },
    });
    fetcher = testFetcher({ maxBytes: 100_000 });
    expect(await failure(fetcher.fetch(server.url('/big')))).toMatchObject({ code: 'too_large' });
    await fetcher.close();
    fetcher = testFetcher({ maxBytes: 300_000 });
    expect((await fetcher.fetch(server.url('/big'))).html.length).toBeGreaterThan(200_000);
  });

  it('stops an endless gzip bomb on the decompressed size', async () => {
    server = await startServer({ '/bomb': endlessGzip });
    fetcher = testFetcher({ maxBytes: 2_000_000, bodyTimeout: 10_000 });
    const started = Date.now();
    expect(await failure(fetcher.fetch(server.url('/bomb')))).toMatchObject({ code: 'too_large' });
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('stops an endless raw-deflate bomb too', async () => {
    server = await startServer({ '/bomb': endlessBomb('deflate') });
    fetcher = testFetcher({ maxBytes: 2_000_000, bodyTimeout: 10_000 });
    expect(await failure(fetcher.fetch(server.url('/bomb')))).toMatchObject({ code: 'too_large' });
  });

  it('caps a small gzip body that inflates past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x20));
    expect(bomb.length).toBeLessThan(20_000);
    server = await startServer({
      '/bomb': bytes(bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    });
    fetcher = testFetcher({ maxBytes: 1_000_000 });
    expect(await failure(fetcher.fetch(server.url('/bomb')))).toMatchObject({ code: 'too_large' });
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync], // raw DEFLATE, as some servers send it
  ] as const)('decodes a %s body', async (coding, compress) => {
    server = await startServer({
      '/z': bytes(compress(Buffer.from(ARTICLE)), {
        'content-type': 'text/html',
        'content-encoding': coding,
      }),
    });
    fetcher = testFetcher();
    const page = await fetcher.fetch(server.url('/z'));
    expect(page.html).toBe(ARTICLE);
    expect(server.seen[0]?.headers['accept-encoding']).toContain(coding);
  });

  it('reports a corrupt gzip body as decode', async () => {
    server = await startServer({
      '/z': bytes(Buffer.from('definitely not gzip'), {
        'content-type': 'text/html',
        'content-encoding': 'gzip',
      }),
    });
    fetcher = testFetcher();
    expect(await failure(fetcher.fetch(server.url('/z')))).toMatchObject({ code: 'decode' });
  });
});

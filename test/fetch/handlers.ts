/**
 * Fault-serving handlers for the test server (test/helpers/server.ts), shared by the fetcher tests
 * and the scrape e2e tests. Each one misbehaves the way a real server does.
 */
import { createDeflateRaw, createGzip } from 'node:zlib';
import { createFetcher } from '../../src/fetch/index.js';
import type { Fetcher } from '../../src/fetch/types.js';
import { type FetchOptions, FetchOptionsSchema } from '../../src/options.js';
import type { Handler } from '../helpers/server.js';

/** A page with enough article text to extract. */
export const ARTICLE = `<!doctype html><html><head><title>Test article</title></head><body><article>
<h1>Test article</h1>
<p>The council voted on Tuesday to extend the tram line to the northern districts of the city.</p>
<p>Residents had campaigned for the extension for more than a decade, citing long bus journeys.</p>
<p>Construction is expected to begin next spring and to take about three years to complete.</p>
</article></body></html>`;

/** Fast settings for tests: small timeouts and retry delays, robots off unless a test turns it on. */
export function testFetcher(overrides: Partial<FetchOptions> = {}): Fetcher {
  return createFetcher(
    FetchOptionsSchema.parse({
      connectTimeout: 1000,
      headersTimeout: 1000,
      bodyTimeout: 1000,
      retries: 2,
      retryBaseDelay: 10,
      retryMaxDelay: 200,
      respectRobots: false,
      ...overrides,
    }),
  );
}

/** Respond with a status (and optional headers), plain-text body. */
export function status(code: number, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/plain', ...headers });
    res.end(`status ${code}`);
  };
}

/** Redirect to `location` with `code` (302 by default). */
export function redirect(location: string, code = 302): Handler {
  return (_req, res) => {
    res.writeHead(code, { location });
    res.end();
  };
}

/** Serve each handler in turn, then keep serving the last one. */
export function sequence(...handlers: Handler[]): Handler {
  let i = 0;
  return (req, res) => handlers[Math.min(i++, handlers.length - 1)]!(req, res);
}

/** Answer only after `ms` (headers included). */
export function delayed(ms: number, then: Handler): Handler {
  return (req, res) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => resolve(then(req, res) as undefined), ms);
      res.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
}

/** Send HTML headers, then a few bytes every `everyMs` forever: never idle, never done. */
export function drip(everyMs = 50): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    const timer = setInterval(() => res.write('<p>more</p>'), everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Drop the TCP connection without a response. */
export const reset: Handler = (req) => {
  req.socket.destroy();
};

/** An endless compressed stream of zeros: only a fetcher that caps decompressed bytes ever finishes. */
export function endlessBomb(coding: 'gzip' | 'deflate' = 'gzip'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding });
    const zip = coding === 'gzip' ? createGzip() : createDeflateRaw();
    zip.pipe(res);
    const zeros = Buffer.alloc(1024 * 1024);
    const pump = () => {
      while (!res.destroyed && zip.write(zeros)) {}
      if (!res.destroyed) zip.once('drain', pump);
    };
    res.on('close', () => zip.destroy());
    pump();
  };
}

/** An endless gzip bomb. */
export const endlessGzip: Handler = endlessBomb('gzip');

/** Serve raw bytes with the given headers. */
export function bytes(body: Buffer | string, headers: Record<string, string>): Handler {
  return (_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  };
}

/** Catch a rejected promise's error for assertions on `code` and `details`. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; name: string; status?: number }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { code: string; name: string; details?: { status?: number } };
    return { code: e.code, name: e.name, status: e.details?.status };
  }
  throw new Error('expected the promise to reject');
}

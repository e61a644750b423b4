/**
 * Placeholder fetcher so the pipeline runs end to end; the real one (interceptors for redirects,
 * retries, size cap, politeness, robots, charset decoding) replaces this module's internals while
 * keeping `createFetcher(options): Fetcher`.
 */
import { request } from 'undici';
import { FetchError } from '../errors.js';
import type { FetchOptions } from '../options.js';
import type { FetchedPage, Fetcher } from './types.js';

export type { FetchedPage, Fetcher } from './types.js';

export function createFetcher(options: FetchOptions): Fetcher {
  return {
    async fetch(url: string, signal?: AbortSignal): Promise<FetchedPage> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new FetchError('invalid_url', `not a valid URL: ${JSON.stringify(url)}`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new FetchError('invalid_url', `unsupported scheme ${parsed.protocol} (only http and https)`);
      }
      const res = await request(parsed, {
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml' },
        headersTimeout: options.headersTimeout,
        bodyTimeout: options.bodyTimeout,
        signal,
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      if (res.statusCode >= 400) {
        throw new FetchError('http_status', `HTTP ${res.statusCode}`, {
          details: { status: res.statusCode, url },
        });
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
      return {
        inputUrl: url,
        finalUrl: url,
        status: res.statusCode,
        headers,
        html: body.toString('utf8'),
        encoding: 'utf-8',
        fetchedAt: new Date().toISOString(),
        redirects: [],
      };
    },
    async close() {},
  };
}

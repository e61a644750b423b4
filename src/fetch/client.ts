/**
 * The connection pool every request goes through: an undici Agent with the connect timeout, or,
 * when proxy settings were given, an EnvHttpProxyAgent that picks HTTP_PROXY / HTTPS_PROXY per
 * scheme and skips NO_PROXY hosts.
 *
 * Why wrapper functions rather than `Agent.compose` interceptors for redirects, retries and the
 * rest: each behaviour needs our own error codes, the redirect list, the per-host gate around every
 * hop and a size cap measured after decompression; undici's stock interceptors hide those, and
 * custom ones would be handler-protocol plumbing. So the pool only moves bytes, and each behaviour
 * is a small function in its own file (redirects in fetcher.ts, retry.ts, body.ts, robots.ts).
 */
import { Agent, type Dispatcher, EnvHttpProxyAgent } from 'undici';
import type { FetchOptions } from '../options.js';

/** Build the pool for one fetcher. Never reads the environment: proxy settings come in `options`. */
export function createDispatcher(options: FetchOptions): Dispatcher {
  const common = {
    connect: { timeout: options.connectTimeout },
    headersTimeout: options.headersTimeout,
    // undici's bodyTimeout is the idle gap between chunks; the total deadline is in request.ts.
    bodyTimeout: options.bodyTimeout,
    // Keep pools per origin modest: the host gate already caps concurrency per host.
    connections: Math.max(options.perHostConcurrency, 1) * 2,
  };
  const { http, https, noProxy } = options.proxy;
  if (!http && !https) return new Agent(common);
  return new EnvHttpProxyAgent({
    ...common,
    // Empty strings (not undefined) so undici does not fall back to process.env itself.
    httpProxy: http ?? '',
    httpsProxy: https ?? '',
    noProxy: noProxy ?? '',
    // Plain-HTTP targets go to the proxy as absolute-form requests (what most proxies expect);
    // https targets still tunnel with CONNECT.
    proxyTunnel: false,
  });
}

/**
 * The fetcher: one per run, shared by every caller (scrape, batch, library). It owns the connection
 * pool, the per-host gate and the robots cache, and follows redirects hop by hop so each hop gets
 * the robots check, the host gate and its own retries.
 */
import { FetchError } from '../errors.js';
import type { FetchOptions } from '../options.js';
import { classifyError } from './classify.js';
import { createDispatcher } from './client.js';
import { decodePage } from './decode.js';
import { HostGate } from './host-gate.js';
import { createRedirectCookies } from './redirect-cookies.js';
import { type HopResult, type HopSettings, requestOnce } from './request.js';
import { type RetryPolicy, withRetries } from './retry.js';
import { ROBOTS_MAX_BYTES, ROBOTS_TIMEOUT_MS, RobotsCache, type RobotsLoader } from './robots.js';
import { abortable, linkSignals } from './signals.js';
import { abortedError } from './sleep.js';
import type { FetchedBody, Fetcher } from './types.js';
import { parseHttpUrl, resolveLocation } from './url.js';

/** Ms a host's slot stays taken after a failed request, for its connection to finish closing. */
const TEARDOWN_GRACE_MS = 50;

/** Create a fetcher for one run; call `close()` when done. */
export function createFetcher(options: FetchOptions): Fetcher {
  const dispatcher = createDispatcher(options);
  const closing = new AbortController();
  const gate = new HostGate(options.perHostConcurrency, options.perHostDelay);
  const page: HopSettings = {
    dispatcher,
    userAgent: options.userAgent,
    headersTimeout: options.headersTimeout,
    bodyTimeout: options.bodyTimeout,
    maxBytes: options.maxBytes,
    expect: 'html',
  };
  const policy: RetryPolicy = {
    retries: options.retries,
    baseDelay: options.retryBaseDelay,
    maxDelay: options.retryMaxDelay,
  };

  /** One hop under the host gate: the slot is held for the request and its body only. */
  async function hop(
    url: URL,
    settings: HopSettings,
    signal: AbortSignal,
    cookie?: string,
  ): Promise<HopResult> {
    const release = await gate.acquire(url.host, signal);
    let failed = true;
    try {
      const result = await requestOnce(url, settings, signal, cookie);
      failed = false;
      return result;
    } finally {
      // A failed request may have been cut off (a timeout, the size cap), tearing its connection
      // down; the server learns of that a moment later. Waiting that moment before the host's next
      // request keeps the server's own count of our connections within the per-host cap.
      if (failed) setTimeout(release, TEARDOWN_GRACE_MS);
      else release();
    }
  }

  // robots.txt goes through the same gate (it is a request to that host) but is tried once, with
  // timeouts of at most ROBOTS_TIMEOUT_MS so a hanging robots.txt holds a host's first page briefly.
  const robotsSettings: HopSettings = {
    ...page,
    headersTimeout: atMost(page.headersTimeout, ROBOTS_TIMEOUT_MS),
    bodyTimeout: atMost(page.bodyTimeout, ROBOTS_TIMEOUT_MS),
    maxBytes: ROBOTS_MAX_BYTES,
    expect: 'any',
  };
  const loadRobots: RobotsLoader = async (url, signal) => {
    try {
      const res = await hop(url, robotsSettings, signal);
      return res.kind === 'redirect' ? { redirect: res.location } : { text: res.body.toString('utf8') };
    } catch (err) {
      // Any failure (status, timeout, size, network) means "no usable robots.txt": allow all (robots.ts).
      if (err instanceof FetchError) return null;
      throw err;
    }
  };
  const robots = options.respectRobots
    ? new RobotsCache(options.userAgent, loadRobots, closing.signal)
    : null;

  async function fetchPage(input: string, signal: AbortSignal): Promise<FetchedBody> {
    let url = parseHttpUrl(input);
    const redirects: string[] = [];
    const cookies = createRedirectCookies();
    // A URL seen before with the same cookies is a loop; coming back with a new cookie is how
    // cookie-check redirects work, so the cookies sent are part of what makes a visit new.
    const seen = new Set<string>();
    for (;;) {
      if (robots) {
        const crawlDelay = await abortable(robots.check(url), signal);
        if (crawlDelay !== null) gate.setDelay(url.host, crawlDelay);
      }
      const current = url;
      const cookie = cookies.header(current);
      seen.add(visitKey(current, cookie));
      const res = await withRetries(() => hop(current, page, signal, cookie), policy, signal);
      if (res.kind === 'body') {
        return {
          inputUrl: input,
          finalUrl: url.href,
          status: res.status,
          headers: res.headers,
          body: res.body,
          fetchedAt: new Date().toISOString(),
          redirects,
        };
      }
      redirects.push(url.href);
      await cookies.remember(res.setCookie, url);
      const next = resolveLocation(res.location, url);
      if (seen.has(visitKey(next, cookies.header(next)))) {
        throw new FetchError('too_many_redirects', `redirect loop back to ${next.href}`, {
          details: { status: res.status, url: url.href },
        });
      }
      if (redirects.length > options.maxRedirects) {
        throw new FetchError('too_many_redirects', `more than ${options.maxRedirects} redirects`, {
          details: { status: res.status, url: url.href },
        });
      }
      url = next;
    }
  }

  /** fetchPage with every failure as a FetchError. `decode` runs inside, so its failures are too. */
  async function fetchAs<T>(url: string, signal: AbortSignal | undefined, decode: (raw: FetchedBody) => T) {
    const linked = linkSignals(signal, closing.signal);
    try {
      return decode(await fetchPage(url, linked.signal));
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (linked.signal.aborted) throw abortedError(url);
      throw classifyError(err, url);
    } finally {
      linked.dispose();
    }
  }

  return {
    fetch: (url, signal) => fetchAs(url, signal, ({ body, ...meta }) => decodePage(meta, body)),
    fetchBody: (url, signal) => fetchAs(url, signal, (raw) => raw),
    async close(): Promise<void> {
      closing.abort();
      await dispatcher.destroy().catch(() => {});
    },
  };
}

/** What identifies one visit in a redirect chain: the URL and the cookies sent with it. */
function visitKey(url: URL, cookie: string | undefined): string {
  return cookie ? `${url.href}\n${cookie}` : url.href;
}

/** A timeout no longer than `cap` (0, meaning none, becomes `cap`). */
function atMost(ms: number, cap: number): number {
  return ms > 0 ? Math.min(ms, cap) : cap;
}

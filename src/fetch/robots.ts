/**
 * robots.txt, fetched once per origin per run and cached (the robots-parser package does the
 * parsing). Failure policy, following RFC 9309 where it speaks and preferring to keep working:
 * - 2xx: the file's rules apply.
 * - 4xx, including 401 and 403: no usable robots.txt, everything is allowed (RFC 9309 §2.3.1.3,
 *   and what Google does; the older draft's "401/403 means disallow all" is not followed).
 * - 5xx, timeouts and network errors: allow all too, so a broken robots.txt never blocks a run
 *   (RFC 9309 would assume disallow; we choose availability and document it).
 * Crawl-delay (seconds) raises that host's gap between requests, capped at MAX_CRAWL_DELAY_MS.
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from '../errors.js';
import { resolveLocation } from './url.js';

// robots-parser is CommonJS (`module.exports = fn`) but its types declare an ES default export, so
// under NodeNext TypeScript sees the namespace; at run time the default import is the function.
type Robot = {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

/** Highest Crawl-delay honoured; larger values (some sites say 3600) are cut to this. */
export const MAX_CRAWL_DELAY_MS = 30_000;
/** Longest wait for a robots.txt (headers, and again the body), whatever the page timeouts. */
export const ROBOTS_TIMEOUT_MS = 10_000;
/** RFC 9309 §2.5: crawlers may stop reading robots.txt after 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
const ROBOTS_MAX_REDIRECTS = 5;
/**
 * Origins whose rules are kept. A 100,000-URL batch can span tens of thousands of sites; past this
 * the oldest origin is forgotten (and refetched if it comes back), keeping memory bounded.
 */
export const ROBOTS_CACHE_SIZE = 5000;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  crawlDelayMs: number | null;
}

/** Fetch one robots.txt URL: a redirect, a 2xx text body, or null for any failure. */
export type RobotsLoader = (
  url: URL,
  signal: AbortSignal,
) => Promise<{ redirect: string } | { text: string } | null>;

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null };

/** The product token robots.txt groups match against: `newsclean/0.1 (+url)` → `newsclean`. */
export function robotsAgent(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/, 1)[0] || '*';
}

export class RobotsCache {
  readonly #cache = new Map<string, Promise<RobotsRules>>();
  readonly #agent: string;

  constructor(
    userAgent: string,
    private readonly load: RobotsLoader,
    private readonly signal: AbortSignal,
  ) {
    this.#agent = robotsAgent(userAgent);
  }

  /**
   * Resolve when `url` may be fetched. The first call for an origin fetches its robots.txt;
   * concurrent calls share that fetch.
   * @returns the origin's Crawl-delay in ms (capped), or null
   * @throws FetchError `robots_disallowed`
   */
  async check(url: URL): Promise<number | null> {
    let rules = this.#cache.get(url.origin);
    if (!rules) {
      rules = this.#fetchRules(new URL('/robots.txt', url.origin));
      this.#cache.set(url.origin, rules);
      if (this.#cache.size > ROBOTS_CACHE_SIZE) {
        const oldest = this.#cache.keys().next().value;
        if (oldest !== undefined) this.#cache.delete(oldest);
      }
    }
    const resolved = await rules;
    if (!resolved.isAllowed(url.href)) {
      throw new FetchError('robots_disallowed', `robots.txt of ${url.origin} disallows ${url.pathname}`, {
        details: { url: url.href },
      });
    }
    return resolved.crawlDelayMs;
  }

  async #fetchRules(robotsUrl: URL): Promise<RobotsRules> {
    let target = robotsUrl;
    for (let hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      let got: Awaited<ReturnType<RobotsLoader>>;
      try {
        got = await this.load(target, this.signal);
      } catch {
        return ALLOW_ALL;
      }
      if (got === null) return ALLOW_ALL;
      if ('text' in got) return parseRules(robotsUrl.href, got.text, this.#agent);
      try {
        target = resolveLocation(got.redirect, target);
      } catch {
        return ALLOW_ALL;
      }
    }
    return ALLOW_ALL;
  }
}

/** Parse a robots.txt for one agent: an allow check and its Crawl-delay in ms (capped). */
export function parseRules(robotsUrl: string, text: string, agent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const seconds = robots.getCrawlDelay(agent);
  const crawlDelayMs =
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
      ? Math.min(seconds * 1000, MAX_CRAWL_DELAY_MS)
      : null;
  return {
    // undefined means "not this origin's URL", which cannot happen here; treat it as allowed.
    isAllowed: (url) => robots.isAllowed(url, agent) !== false,
    crawlDelayMs,
  };
}

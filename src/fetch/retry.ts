/**
 * Retries with exponential backoff and jitter, for failures that may pass: connection errors,
 * timeouts, 429 and 5xx. Other 4xx never retry. A server's Retry-After (seconds or an HTTP date)
 * is honoured, capped at `maxDelay` so one host cannot park a worker for an hour.
 */
import { FetchError } from '../errors.js';
import { sleep } from './sleep.js';

/** An HTTP error status, carrying the Retry-After header the retry loop needs. */
export class HttpStatusError extends FetchError {
  readonly retryAfter: string | undefined;

  constructor(status: number, url: string, retryAfter: string | undefined) {
    super('http_status', `HTTP ${status}`, { details: { status, url } });
    this.retryAfter = retryAfter;
  }
}

export interface RetryPolicy {
  /** Retries after the first try. */
  retries: number;
  baseDelay: number;
  maxDelay: number;
}

const RETRYABLE_CODES = new Set(['connect', 'reset', 'timeout', 'network']);

/** Whether a failed try is worth another. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof HttpStatusError) {
    const status = err.details.status ?? 0;
    return status === 429 || status >= 500;
  }
  return err instanceof FetchError && RETRYABLE_CODES.has(err.code);
}

/** Retry-After in milliseconds, from delta-seconds or an HTTP date; undefined when absent or bad. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP-date always names a month; without letters Date.parse would take "-5" for a year.
  const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Backoff before retry number `attempt` (0-based): base·2^attempt, the upper half randomised. */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfter?: string): number {
  const exp = policy.baseDelay * 2 ** attempt;
  const jittered = exp / 2 + Math.random() * (exp / 2);
  const server = parseRetryAfter(retryAfter) ?? 0;
  return Math.min(Math.max(jittered, server), policy.maxDelay);
}

/**
 * Run `attempt` until it succeeds, fails for good, or retries run out; the last error is thrown, so
 * its code reflects the last cause. Waiting honours `signal`.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (n >= policy.retries || !isRetryable(err) || signal.aborted) throw err;
      const retryAfter = err instanceof HttpStatusError ? err.retryAfter : undefined;
      await sleep(backoffDelay(n, policy, retryAfter), signal);
    }
  }
}

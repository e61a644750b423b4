/**
 * One HTTP exchange (one hop of a redirect chain, one try of a retry loop): send a GET, classify
 * the status, check the content type before reading, read the body under a total deadline.
 */
import { type Dispatcher, request } from 'undici';
import { FetchError } from '../errors.js';
import { discard, readBody } from './body.js';
import { classifyError } from './classify.js';
import { isHtmlMediaType, looksLikeHtml, mediaType } from './content-type.js';
import { HttpStatusError } from './retry.js';
import { linkSignals } from './signals.js';
import { abortedError } from './sleep.js';

export interface HopSettings {
  dispatcher: Dispatcher;
  userAgent: string;
  headersTimeout: number;
  /** Total milliseconds for the body once headers are in (undici's own bodyTimeout is per chunk). */
  bodyTimeout: number;
  maxBytes: number;
  /** 'html' refuses non-HTML responses; 'any' (robots.txt) takes whatever comes. */
  expect: 'html' | 'any';
}

export type HopResult =
  | { kind: 'redirect'; status: number; location: string; setCookie: string[] }
  | { kind: 'body'; status: number; headers: Record<string, string>; body: Buffer };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * Perform one GET. Resolves with a redirect or a 2xx body; rejects with a FetchError
 * (`HttpStatusError` for 4xx/5xx, so the retry loop can read Retry-After).
 */
export async function requestOnce(
  url: URL,
  settings: HopSettings,
  signal: AbortSignal,
  cookie?: string,
): Promise<HopResult> {
  const deadline = new AbortController();
  // Our own timers back undici's: its header/body timers tick at about one second, too coarse for
  // short timeouts, and its body timer measures idle gaps, not the whole body.
  // A timeout of 0 means none, as in undici.
  const arm = (ms: number) => (ms > 0 ? setTimeout(() => deadline.abort(), ms) : undefined);
  let phase: 'headers' | 'body' = 'headers';
  let timer = arm(settings.headersTimeout);
  const href = url.href;
  const linked = linkSignals(signal, deadline.signal);
  try {
    const res = await request(url, {
      method: 'GET',
      dispatcher: settings.dispatcher,
      headers: {
        'user-agent': settings.userAgent,
        accept: settings.expect === 'html' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : '*/*',
        'accept-encoding': 'gzip, deflate, br',
        ...(cookie ? { cookie } : {}),
      },
      headersTimeout: settings.headersTimeout,
      bodyTimeout: settings.bodyTimeout,
      signal: linked.signal,
    });
    // The whole-body deadline starts when the headers are in: a server dripping one byte a
    // second never trips undici's idle timer, so this is what cuts it off.
    clearTimeout(timer);
    phase = 'body';
    timer = arm(settings.bodyTimeout);
    const headers = flattenHeaders(res.headers);
    const status = res.statusCode;

    if (REDIRECT_STATUSES.has(status) && headers.location) {
      await res.body.dump();
      const raw = res.headers['set-cookie'];
      const setCookie = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      return { kind: 'redirect', status, location: headers.location, setCookie };
    }
    if (status < 200 || status > 299) {
      await res.body.dump();
      throw new HttpStatusError(status, href, headers['retry-after']);
    }

    const type = mediaType(headers['content-type']);
    if (settings.expect === 'html' && type !== null && !isHtmlMediaType(type)) {
      discard(res.body);
      throw new FetchError('not_html', `not an HTML page (Content-Type ${type})`, {
        details: { status, url: href },
      });
    }
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > settings.maxBytes) {
      discard(res.body);
      throw new FetchError(
        'too_large',
        `Content-Length ${declared} is over the ${settings.maxBytes}-byte cap`,
        {
          details: { status, url: href },
        },
      );
    }

    const body = await readBody(res.body, headers['content-encoding'], settings.maxBytes, href);
    if (body.length === 0)
      throw new FetchError('empty', 'empty response body', { details: { status, url: href } });
    if (settings.expect === 'html' && type === null && !looksLikeHtml(body)) {
      throw new FetchError('not_html', 'no Content-Type and the body does not look like HTML', {
        details: { status, url: href },
      });
    }
    return { kind: 'body', status, headers, body };
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (deadline.signal.aborted) {
      const message =
        phase === 'headers'
          ? `no response headers within ${settings.headersTimeout} ms`
          : `body not complete within ${settings.bodyTimeout} ms`;
      throw new FetchError('timeout', message, { cause: err, details: { url: href } });
    }
    if (signal.aborted) throw abortedError(href);
    throw classifyError(err, href);
  } finally {
    clearTimeout(timer);
    linked.dispose();
  }
}

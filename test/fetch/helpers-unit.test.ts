/** Unit tests for the fetcher's pure helpers: Retry-After, backoff, Content-Type parsing, sniffing. */
import { describe, expect, it } from 'vitest';
import { FetchError } from '../../src/errors.js';
import { charsetOf, looksLikeHtml, mediaType } from '../../src/fetch/content-type.js';
import { backoffDelay, HttpStatusError, isRetryable, parseRetryAfter } from '../../src/fetch/retry.js';

describe('Retry-After and backoff', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('parses delta-seconds and HTTP dates, and rejects junk', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('grows exponentially with jitter in the upper half, capped at maxDelay', () => {
    const policy = { retries: 5, baseDelay: 100, maxDelay: 1000 };
    for (let i = 0; i < 50; i++) {
      const d0 = backoffDelay(0, policy);
      const d2 = backoffDelay(2, policy);
      expect(d0).toBeGreaterThanOrEqual(50);
      expect(d0).toBeLessThanOrEqual(100);
      expect(d2).toBeGreaterThanOrEqual(200);
      expect(d2).toBeLessThanOrEqual(400);
      expect(backoffDelay(10, policy)).toBe(1000);
    }
    expect(backoffDelay(0, policy, '3')).toBe(1000);
    expect(backoffDelay(0, { ...policy, maxDelay: 60_000 }, '3')).toBe(3000);
  });

  it('retries 429, 5xx and connection failures but no other 4xx', () => {
    expect(isRetryable(new HttpStatusError(429, 'u', undefined))).toBe(true);
    expect(isRetryable(new HttpStatusError(502, 'u', undefined))).toBe(true);
    expect(isRetryable(new HttpStatusError(404, 'u', undefined))).toBe(false);
    expect(isRetryable(new HttpStatusError(408, 'u', undefined))).toBe(false);
    for (const code of ['connect', 'reset', 'timeout'] as const)
      expect(isRetryable(new FetchError(code, ''))).toBe(true);
    for (const code of ['dns', 'tls', 'not_html', 'too_large', 'aborted'] as const)
      expect(isRetryable(new FetchError(code, ''))).toBe(false);
  });
});

describe('Content-Type helpers', () => {
  it('reads the media type and charset parameter', () => {
    expect(mediaType('Text/HTML; Charset="UTF-8"')).toBe('text/html');
    expect(mediaType(undefined)).toBeNull();
    expect(charsetOf('text/html; charset="windows-1251"')).toBe('windows-1251');
    expect(charsetOf('text/html;charset=koi8-r;foo=bar')).toBe('koi8-r');
    expect(charsetOf('text/html')).toBeUndefined();
  });

  it('sniffs HTML openings but not other bytes', () => {
    expect(looksLikeHtml(Buffer.from('\n\t <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('\ufeff<html lang="en">'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<!-- x --><p>'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<p>hello'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<pre>x'))).toBe(false);
    expect(looksLikeHtml(Buffer.from('%PDF-1.7'))).toBe(false);
    expect(looksLikeHtml(Buffer.from('{"a":1}'))).toBe(false);
  });
});

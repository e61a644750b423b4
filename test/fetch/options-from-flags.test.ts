/** The CLI's fetch flags and proxy variables → FetchOptions (src/cli/flags.ts). */
import { describe, expect, it } from 'vitest';
import { optionsFromFlags } from '../../src/cli/flags.js';
import { normalizeOptions } from '../../src/options.js';

const fetchOptions = (flags: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
  normalizeOptions(optionsFromFlags(flags, env)).fetch;

describe('fetch flags', () => {
  it('maps every fetch flag onto its option', () => {
    const o = fetchOptions({
      userAgent: 'Bot/1 (+https://example.org)',
      timeout: '4000',
      connectTimeout: '700',
      retries: '5',
      retryDelay: '20',
      retryMaxDelay: '900',
      maxBytes: '1234',
      maxRedirects: '3',
      perHost: '4',
      delay: '250',
      ignoreRobots: true,
    });
    expect(o).toMatchObject({
      userAgent: 'Bot/1 (+https://example.org)',
      headersTimeout: 4000,
      bodyTimeout: 4000,
      connectTimeout: 700,
      retries: 5,
      retryBaseDelay: 20,
      retryMaxDelay: 900,
      maxBytes: 1234,
      maxRedirects: 3,
      perHostConcurrency: 4,
      perHostDelay: 250,
      respectRobots: false,
    });
  });

  it('keeps the defaults when no flag is given', () => {
    const o = fetchOptions({});
    expect(o).toMatchObject({ retries: 2, perHostConcurrency: 2, perHostDelay: 0, respectRobots: true });
    expect(o.userAgent).toMatch(/^newsclean\//);
    expect(o.proxy).toEqual({ http: null, https: null, noProxy: null });
  });

  it('caps the connect timeout derived from --timeout at 10 s', () => {
    expect(fetchOptions({ timeout: '60000' }).connectTimeout).toBe(10_000);
    expect(fetchOptions({ timeout: '300' }).connectTimeout).toBe(300);
  });

  it('reads the proxy variables, upper case first', () => {
    const o = fetchOptions(
      {},
      { HTTP_PROXY: 'http://p:1', http_proxy: 'http://q:2', https_proxy: 'http://s:3', no_proxy: 'a,b' },
    );
    expect(o.proxy).toEqual({ http: 'http://p:1', https: 'http://s:3', noProxy: 'a,b' });
  });

  it.each([
    [{ retries: '-1' }, '--retries'],
    [{ timeout: 'soon' }, '--timeout'],
    [{ perHost: '0' }, '--per-host'],
    [{ maxBytes: '0' }, '--max-bytes'],
    [{ delay: '1.5' }, '--delay'],
    [{ retryDelay: '' }, '--retry-delay'],
  ])('refuses %j as a usage error naming %s', (flags, name) => {
    expect(() => optionsFromFlags(flags, {})).toThrow(
      expect.objectContaining({ code: 'usage', message: expect.stringContaining(name) }),
    );
  });
});

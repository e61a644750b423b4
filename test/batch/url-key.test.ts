import { describe, expect, it } from 'vitest';
import { sourceKey, urlKey } from '../../src/batch/url-key.js';
import { FetchError } from '../../src/errors.js';

describe('urlKey', () => {
  it('lower-cases scheme and host, drops the default port and the fragment', () => {
    const a = urlKey('HTTP://Example.COM:80/News/Story?id=1#comments');
    expect(a).toEqual({ key: 'http://example.com/News/Story?id=1', host: 'example.com' });
    expect(urlKey('https://example.com:443/x')).toEqual({
      key: 'https://example.com/x',
      host: 'example.com',
    });
  });

  it('keeps a non-default port in the key and the host', () => {
    expect(urlKey('http://127.0.0.1:8080/a')).toEqual({
      key: 'http://127.0.0.1:8080/a',
      host: '127.0.0.1:8080',
    });
  });

  it.each([
    'garbage',
    'file:///etc/passwd',
    'data:text/html,hi',
    'javascript:alert(1)',
    'ftp://x.org/a',
    '//x.org',
  ])('rejects %s as invalid_url', (input) => {
    const r = urlKey(input);
    expect(r).toBeInstanceOf(FetchError);
    expect((r as FetchError).code).toBe('invalid_url');
  });

  it('sourceKey normalises URLs and keeps anything else verbatim', () => {
    expect(sourceKey('http://A.com/x#y')).toBe('http://a.com/x');
    expect(sourceKey('not a url')).toBe('not a url');
  });
});

/**
 * Normalise an input line into the key batch uses to spot duplicates and already-written URLs:
 * lower-case scheme and host, default port dropped, fragment dropped (the WHATWG URL parser does
 * the first two). Lines that are not http(s) URLs get an `invalid_url` error instead of a key.
 */
import { FetchError } from '../errors.js';

export interface UrlKey {
  /** Normalised URL (no fragment), used for de-duplication and resume. */
  key: string;
  /** host[:port], the unit of per-host politeness. */
  host: string;
}

/** Key for an input URL, or a typed `invalid_url` error saying why it is not one. */
export function urlKey(input: string): UrlKey | FetchError {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return new FetchError('invalid_url', `not a valid URL: ${JSON.stringify(input)}`, {
      details: { url: input },
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new FetchError('invalid_url', `unsupported scheme ${url.protocol} (only http and https)`, {
      details: { url: input },
    });
  }
  if (!url.hostname) {
    return new FetchError('invalid_url', `no host in ${JSON.stringify(input)}`, { details: { url: input } });
  }
  url.hash = '';
  return { key: url.href, host: url.host };
}

/** Key for matching a written record's `source` on resume: the normalised URL, else the text itself. */
export function sourceKey(source: string): string {
  const k = urlKey(source);
  return k instanceof FetchError ? source : k.key;
}

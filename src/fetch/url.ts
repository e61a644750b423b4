/** Input URL validation: only absolute http(s) URLs are fetchable. */
import { FetchError } from '../errors.js';

/**
 * Parse a URL the user gave and check it is http or https.
 * @throws FetchError `invalid_url` for unparseable input and other schemes (file:, data:, javascript:, ftp:).
 */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchError('invalid_url', `not a valid URL: ${JSON.stringify(input)}`, {
      details: { url: input },
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid_url', `unsupported scheme ${url.protocol} (only http and https)`, {
      details: { url: input },
    });
  }
  // The fragment never reaches the server; dropping it keeps redirect-loop detection honest.
  url.hash = '';
  return url;
}

/**
 * Resolve a Location header against the URL that sent it. Handles absolute, relative and
 * protocol-relative (`//host/path`) forms, as `new URL(location, base)` does per the URL standard.
 */
export function resolveLocation(location: string, base: URL): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new FetchError('invalid_url', `redirect to an invalid URL: ${JSON.stringify(location)}`, {
      details: { url: base.href },
    });
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchError('invalid_url', `redirect to unsupported scheme ${next.protocol}`, {
      details: { url: base.href },
    });
  }
  next.hash = '';
  return next;
}

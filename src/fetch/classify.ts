/**
 * Map the errors undici and Node's sockets throw onto our stable codes. undici wraps socket errors
 * (`cause`), so the whole cause chain is searched for a known `code`.
 */
import { type ErrorCode, FetchError } from '../errors.js';

const BY_CODE: Record<string, ErrorCode> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EAI_NODATA: 'dns',
  ECONNREFUSED: 'connect',
  EHOSTUNREACH: 'connect',
  ENETUNREACH: 'connect',
  EADDRNOTAVAIL: 'connect',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  Z_DATA_ERROR: 'decode',
  Z_BUF_ERROR: 'decode',
  ERR_BROTLI_DECOMPRESSION_FAILED: 'decode',
};

const TLS_CODE = /^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    cur = (cur as { cause?: unknown }).cause;
  }
  return codes;
}

/** Turn any thrown value from a request into a FetchError with the most specific code found. */
export function classifyError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const message = err instanceof Error ? err.message : String(err);
  for (const code of codesOf(err)) {
    const mapped = BY_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : undefined);
    if (mapped) return new FetchError(mapped, `${message} (${code})`, { cause: err, details: { url } });
  }
  return new FetchError('network', message, { cause: err, details: { url } });
}

/**
 * Typed errors with stable codes. Every failure newsclean reports is one of these; batch mode turns
 * them into error records (`{ url, error: { code, message } }`), single commands into a message and
 * an exit code. Codes are part of the public contract: add new ones, never rename.
 */
export const ERROR_CODES = [
  'invalid_url',
  'dns',
  'connect',
  'tls',
  'reset',
  'timeout',
  'http_status',
  'not_html',
  'too_large',
  'too_many_redirects',
  'robots_disallowed',
  'empty',
  'aborted',
  'network',
  'decode',
  'extract',
  'input',
  'usage',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** HTTP status, for `http_status` (and any error raised after a response arrived). */
  status?: number;
  /** The URL the error happened at (may differ from the input URL after redirects). */
  url?: string;
}

export class NewscleanError extends Error {
  override name = 'NewscleanError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: ErrorDetails } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** Anything that went wrong getting the bytes of a page. */
export class FetchError extends NewscleanError {
  override name = 'FetchError';
}

/** The page was fetched but no article could be made of it. */
export class ExtractError extends NewscleanError {
  override name = 'ExtractError';
}

/** Bad input given to a command: a missing file, an empty list, a bad option (exit code 2 for usage). */
export class InputError extends NewscleanError {
  override name = 'InputError';
}

/** Wrap anything thrown into a NewscleanError so callers deal with one type. */
export function toNewscleanError(err: unknown): NewscleanError {
  if (err instanceof NewscleanError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new NewscleanError('internal', message, { cause: err });
}

/** An abortable timer. */
import { FetchError } from '../errors.js';

/** Error for a fetch stopped by the caller's AbortSignal (or by closing the fetcher). */
export function abortedError(url?: string): FetchError {
  return new FetchError('aborted', 'request aborted', { details: url === undefined ? {} : { url } });
}

/** Wait `ms`, or reject with an `aborted` FetchError as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

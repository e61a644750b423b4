/**
 * Combine abort signals with explicit clean-up. `AbortSignal.any` would do, but each call leaves a
 * dependant registered on long-lived sources (the fetcher's close signal lives for the whole run)
 * until garbage collection, and Node 20 has had leaks there (nodejs/node#48951, #54614); across
 * 100,000 fetches we would rather remove our listeners ourselves.
 */
import { setMaxListeners } from 'node:events';
import { abortedError } from './sleep.js';

export interface LinkedSignal {
  signal: AbortSignal;
  /** Detach from the sources; call when the operation is over. */
  dispose(): void;
}

/** A signal that aborts as soon as any source does. */
export function linkSignals(...sources: (AbortSignal | undefined)[]): LinkedSignal {
  const controller = new AbortController();
  const live = sources.filter((s): s is AbortSignal => s !== undefined);
  const already = live.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const onAbort = (event: Event) => {
    controller.abort((event.target as AbortSignal).reason);
    dispose();
  };
  const dispose = () => {
    for (const s of live) s.removeEventListener('abort', onAbort);
  };
  // One listener per fetch in flight on a shared source (the run's stop or close signal) is by
  // design, not a leak; lift Node's warning threshold of 10 for those sources.
  setMaxListeners(0, ...live);
  for (const s of live) s.addEventListener('abort', onAbort, { once: true });
  return { signal: controller.signal, dispose };
}

/** Await `promise` unless `signal` fires first (the shared robots fetch keeps going for others). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * The batch runner as a library function: URLs in, one record per distinct URL out, as an async
 * iterable. Fetches run concurrently (global `batch.concurrency`, and never more than the fetcher's
 * per-host cap from one host at once), extraction runs in a worker pool, and results are produced
 * only as fast as the caller consumes them: nothing starts while `concurrency` finished records
 * wait to be taken, so a slow consumer slows fetching instead of filling memory.
 * No process-level side effects: no signals, no stdout, no exit codes.
 */
import { createFetcher } from '../fetch/index.js';
import type { FetchedBody } from '../fetch/types.js';
import type { Options } from '../options.js';
import { toErrorRecord } from '../write/record.js';
import type { OutputRecord } from '../write/schema.js';
import { createExtractor, workerCount } from './extract-pool.js';
import { HostQueue } from './host-queue.js';
import { urlKey } from './url-key.js';

/** Bytes of fetched pages waiting for extraction beyond which no new fetch starts. */
const BACKLOG_BYTES = 64 * 1024 * 1024;

export type SkipReason = 'duplicate' | 'done';

export interface BatchHooks {
  /** Once aborted, no new URL is started; pages in flight finish and are still produced. */
  signal?: AbortSignal;
  /** True for normalised URLs already written (resume); they are skipped. */
  isDone?: (key: string) => boolean;
  /** Called for each URL skipped as a duplicate of an earlier line or as already done. */
  onSkip?: (source: string, reason: SkipReason) => void;
  /** Called for each non-blank, non-comment input line read. */
  onRead?: (source: string) => void;
}

/** Blank lines and `#` comments are not URLs. */
export function isUrlLine(line: string): boolean {
  return line.length > 0 && !line.startsWith('#');
}

/**
 * Fetch and extract every URL, yielding exactly one record per distinct URL (an error record for
 * a failure), in completion order. Input lines are trimmed; blank lines and comments are skipped.
 * Stopping early (break out of the loop) aborts the pages in flight.
 */
export async function* runBatch(
  urls: AsyncIterable<string> | Iterable<string>,
  options: Options,
  hooks: BatchHooks = {},
): AsyncGenerator<OutputRecord, void, undefined> {
  const { concurrency } = options.batch;
  const lookahead = Math.max(256, concurrency * 8);
  const input = toAsyncIterator(urls);
  const fetcher = createFetcher(options.fetch);
  const extractor = await createExtractor(options.batch.workers, { extract: options.extract });
  // Fetched pages waiting for extraction are the bulk of memory: when extraction is the bottleneck
  // and this many wait, new fetches wait too. Fetches in progress do not count, so the next pages
  // are already on their way while the workers drain the backlog: a fetch takes a network round
  // trip, and counting it as backlog left the workers idle for that long.
  const backlogLimit = Math.max(concurrency, 4 * workerCount(options.batch.workers));
  // Every URL taken is being fetched or in the backlog until its record is ready.
  let backlog = 0;
  let backlogBytes = 0;
  let fetching = 0;
  const queue = new HostQueue(options.fetch.perHostConcurrency);
  const seen = new Set<string>();
  const ready: OutputRecord[] = [];
  const inFlightAbort = new AbortController();
  let reading = false;
  let inputDone = false;
  let inputError: unknown = null;
  let wake: (() => void) | null = null;

  const stopped = () => hooks.signal?.aborted === true;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const accept = (line: string): void => {
    const source = line.trim();
    if (!isUrlLine(source)) return;
    hooks.onRead?.(source);
    const parsed = urlKey(source);
    // An invalid line is keyed by its text, so it too is written once and skipped on resume.
    const key = parsed instanceof Error ? source : parsed.key;
    if (seen.has(key)) {
      hooks.onSkip?.(source, 'duplicate');
      return;
    }
    seen.add(key);
    if (hooks.isDone?.(key)) {
      hooks.onSkip?.(source, 'done');
      return;
    }
    if (parsed instanceof Error) {
      ready.push(toErrorRecord(parsed, { source, url: source, fetchedAt: null }));
      return;
    }
    queue.push({ source, host: parsed.host });
  };

  const work = async (source: string, host: string): Promise<void> => {
    let record: OutputRecord;
    try {
      // Undecoded: the extractor decodes it, in its worker when it has workers.
      let page: FetchedBody;
      try {
        page = await fetcher.fetchBody(source, inFlightAbort.signal);
      } finally {
        fetching--;
        // The host's share is for fetching: its next URL need not wait for this one's extraction.
        queue.release(host);
      }
      const bytes = page.body.byteLength;
      backlog++;
      backlogBytes += bytes;
      // A fetch slot is free: start the next fetch while this page waits for a worker.
      pump();
      try {
        record = await extractor.run(page);
      } finally {
        backlog--;
        backlogBytes -= bytes;
      }
    } catch (err) {
      record = toErrorRecord(err, { source, url: source, fetchedAt: null });
    }
    ready.push(record);
    pump();
    notify();
  };

  const read = async (): Promise<void> => {
    reading = true;
    try {
      while (!inputDone && !stopped() && queue.size < lookahead && ready.length < concurrency) {
        const next = await input.next();
        if (next.done) inputDone = true;
        else accept(next.value);
        pump();
      }
    } catch (err) {
      inputError = err;
      inputDone = true;
    }
    reading = false;
    notify();
  };

  function pump(): void {
    if (stopped()) queue.clear();
    // Backpressure: finished records waiting for the consumer count against the concurrency.
    while (fetching + ready.length < concurrency && backlog < backlogLimit && backlogBytes < BACKLOG_BYTES) {
      const next = queue.take();
      if (!next) break;
      fetching++;
      void work(next.source, next.host);
    }
    if (!reading && !inputDone && !stopped() && queue.size < lookahead && ready.length < concurrency) {
      void read();
    }
  }

  const onStop = () => {
    pump();
    notify();
  };
  hooks.signal?.addEventListener('abort', onStop, { once: true });
  try {
    pump();
    for (;;) {
      const record = ready.shift();
      if (record) {
        yield record;
        pump();
        continue;
      }
      if (inputError) throw inputError;
      // When stopped, a read still waiting on input (an open stdin) does not hold the run up.
      if (fetching + backlog === 0 && (stopped() || (inputDone && !reading && queue.size === 0))) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    hooks.signal?.removeEventListener('abort', onStop);
    inFlightAbort.abort();
    // Not awaited: an async input with a read pending would only finish after that read.
    input.return?.().catch(() => {});
    await Promise.allSettled([fetcher.close(), extractor.close()]);
  }
}

function toAsyncIterator(urls: AsyncIterable<string> | Iterable<string>): AsyncIterator<string> {
  if (Symbol.asyncIterator in urls) return urls[Symbol.asyncIterator]();
  const it = urls[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async () => it.return?.() ?? { done: true, value: undefined },
  };
}

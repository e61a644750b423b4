/**
 * Where extraction runs: a piscina pool of worker threads (default one per core) or, with
 * `workers: 0`, the main thread. Fetching and output stay on the main thread either way.
 */
import { availableParallelism } from 'node:os';
import { ExtractError } from '../errors.js';
import type { FetchedPage } from '../fetch/types.js';
import { pageToRecord, type RecordOptions } from '../pipeline.js';
import { toErrorRecord } from '../write/record.js';
import type { OutputRecord } from '../write/schema.js';
import type { ExtractTask, WarmUpTask } from './extract-worker.js';

export interface Extractor {
  /** Extract one page; never rejects (a crashed worker gives an error record for that page). */
  run(page: FetchedPage): Promise<OutputRecord>;
  /** Resolves once a worker thread has started (at once without workers). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// Resolves to <package>/dist/batch/extract-worker.js both from dist/batch/ and from src/batch/ (tests),
// so workers always run compiled JS.
const WORKER_FILE = new URL('../../dist/batch/extract-worker.js', import.meta.url).href;

/** Old-generation heap cap per worker thread; the largest bench pages (1.4 MB) need well under this. */
const WORKER_HEAP_MB = 128;

/** Number of worker threads for a `workers` option (null = one per core). */
export function workerCount(workers: number | null): number {
  return workers ?? availableParallelism();
}

/** An extractor for `workers` threads (0 = main thread). `workerFile` is replaceable for tests. */
export async function createExtractor(
  workers: number | null,
  options: RecordOptions,
  workerFile: string = WORKER_FILE,
): Promise<Extractor> {
  const threads = workerCount(workers);
  if (threads === 0) {
    return {
      run: async (page) => pageToRecord(page, options),
      ready: async () => {},
      close: async () => {},
    };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ExtractTask | WarmUpTask, OutputRecord | null>({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Each thread has its own heap, and V8 grows an idle-looking heap lazily; a cap makes it collect
    // sooner (a page that truly needs more kills only its worker: an error record for that page).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // Starting a thread and loading the pipeline in it takes a while (seconds on a busy machine);
  // until one has, pages are extracted on the main thread so a short batch does not wait for it.
  let warm = false;
  const warmUps = Array.from({ length: threads }, () => pool.run({ warmUp: true }));
  const ready = Promise.any(warmUps).then(
    () => {
      warm = true;
    },
    () => {},
  );
  return {
    async run(page) {
      if (!warm) return pageToRecord(page, options);
      try {
        return (await pool.run({ page, options })) as OutputRecord;
      } catch (err) {
        const cause = err instanceof Error ? err.message : String(err);
        const error = new ExtractError('extract', `extraction worker failed: ${cause}`, { cause: err });
        return toErrorRecord(error, { source: page.inputUrl, url: page.inputUrl, fetchedAt: page.fetchedAt });
      }
    },
    ready: () => ready,
    close: () => pool.destroy(),
  };
}

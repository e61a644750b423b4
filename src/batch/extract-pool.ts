/**
 * Where decoding and extraction run: a piscina pool of worker threads (default one per core) or,
 * with `workers: 0`, the main thread. Fetching and output stay on the main thread either way. With
 * workers, the main thread never loads the extraction code: each isolate that extracts pays its own
 * JIT warm-up and heap, so only the workers do.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { ExtractError } from '../errors.js';
import type { FetchedBody } from '../fetch/types.js';
import type { RecordOptions } from '../pipeline.js';
import { toErrorRecord } from '../write/record.js';
import type { OutputRecord } from '../write/schema.js';
import type { ExtractTask } from './extract-worker.js';

export interface Extractor {
  /**
   * Decode and extract one page; never rejects (a crashed worker gives an error record for that
   * page). With workers, the body's bytes move to the worker: `page.body` is unusable afterwards.
   */
  run(page: FetchedBody): Promise<OutputRecord>;
  close(): Promise<void>;
}

// Resolves to <package>/dist/batch/extract-worker.js both from dist/batch/ and from src/batch/ (tests),
// so workers always run compiled JS.
const WORKER_FILE = new URL('../../dist/batch/extract-worker.js', import.meta.url).href;

/**
 * Heap caps per worker thread. V8 lets an uncapped heap grow far past what a page needs before it
 * collects (the 10,000-URL bench peaked near 400 MB with 128 MB caps); these keep each thread's
 * resident memory to what extraction uses. The largest bench pages (1.4 MB of HTML, with
 * --include html,markdown) extract within them. Young generation 12 MB: with --concurrency 32 the
 * main thread holds more pages in flight, and 16 MB put a 5,000-URL run at 273–300 MB peak RSS
 * against 254–261 MB for 12, for 0–5% more time (8 MB saved no more). V8 takes a third of this as
 * the semi-space size and rounds it up to a power of two, so 7–12 MB all give 4 MB semi-spaces and
 * 13–24 MB all give 8 MB: 16 costs what 24 does (network-free worker, 2,000 pages: 700 scavenges
 * with 12, 350 with 16 or 24; batch peak RSS +20–25 MB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 12 };

/**
 * Old-generation growth after each full GC, in percent (V8's own factor for a heap capped this small
 * is 1.3, with an 8 MB floor). A worker keeps ~24 MB live, and nearly every page's DOM is promoted
 * from the small young generation, so with the default the next full GC came ~12 MB later: 53 of them
 * in 2,000 pages. Each one also drops the optimised code of the extractor's per-page closures, which
 * V8 holds weakly, so every full GC was followed by a round of TurboFan recompiles on the helper
 * threads. At 60% (next full GC at ~1.6x the live size): 37 full GCs and 13% fewer recompiles per
 * 2,000 pages; a 4,000-URL batch used 10.3 against 11.2 ms of CPU per page (V8 helper threads 3.3
 * against 3.9 ms) for 12 MB more peak RSS. The flag is process-wide and read at each full GC; it
 * changes when memory is collected, never results.
 */
const HEAP_GROWING_PERCENT = 60;

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
    const { bodyToRecord } = await import('./body-record.js');
    return {
      run: async ({ body, ...meta }) => bodyToRecord(meta, body, options),
      close: async () => {},
    };
  }
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ExtractTask, OutputRecord>({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Each thread has its own heap; caps make V8 collect sooner (a page that truly needs more kills
    // only its worker: an error record for that page, and the pool starts a new thread).
    resourceLimits: WORKER_LIMITS,
  });
  return {
    async run({ body, ...page }) {
      try {
        const bytes = transferable(body);
        return await pool.run({ page, body: bytes, options }, { transferList: [bytes.buffer] });
      } catch (err) {
        const cause = err instanceof Error ? err.message : String(err);
        const error = new ExtractError('extract', `extraction worker failed: ${cause}`, { cause: err });
        return toErrorRecord(error, { source: page.inputUrl, url: page.inputUrl, fetchedAt: page.fetchedAt });
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * Bytes whose whole ArrayBuffer can be transferred. Node slices small Buffers out of a shared pool
 * (and a body may be a view into a larger buffer); transferring that would detach the others, so
 * such a body is copied into a buffer of its own first.
 */
function transferable(body: Buffer): Uint8Array<ArrayBuffer> {
  const { buffer } = body;
  if (buffer instanceof ArrayBuffer && body.byteOffset === 0 && body.byteLength === buffer.byteLength) {
    return new Uint8Array(buffer);
  }
  const copy = new Uint8Array(body.byteLength);
  copy.set(body);
  return copy;
}

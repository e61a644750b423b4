/**
 * Piscina worker entry: decoding and extraction of one fetched page, off the main thread. Runs the
 * compiled pipeline from dist/. bodyToRecord never throws, so a failure here means the worker
 * itself broke; the pool turns that into an error record for the page.
 */
import { setFlagsFromString } from 'node:v8';
import type { RecordOptions } from '../pipeline.js';
import type { OutputRecord } from '../write/schema.js';
import { bodyToRecord, type PageMeta } from './body-record.js';

// Under the workers' heap caps (extract-pool.ts) V8 runs a full GC every few pages, and each one
// drops the regexps' compiled code, so with regexp tier-up they restart in the bytecode
// interpreter: the Unicode date patterns (metadata/date-text.ts) cost ~13 ms per page in a worker
// against 0.4 ms on an uncapped thread (cpu profile, 1,000 bench URLs). Compiling regexps to native
// code at once removes that: extraction in a capped worker 11.4 → 8.6 ms/page (uncapped: 7.3–8.2).
// The flag is process-wide and read when a regexp is compiled; it changes speed, not results.
setFlagsFromString('--no-regexp-tier-up');

export interface ExtractTask {
  page: PageMeta;
  /** The raw body; its buffer is transferred, not copied (structured clone makes it a Uint8Array). */
  body: Uint8Array;
  options: RecordOptions;
}

export default function extractTask(task: ExtractTask): OutputRecord {
  const { body } = task;
  return bodyToRecord(task.page, Buffer.from(body.buffer, body.byteOffset, body.byteLength), task.options);
}

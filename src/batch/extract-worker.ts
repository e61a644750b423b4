/**
 * Piscina worker entry: extraction of one fetched page, off the main thread. Runs the compiled
 * pipeline from dist/. pageToRecord never throws, so a failure here means the worker itself broke;
 * the pool turns that into an error record for the page.
 */
import type { FetchedPage } from '../fetch/types.js';
import { pageToRecord, type RecordOptions } from '../pipeline.js';
import type { OutputRecord } from '../write/schema.js';

export interface ExtractTask {
  page: FetchedPage;
  options: RecordOptions;
}

export default function extractTask(task: ExtractTask): OutputRecord {
  return pageToRecord(task.page, task.options);
}

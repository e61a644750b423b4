/**
 * Turn one record into the bytes of an output format. ndjson/json print the record; markdown, text
 * and html print a rendering of the article (which is why `requiredIncludes` asks the extractor for
 * the matching field). Placeholder until the format writers land.
 */
import type { Format, Includable } from '../options.js';
import { isErrorRecord, type OutputRecord } from './schema.js';
import { serializeRecord } from './serialize.js';

/** Fields a format needs the record to carry. */
export function requiredIncludes(format: Format): Includable[] {
  if (format === 'markdown') return ['markdown'];
  if (format === 'html') return ['html'];
  return [];
}

/** One record in one format. Error records are always JSON lines (they go to stdout in ndjson/json). */
export function formatRecord(record: OutputRecord, format: Format, pretty = false): string {
  if (format === 'ndjson' || format === 'json' || isErrorRecord(record)) {
    return serializeRecord(record, pretty || format === 'json');
  }
  if (format === 'markdown') return `${record.markdown ?? ''}\n`;
  if (format === 'html') return `${record.html ?? ''}\n`;
  return `${record.title ?? ''}\n\n${record.text}\n`;
}

/**
 * The one place that renders a record in an output format. ndjson/json print the record; markdown,
 * text and html print a document made from it: markdown and html need the record to carry the
 * `markdown`/`html` field, which is why commands extend `--include` with `includesFor(format, include)`.
 * For a stream of records (json arrays, document separators) use `createRecordWriter`.
 */
import type { Format, Includable } from '../options.js';
import { formatDocument } from './formats/document.js';
import { isErrorRecord, type OutputRecord } from './schema.js';
import { serializeRecord } from './serialize.js';

export {
  createRecordEncoder,
  createRecordWriter,
  type EncoderOptions,
  type RecordEncoder,
  type RecordWriter,
  type TextSink,
} from './formats/record-writer.js';

/** Fields a format needs the record to carry. */
export function requiredIncludes(format: Format): Includable[] {
  if (format === 'markdown') return ['markdown'];
  if (format === 'html') return ['html'];
  return [];
}

/** The user's `--include` list plus what `format` needs, each field once. */
export function includesFor(format: Format, include: readonly Includable[] = []): Includable[] {
  return [...new Set([...include, ...requiredIncludes(format)])];
}

/**
 * One record as one document in `format`. Error records print as JSON in ndjson and json, and as
 * nothing (an empty string) in markdown, text and html, which have no place for them: commands
 * report those failures on stderr and in the exit code.
 */
export function formatRecord(record: OutputRecord, format: Format, pretty = false): string {
  if (format === 'ndjson' || format === 'json') return serializeRecord(record, pretty || format === 'json');
  if (isErrorRecord(record)) return '';
  return formatDocument(record, format);
}

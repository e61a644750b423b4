/**
 * Streams of records in one output format. The encoder is pure (record in, text out) and knows
 * where the stream starts and ends, which json needs: one record prints as a pretty object, two or
 * more as a pretty array. The writer feeds an encoder into any sink with a `write(chunk)` method:
 * process.stdout, a file stream, or the batch runner's line sink (a returned promise is awaited, so
 * a sink can apply backpressure).
 */
import type { Format } from '../../options.js';
import { isErrorRecord, type OutputRecord } from '../schema.js';
import { serializeRecord } from '../serialize.js';
import { formatDocument } from './document.js';

export interface EncoderOptions {
  /** Indent ndjson records (json is always indented). */
  pretty?: boolean;
  /** json only: always print an array, even for zero or one record (for scripts). */
  array?: boolean;
}

export interface RecordEncoder {
  /** The text to write for this record (may be empty: json holds the first record back). */
  encode(record: OutputRecord): string;
  /** The text that closes the stream (call once, after the last record). */
  end(): string;
}

/** Separator written before every document but the first, in the document formats. */
const SEPARATORS: Partial<Record<Format, string>> = {
  // Front matter's opening `---` marks each document; a blank line keeps them readable.
  markdown: '\n',
  // A form feed line: the classic page break, easy to split on (awk 'BEGIN { RS = "\f\n" }').
  text: '\f\n',
};

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

function jsonEncoder(options: EncoderOptions): RecordEncoder {
  let count = 0;
  let held: string | null = null;
  return {
    encode(record) {
      const json = serializeRecord(record, true).trimEnd();
      count++;
      if (options.array) return `${count === 1 ? '[\n' : ',\n'}${indent(json)}`;
      if (count === 1) {
        held = json;
        return '';
      }
      const head = held === null ? '' : `[\n${indent(held)}`;
      held = null;
      return `${head},\n${indent(json)}`;
    },
    end() {
      if (count === 0) return '[]\n';
      if (held !== null) return `${held}\n`;
      return '\n]\n';
    },
  };
}

/**
 * An encoder for one output stream. In markdown, text and html, error records encode to nothing:
 * those formats have no place for them, so commands report failures on stderr and in the exit code.
 */
export function createRecordEncoder(format: Format, options: EncoderOptions = {}): RecordEncoder {
  if (format === 'json') return jsonEncoder(options);
  let documents = 0;
  return {
    encode(record) {
      if (format === 'ndjson') return serializeRecord(record, options.pretty ?? false);
      if (isErrorRecord(record)) return '';
      const text = formatDocument(record, format);
      return documents++ > 0 ? `${SEPARATORS[format] ?? ''}${text}` : text;
    },
    end: () => '',
  };
}

/** Anything text can be written to. A returned promise (or thenable) is awaited. */
export interface TextSink {
  write(chunk: string): unknown;
}

export interface RecordWriter {
  write(record: OutputRecord): Promise<void>;
  /** Close the stream (json's closing bracket); does not close the sink. */
  end(): Promise<void>;
}

async function put(out: TextSink, chunk: string): Promise<void> {
  if (!chunk) return;
  const result = out.write(chunk);
  if (result && typeof (result as PromiseLike<unknown>).then === 'function') await result;
}

/** Write records in `format` to `out`, for parse, scrape and batch alike. */
export function createRecordWriter(
  format: Format,
  out: TextSink,
  options: EncoderOptions = {},
): RecordWriter {
  const encoder = createRecordEncoder(format, options);
  return {
    write: (record) => put(out, encoder.encode(record)),
    end: () => put(out, encoder.end()),
  };
}

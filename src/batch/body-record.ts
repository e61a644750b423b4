/**
 * A fetched body → its record: charset decoding, then extraction. The batch decodes here, in the
 * extraction worker, so the main thread never builds the page's string (nor copies it to a worker).
 * Never throws: a body that cannot be decoded gives the error record fetch() would have given.
 */
import { classifyError } from '../fetch/classify.js';
import { decodeHtmlPieces } from '../fetch/decode.js';
import type { FetchedBody } from '../fetch/types.js';
import { type PageInput, pageToRecord, type RecordOptions } from '../pipeline.js';
import { toErrorRecord } from '../write/record.js';
import type { OutputRecord } from '../write/schema.js';

/** The page's metadata without its body: what travels to a worker beside the transferred bytes. */
export type PageMeta = Omit<FetchedBody, 'body'>;

export function bodyToRecord(meta: PageMeta, body: Buffer, options: RecordOptions): OutputRecord {
  let page: PageInput;
  try {
    // In pieces: the worker never builds the page as one string (see decodeHtmlPieces).
    const { pieces, encoding } = decodeHtmlPieces(body, meta.headers['content-type']);
    page = { ...meta, html: pieces, encoding };
  } catch (err) {
    // As a failure inside fetch() is reported: classified, no fetchedAt (run-batch.ts).
    const error = classifyError(err, meta.inputUrl);
    return toErrorRecord(error, { source: meta.inputUrl, url: meta.inputUrl, fetchedAt: null });
  }
  return pageToRecord(page, options);
}

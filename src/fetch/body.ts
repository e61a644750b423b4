/**
 * Read a response body: undo Content-Encoding as a stream and count the *decompressed* bytes, so a
 * gzip bomb is stopped after about `maxBytes` of output instead of after inflating all of it.
 */
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { FetchError } from '../errors.js';
import { createDeflateDecoder } from './inflate.js';

function decoderFor(coding: string, url: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      return createDeflateDecoder();
    case 'identity':
    case '':
      return null;
    default:
      throw new FetchError('decode', `unsupported Content-Encoding ${JSON.stringify(coding)}`, {
        details: { url },
      });
  }
}

/**
 * Stop reading a stream we no longer want. The no-op listener matters: undici's body emits an
 * 'error' (RequestAbortedError) when destroyed early, and with no listener that crashes the process.
 */
export function discard(stream: Readable | Transform): void {
  stream.on('error', () => {});
  if (!stream.destroyed) stream.destroy();
}

/** Decoders for a Content-Encoding header, in the order to apply them (codings are listed as applied). */
export function decodersFor(contentEncoding: string | undefined, url: string): Transform[] {
  if (!contentEncoding) return [];
  return contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .reverse()
    .map((c) => decoderFor(c, url))
    .filter((d): d is Transform => d !== null);
}

/**
 * Collect a body into one Buffer, decompressing on the way.
 * @throws FetchError `too_large` as soon as the decompressed size passes `maxBytes`.
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const decoders = decodersFor(contentEncoding, url);
  // pipeline tears every stage down when one fails or when we stop reading early.
  const out: Readable = decoders.length
    ? (pipeline([body, ...decoders], () => {}) as unknown as Readable)
    : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of out) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) {
        throw new FetchError('too_large', `body larger than ${maxBytes} bytes (after decompression)`, {
          details: { url },
        });
      }
      chunks.push(buf);
    }
  } finally {
    // Stop the download (and any inflation) if we left the loop early.
    discard(body);
    for (const d of decoders) discard(d);
  }
  return Buffer.concat(chunks, size);
}

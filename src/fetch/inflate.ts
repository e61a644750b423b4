/**
 * `Content-Encoding: deflate` is meant to be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers
 * send raw DEFLATE. Browsers accept both; so do we, by looking at the first byte: a zlib stream
 * starts with a CMF byte whose low nibble is 8 (the deflate method).
 */
import { Transform, type TransformCallback } from 'node:stream';
import { createInflate, createInflateRaw } from 'node:zlib';

/** A Transform that inflates zlib-wrapped or raw DEFLATE, whichever arrives. */
export function createDeflateDecoder(): Transform {
  let inner: Transform | null = null;
  const outer = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (!inner) {
        inner = (chunk[0]! & 0x0f) === 0x08 ? createInflate() : createInflateRaw();
        inner.on('data', (out: Buffer) => outer.push(out));
        inner.on('error', (err) => outer.destroy(err));
      }
      if (inner.write(chunk)) done();
      else inner.once('drain', () => done());
    },
    flush(done: TransformCallback) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
    destroy(err, done) {
      inner?.destroy();
      done(err);
    },
  });
  return outer;
}

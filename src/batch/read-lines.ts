/**
 * Stream the lines of a URL list without holding the whole file: a 100,000-line list costs one
 * chunk of memory. The first chunk is checked for binary content (a NUL byte, or mostly control
 * bytes) so `newsclean batch photo.jpg` is a usage error instead of 100,000 invalid_url records.
 */
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';

/** True when a chunk of bytes is clearly not a text file. */
export function looksBinary(chunk: Uint8Array): boolean {
  const sample = chunk.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Control bytes other than tab, LF, CR, FF and ESC do not occur in text lists.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Lines of a byte stream, decoded as UTF-8 (a BOM is dropped), without line terminators.
 * Throws an InputError (`input`) when the stream looks binary; `name` is used in that message.
 */
export async function* readLines(
  stream: AsyncIterable<Uint8Array | string>,
  name: string,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let first = true;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first && bytes.length > 0) {
      first = false;
      if (looksBinary(bytes))
        throw new InputError('input', `${name} looks like a binary file, not a list of URLs`);
    }
    let text = rest + decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (text.charCodeAt(0) === 0xfeff && rest === '') text = text.slice(1);
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

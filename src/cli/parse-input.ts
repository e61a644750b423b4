/**
 * Reading one `newsclean parse` input: a file or stdin, as bytes, checked and decoded. Every
 * failure is a typed error naming what went wrong: `input` (cannot read), `empty`, or `not_html`
 * (binary data such as an image, a PDF or an archive).
 */
import { readFile } from 'node:fs/promises';
import { NewscleanError } from '../errors.js';
import { decodeHtmlPieces } from '../fetch/decode.js';

/** File signatures of formats people feed to parse by mistake (magic bytes at offset 0). */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a RIFF file (WebP image, WAV or AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or DOCX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip-compressed data', bytes: [0x1f, 0x8b] },
];

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** What a binary input looks like, or null when it may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  // UTF-16 text has NUL bytes but starts with a byte order mark; HTML in any other encoding has none.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return 'binary data';
  return null;
}

async function readBytes(path: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Read, check and decode one input ("-" is stdin). Throws a NewscleanError on any failure. */
export async function readHtmlInput(path: string, stdin: NodeJS.ReadableStream): Promise<readonly string[]> {
  let bytes: Buffer;
  try {
    bytes = await readBytes(path, stdin);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (err as Error).message;
    throw new NewscleanError('input', `cannot read ${path === '-' ? 'stdin' : 'file'}: ${reason}`, {
      cause: err,
    });
  }
  const kind = binaryKind(bytes);
  if (kind) throw new NewscleanError('not_html', `not HTML: the input is ${kind}`);
  // The fetcher's sniffing, minus the Content-Type header a file does not have; in pieces, as the
  // batch decodes (decodeHtmlPieces), so a large file is never one large string.
  const { pieces } = decodeHtmlPieces(bytes, undefined);
  if (pieces.every((piece) => !piece.trim()))
    throw new NewscleanError('empty', bytes.length ? 'the input is blank' : 'the input is empty');
  return pieces;
}

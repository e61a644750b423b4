/**
 * Bytes → string per the HTML standard's encoding sniffing: BOM, then the Content-Type charset,
 * then a `<meta>` prescan of the first 1024 bytes. encoding-sniffer implements exactly that
 * algorithm (it is what cheerio uses), so we do not write our own.
 *
 * With no declaration at all the standard leaves the default to the user agent; we pick UTF-8
 * when the bytes are valid UTF-8 (as Firefox's detector does; most undeclared pages today are
 * UTF-8, and windows-1252 bytes beyond ASCII are almost never valid UTF-8), then windows-1251 or
 * KOI8-R when the bytes look Cyrillic (detect-cyrillic.ts), else windows-1252.
 *
 * One departure: a legacy charset named only by `<meta>` loses to the bytes when they are valid
 * UTF-8 beyond ASCII. Saved and re-encoded pages keep their old `<meta charset=gb2312>` over UTF-8
 * text, and legacy-encoded text beyond ASCII is practically never valid UTF-8. A charset from the
 * Content-Type header or a BOM is always obeyed.
 */
import { isUtf8 } from 'node:buffer';
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { charsetOf } from './content-type.js';
import { guessCyrillic } from './detect-cyrillic.js';
import type { FetchedBody, FetchedPage } from './types.js';

export interface DecodedHtml {
  html: string;
  /** The encoding used, lower-cased, e.g. "windows-1251". */
  encoding: string;
}

export interface DecodedPieces {
  /** The HTML in order: joined, they are the page (pieces may split a tag, never a character). */
  pieces: string[];
  encoding: string;
}

const utf8 = new TextDecoder('utf-8');

function undeclaredEncoding(bytes: Buffer): string {
  if (isUtf8(bytes)) return 'utf-8';
  return guessCyrillic(bytes) ?? 'windows-1252';
}

/** The encoding a body is decoded with, lower-cased, given the response's Content-Type header. */
export function sniffEncoding(bytes: Buffer, contentType: string | undefined): string {
  // The sniffer only looks at the BOM, the label and the first 1024 bytes; it also says where its
  // answer came from, which tells "nothing declared" apart from a declared windows-1252.
  const sniffer = new Sniffer({
    transportLayerEncodingLabel: charsetOf(contentType),
    defaultEncoding: 'windows-1252',
  });
  sniffer.write(bytes);
  if (sniffer.resultType === ResultType.DEFAULT) return undeclaredEncoding(bytes);
  const encoding = sniffer.encoding.toLowerCase();
  const fromHeaderOrBom = sniffer.resultType === ResultType.PASSED || sniffer.resultType === ResultType.BOM;
  if (encoding !== 'utf-8' && !fromHeaderOrBom && utf8BeyondAscii(bytes)) return 'utf-8';
  return encoding;
}

/** Valid UTF-8 with at least one multi-byte character (pure ASCII reads the same in any charset). */
function utf8BeyondAscii(bytes: Buffer): boolean {
  return isUtf8(bytes) && bytes.some((b) => b >= 0x80);
}

/** Decode an HTML body given the response's Content-Type header. */
export function decodeHtml(bytes: Buffer, contentType: string | undefined): DecodedHtml {
  const encoding = sniffEncoding(bytes, contentType);
  // Most pages are UTF-8: TextDecoder (which also drops a BOM) is several times faster than the
  // stream decoder behind decodeBuffer.
  if (encoding === 'utf-8') return { html: utf8.decode(bytes), encoding };
  return { html: decodeWith(bytes, contentType, encoding), encoding };
}

/** Bytes of a body decoded into one piece (UTF-8): decoded, each is a string of at most 64 KB. */
const PIECE_BYTES = 32 * 1024;

/**
 * As decodeHtml, but the HTML as consecutive pieces, for the extractor to parse one after another
 * (extract/index.ts). Building a whole page as one string is the slow part of decoding: a 150 KB
 * page takes about 2 ms to become one string and about 0.2 ms to become 32 KB pieces (V8 puts
 * strings over 128 KB in its large-object space; measured on the bench's pages, Node 20).
 */
export function decodeHtmlPieces(bytes: Buffer, contentType: string | undefined): DecodedPieces {
  const encoding = sniffEncoding(bytes, contentType);
  if (encoding !== 'utf-8') return { pieces: [decodeWith(bytes, contentType, encoding)], encoding };
  const decoder = new TextDecoder('utf-8');
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    // stream: a character split between two pieces of bytes is held back for the next one.
    pieces.push(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: true }));
  }
  const rest = decoder.decode();
  if (rest) pieces.push(rest);
  return { pieces, encoding };
}

function decodeWith(bytes: Buffer, contentType: string | undefined, encoding: string): string {
  return decodeBuffer(bytes, {
    transportLayerEncodingLabel: charsetOf(contentType),
    defaultEncoding: encoding,
  });
}

/** A fetched body's metadata plus its decoded HTML: the page extraction takes. Throws as decodeHtml. */
export function decodePage(meta: Omit<FetchedBody, 'body'>, body: Buffer): FetchedPage {
  return { ...meta, ...decodeHtml(body, meta.headers['content-type']) };
}

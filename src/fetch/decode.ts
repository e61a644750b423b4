/**
 * Bytes → string per the HTML standard's encoding sniffing: BOM, then the Content-Type charset,
 * then a `<meta>` prescan of the first 1024 bytes. encoding-sniffer implements exactly that
 * algorithm (it is what cheerio uses), so we do not write our own.
 *
 * With no declaration at all the standard leaves the default to the user agent; we pick UTF-8
 * when the bytes are valid UTF-8 (as Firefox's detector does; most undeclared pages today are
 * UTF-8, and windows-1252 bytes beyond ASCII are almost never valid UTF-8), then windows-1251 or
 * KOI8-R when the bytes look Cyrillic (detect-cyrillic.ts), else windows-1252.
 */
import { isUtf8 } from 'node:buffer';
import { decodeBuffer, getEncoding } from 'encoding-sniffer';
import { charsetOf } from './content-type.js';
import { guessCyrillic } from './detect-cyrillic.js';
import type { FetchedBody, FetchedPage } from './types.js';

export interface DecodedHtml {
  html: string;
  /** The encoding used, lower-cased, e.g. "windows-1251". */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8');

function undeclaredEncoding(bytes: Buffer): string {
  if (isUtf8(bytes)) return 'utf-8';
  return guessCyrillic(bytes) ?? 'windows-1252';
}

/** Decode an HTML body given the response's Content-Type header. */
export function decodeHtml(bytes: Buffer, contentType: string | undefined): DecodedHtml {
  const transportLayerEncodingLabel = charsetOf(contentType);
  // getEncoding only looks at the BOM, the label and the first 1024 bytes, so sniffing twice is cheap.
  const declared = getEncoding(bytes, { transportLayerEncodingLabel, defaultEncoding: 'windows-1252' });
  // Sniffing again with another default tells "declared windows-1252" apart from "nothing declared".
  const undeclared =
    declared !== getEncoding(bytes, { transportLayerEncodingLabel, defaultEncoding: 'utf-8' });
  const encoding = (undeclared ? undeclaredEncoding(bytes) : declared).toLowerCase();
  // Most pages are UTF-8: TextDecoder (which also drops a BOM) is several times faster than the
  // stream decoder behind decodeBuffer, and this runs on the batch's main thread for every page.
  if (encoding === 'utf-8') return { html: utf8.decode(bytes), encoding };
  const html = decodeBuffer(bytes, { transportLayerEncodingLabel, defaultEncoding: encoding });
  return { html, encoding };
}

/** A fetched body's metadata plus its decoded HTML: the page extraction takes. Throws as decodeHtml. */
export function decodePage(meta: Omit<FetchedBody, 'body'>, body: Buffer): FetchedPage {
  return { ...meta, ...decodeHtml(body, meta.headers['content-type']) };
}

/**
 * Bytes → string per the HTML standard's encoding sniffing: BOM, then the Content-Type charset,
 * then a `<meta>` prescan of the first 1024 bytes, then windows-1252. encoding-sniffer implements
 * exactly that algorithm (it is what cheerio uses), so we do not write our own.
 */
import { decodeBuffer, getEncoding } from 'encoding-sniffer';
import { charsetOf } from './content-type.js';

export interface DecodedHtml {
  html: string;
  /** The encoding used, lower-cased, e.g. "windows-1251". */
  encoding: string;
}

/** Decode an HTML body given the response's Content-Type header. */
export function decodeHtml(bytes: Buffer, contentType: string | undefined): DecodedHtml {
  const options = { transportLayerEncodingLabel: charsetOf(contentType) };
  const encoding = getEncoding(bytes, options);
  return { html: decodeBuffer(bytes, options), encoding: encoding.toLowerCase() };
}

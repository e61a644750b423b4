/** Run the metadata extractor on a small HTML string with a fixed clock. */
import * as cheerio from 'cheerio';
import { extractMetadata } from '../../../src/extract/metadata/index.js';
import type { Metadata } from '../../../src/extract/types.js';

/** "Now" for every metadata test: dates after it are in the future. */
export const NOW = Date.parse('2025-06-01T12:00:00Z');

export function metadataOf(html: string, url: string | null = null): Metadata {
  return extractMetadata(cheerio.load(html), { url }, NOW);
}

/** A page with the given head and body markup. */
export function page(head: string, body = '', lang = ''): string {
  const langAttr = lang ? ` lang="${lang}"` : '';
  return `<!doctype html><html${langAttr}><head>${head}</head><body>${body}</body></html>`;
}

/** A JSON-LD script element holding `json` verbatim (which may be broken on purpose). */
export function ldJson(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

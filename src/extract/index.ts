/**
 * The pure extract entry: (html, options) → Extraction. Loads the page once with cheerio, reads
 * metadata from the untouched DOM, then lets the body extractor prune and select the article.
 */
import * as cheerio from 'cheerio';
import { extractBody } from './body/index.js';
import { detectLanguage, extractMetadata } from './metadata/index.js';
import { blocksToText } from './text.js';
import type { Extraction, ExtractOptions } from './types.js';

export type { Block, Extraction, ExtractOptions, Inline, Metadata, RemovedBlock } from './types.js';

export function extractFromHtml(html: string, options: ExtractOptions = {}): Extraction {
  const $ = cheerio.load(html, {
    baseURI: options.url ?? undefined,
    xml: { xmlMode: false, decodeEntities: true },
  });
  const metadata = extractMetadata($, options);
  const body = extractBody($, options);
  const text = blocksToText(body.blocks);
  if (!metadata.language && text) metadata.language = detectLanguage(text);
  const tags = new Set(metadata.tags);
  for (const tag of body.hashtags) tags.add(tag);
  metadata.tags = [...tags];
  return { metadata, blocks: body.blocks, text, removed: options.explain ? body.removed : [] };
}

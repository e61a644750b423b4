/**
 * Placeholder body extractor: every <p> of the page as a paragraph. Replaced by the real scorer
 * and boilerplate cleaners, keeping the signature `extractBody($, options) → BodyResult`.
 */
import type { CheerioAPI } from 'cheerio';
import type { BodyResult, ExtractOptions } from '../types.js';

export function extractBody($: CheerioAPI, _options: ExtractOptions): BodyResult {
  const blocks: BodyResult['blocks'] = [];
  $('p').each((_, el) => {
    const text = $(el).text().trim();
    if (text) blocks.push({ type: 'paragraph', children: [{ type: 'text', text }] });
  });
  return { blocks, hashtags: [], removed: [] };
}

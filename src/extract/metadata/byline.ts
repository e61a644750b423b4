/**
 * The visible byline: `itemprop=author`, `rel=author`, then elements whose class or id says
 * byline/author, skipping comments, teasers and footers. Returns the names found in the first one
 * that holds any.
 */
import type { CheerioAPI } from 'cheerio';
import { parseAuthorNames } from './author-names.js';
import { inExcludedArea } from './excluded-area.js';
import { BYLINE_SELECTORS } from './selectors.js';

const MAX_BYLINE_LENGTH = 200;
const MAX_CANDIDATES_PER_SELECTOR = 5;

/** Names from the page's visible byline; [] when none is found. */
export function readVisibleByline($: CheerioAPI): string[] {
  for (const selector of BYLINE_SELECTORS) {
    const elements = $(selector).toArray().slice(0, MAX_CANDIDATES_PER_SELECTOR);
    for (const el of elements) {
      const node = $(el);
      if (inExcludedArea($, el)) continue;
      if (node.is('meta, link, script, style')) continue;
      // [class*=author] also matches "authority-control" and similar non-byline words.
      if (/authority/i.test(node.attr('class') ?? '')) continue;
      const text = blockText($, el);
      if (!text || text.length > MAX_BYLINE_LENGTH) continue;
      const names = parseAuthorNames(text);
      if (names.length) return names;
    }
  }
  return [];
}

/** Text with block and `<br>` boundaries kept as newlines, so "Name<br>Date" stays two segments. */
function blockText($: CheerioAPI, el: Parameters<CheerioAPI>[0]): string {
  const clone = $(el).clone();
  clone.find('script, style, noscript, svg, button, img').remove();
  clone.find('br, p, div, li, time, span[class*="date" i]').each((_, child) => {
    $(child).before('\n').after('\n');
  });
  return clone.text().trim();
}

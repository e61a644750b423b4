/**
 * The visible byline: `itemprop=author`, `rel=author`, then elements whose class or id says
 * byline/author, outside comments, sidebars and footers. Returns the names found in the first one
 * that holds any.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { parseAuthorNames } from './author-names.js';
import type { Byline } from './page-index.js';

const MAX_BYLINE_LENGTH = 200;
const MAX_CANDIDATES = 25;

/** Names from the page's visible byline; [] when none is found. */
export function readVisibleByline($: CheerioAPI, bylines: readonly Byline[]): string[] {
  let checked = 0;
  for (const { el, excluded, rank } of bylines) {
    if (excluded || el.name === 'meta' || el.name === 'link') continue;
    if (checked++ >= MAX_CANDIDATES) break;
    // itemprop=author often wraps a Person whose itemprop=name is the bare name.
    const nameEl = rank === 0 ? $(el).find('[itemprop="name"]').get(0) : undefined;
    const text = blockText($, nameEl ?? el);
    if (!text || text.length > MAX_BYLINE_LENGTH) continue;
    const names = parseAuthorNames(text);
    if (names.length) return names;
  }
  return [];
}

/** Text with block and `<br>` boundaries kept as newlines, so "Name<br>Date" stays two segments. */
function blockText($: CheerioAPI, el: Element): string {
  const node = $(el);
  if (!el.children.some((c) => c.type === 'tag')) return node.text().trim();
  const clone = node.clone();
  clone.find('script, style, noscript, svg, button, img').remove();
  clone.find('br, p, div, li, time, span[class*="date" i]').each((_, child) => {
    $(child).before('\n').after('\n');
  });
  return clone.text().trim();
}

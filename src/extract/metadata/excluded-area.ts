/** Is an element inside a comment thread, sidebar, footer or related-links block? */
import type { CheerioAPI } from 'cheerio';
import { EXCLUDED_AREA_TAGS, EXCLUDED_AREA_WORDS } from './selectors.js';

const PAGE_WRAPPERS = new Set(['html', 'body', 'article', 'main']);
const WORD_RE = new RegExp(`^(?:${EXCLUDED_AREA_WORDS.join('|')})`, 'i');

type Node = Parameters<CheerioAPI>[0];

/** True when `el` or an ancestor is such an area (page-wide wrappers are ignored). */
export function inExcludedArea($: CheerioAPI, el: Node): boolean {
  let node = $(el);
  for (let depth = 0; depth < 30 && node.length; depth++) {
    const tag = (node.prop('tagName') as string | undefined)?.toLowerCase() ?? '';
    if (EXCLUDED_AREA_TAGS.has(tag)) return true;
    if (!PAGE_WRAPPERS.has(tag)) {
      const tokens = `${node.attr('class') ?? ''} ${node.attr('id') ?? ''}`.split(/\s+/);
      if (tokens.some((t) => WORD_RE.test(t))) return true;
    }
    node = node.parent();
  }
  return false;
}

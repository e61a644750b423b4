/**
 * The visible byline: `itemprop=author`, `rel=author`, then elements whose class or id says
 * byline/author, outside comments, sidebars and footers. Returns the names found in the first one
 * that holds any.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { parseAuthorNames } from './author-names.js';
import { walkText } from './node-text.js';
import type { Byline } from './page-index.js';
import { BYLINE_BREAK_TAGS, BYLINE_NOISE_TAGS } from './selectors.js';

const MAX_BYLINE_LENGTH = 200;
const MAX_CANDIDATES = 25;

/** Names from the page's visible byline; [] when none is found. */
export function readVisibleByline($: CheerioAPI, bylines: readonly Byline[]): string[] {
  const names = firstNames($, bylines, (b) => !b.excluded);
  if (names.length) return names;
  // Some templates put the author box in an aside inside the article: read it when nothing else
  // names one, and only when it is a single box (several are teaser cards of other articles).
  const aside = bylines.filter((b) => b.articleAside === true && b.rank <= 1);
  return aside.length <= MAX_ASIDE_MARKS ? firstNames($, aside, () => true) : [];
}

/** itemprop=author and rel=author on or in one author box. */
const MAX_ASIDE_MARKS = 2;

function firstNames($: CheerioAPI, bylines: readonly Byline[], usable: (b: Byline) => boolean): string[] {
  let checked = 0;
  for (const byline of bylines) {
    const { el, rank } = byline;
    if (!usable(byline) || el.name === 'meta' || el.name === 'link') continue;
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

const isNoise = (el: Element) => BYLINE_NOISE_TAGS.has(el.name);
const isBreak = (el: Element) =>
  BYLINE_BREAK_TAGS.has(el.name) || (el.name === 'span' && /date/i.test(el.attribs.class ?? ''));

/** Text with block and `<br>` boundaries kept as newlines, so "Name<br>Date" stays two segments. */
function blockText($: CheerioAPI, el: Element): string {
  if (!el.children.some((c) => c.type === 'tag')) return $(el).text().trim();
  return walkText(el, { skip: isNoise, breaks: isBreak }).trim();
}

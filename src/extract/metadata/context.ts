/** What every field reader gets: the DOM plus the sources parsed once per page. */
import type { CheerioAPI } from 'cheerio';
import type { JsonLdFacts } from './json-ld.js';
import type { MetaTags } from './meta-tags.js';
import type { PageIndex } from './page-index.js';

export interface MetaContext {
  $: CheerioAPI;
  /** The elements the readers need, gathered in one walk. */
  index: PageIndex;
  meta: MetaTags;
  jsonLd: JsonLdFacts | null;
  /** The page's address (--url or the final fetched URL). */
  pageUrl: string | null;
  /**
   * Where the page says it lives: pageUrl, else its absolute canonical link or og:url. Without --url
   * this still tells the host (to spot the site's segment of a title) and a date in the path.
   */
  address: string | null;
  /** The address's host without "www.", else that of a feed or search link in the head. */
  host: string | null;
  /** What relative URLs resolve against: `<base href>` resolved against pageUrl, else pageUrl. */
  baseUrl: string | null;
  /** The declared language, if any, for ambiguous numeric dates. */
  language: string | null;
  /** Milliseconds since the epoch; dates after it are rejected. */
  now: number;
}

/** CSS selector vocabularies for visible metadata (dates, bylines), as data. */

/** Elements whose short text is likely a publication date. */
export const DATE_CONTAINER_SELECTOR = [
  '[class*="date" i]',
  '[id*="date" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[class*="time" i]:not(html):not(body)',
  '[class*="dateline" i]',
  '[class*="byline" i]',
  '[class*="entry-meta" i]',
  '[class*="post-meta" i]',
  '[class*="article-meta" i]',
  '[class*="meta" i]:not(meta)',
  '[class*="datum" i]',
  '[class*="fecha" i]',
  '[data-testid*="date" i]',
  '[itemprop*="date" i]',
  'time',
].join(', ');

/** Dates and bylines inside these elements belong to something else (comments, teasers, footers). */
export const EXCLUDED_AREA_TAGS: ReadonlySet<string> = new Set(['footer', 'aside', 'nav']);

/**
 * Class or id words (matched at the start of a token, so "comment-list" but not "no-comments") of
 * areas whose dates and names are not the article's. Never applied to html, body, article or main,
 * whose classes describe the whole page ("single-post right-sidebar").
 */
export const EXCLUDED_AREA_WORDS = [
  'comment',
  'related',
  'sidebar',
  'widget',
  'footer',
  'recommend',
  'reply',
];

/** Elements that hold a visible byline, most specific first. */
export const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  'a[rel="author"]',
  '[rel="author"]',
  '[class*="byline" i] [class*="author" i]',
  '[class*="byline" i]',
  '[class~="author" i]',
  '[class*="author-name" i]',
  '[class*="authorname" i]',
  '[class*="author" i]:not(body):not(html):not(article)',
  '[id*="author" i]',
  '[class*="autor" i]',
  '[class*="auteur" i]',
] as const;

/** Parts of an `<h1>` that are not the headline: kickers, overlines, screen-reader-only text. */
export const HEADLINE_NOISE_SELECTOR = [
  'style',
  'script',
  'noscript',
  '[class*="kicker" i]',
  '[class*="overline" i]',
  '[class*="topline" i]',
  '[class*="dachzeile" i]',
  '[class*="roofline" i]',
  '[class*="supertitle" i]',
  '[class*="eyebrow" i]',
  '[class*="visually-hidden" i]',
  '[class*="sr-only" i]',
  '[class*="screen-reader" i]',
  '[class*="entry-section" i]',
  '[class*="colon" i]',
].join(', ');

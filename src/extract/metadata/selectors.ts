/** CSS selector vocabularies for visible metadata (dates, bylines), as data. */

/** Class, id, data-testid or itemprop fragments of elements whose short text may be a date. */
export const DATE_ATTRIBUTE_WORDS = [
  'date',
  'time',
  'publish',
  'posted',
  'dateline',
  'byline',
  'meta',
  'datum',
  'fecha',
] as const;

/** Elements whose whole text may be a bare date ("3.11.2023"). */
export const DATE_LEAF_TAGS: ReadonlySet<string> = new Set([
  'span',
  'div',
  'p',
  'small',
  'li',
  'td',
  'em',
  'strong',
  'b',
  'time',
  'abbr',
]);

/** Class or id fragments of elements that may hold the byline. */
export const BYLINE_ATTRIBUTE_WORDS = ['byline', 'author', 'autor', 'auteur', 'verfasser'] as const;

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

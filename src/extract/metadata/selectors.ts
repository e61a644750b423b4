/** CSS selector vocabularies for visible metadata (dates, bylines), as data. */
import { FRONT_PAGE_WORDS } from './site-vocab.js';

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
  // Drupal's "Submitted by NAME on DATE" line.
  'submitted',
  // The revision's line ("ultima-modifica", "last-updated", "aktualisiert").
  'updat',
  'modif',
  'aggiorn',
  'aktualis',
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
export const BYLINE_ATTRIBUTE_WORDS = [
  'byline',
  'author',
  'autor',
  'auteur',
  'verfasser',
  'writer',
  'reporter',
] as const;

/** Class or id fragments of a breadcrumb trail ("breadcrumb", "bx-breadcrumb", French "ariane", Japanese "pankuzu"). */
export const BREADCRUMB_ATTRIBUTE_WORDS = ['crumb', 'ariane', 'pankuzu', 'topicpath'] as const;

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
  // Comment threads in other languages ("comentario", "kommentar", "reacties", "комментарии").
  'coment',
  'kommentar',
  'komentar',
  'reactie',
  'комментар',
  'коментар',
  // "More from this section" and "read also" lists, in the bench languages ("meer-uit-rubriek").
  'more-from',
  'mehr-aus',
  'meer-uit',
  'lees-ook',
  'lire-aussi',
  'leggi-anche',
  'lee-tambien',
  'leia-tambem',
  'czytaj-tez',
  // Reader forums under the article ("forum-message"), lists of other articles. Not "teaser": many
  // templates call the article's own header or lead that (achgut.com, cicero.de).
  'forum',
  'most-read',
  'mostread',
  'popular',
];

/**
 * Of the excluded areas, those that inside an `<article>` often hold the article's own date (a
 * metadata sidebar, the entry's footer): read as a late fallback. Class words match like EXCLUDED_AREA_WORDS.
 */
export const SOFT_EXCLUDED_AREA_TAGS: ReadonlySet<string> = new Set(['aside', 'footer']);
/** "footer" too: a blog theme's entry footer ("entry-footer", Blogger's "post-footer") holds its byline and date. */
export const SOFT_EXCLUDED_AREA_WORDS = ['sidebar', 'widget', 'footer'];

/** `<title>`s that label a page generically rather than name its content (lowercase). */
export const GENERIC_PAGE_TITLES: ReadonlySet<string> = new Set([
  ...FRONT_PAGE_WORDS,
  'index',
  'welcome',
  'untitled',
]);

/** Parts of an `<h1>` that are not the headline, by tag. */
export const HEADLINE_NOISE_TAGS: ReadonlySet<string> = new Set(['style', 'script', 'noscript']);

/**
 * Parts of an `<h1>` that are not the headline, by a fragment of their class: kickers, overlines,
 * screen-reader-only text.
 */
export const HEADLINE_NOISE_CLASS_WORDS = [
  'kicker',
  'overline',
  'topline',
  'dachzeile',
  'roofline',
  'supertitle',
  'eyebrow',
  'visually-hidden',
  'sr-only',
  'screen-reader',
  'entry-section',
  'colon',
] as const;

/** Parts of a byline element that are not text: scripts, icons, buttons. */
export const BYLINE_NOISE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'svg',
  'button',
  'img',
]);

/** Parts of a byline element that end a segment ("Name<br>Date" stays two segments). */
export const BYLINE_BREAK_TAGS: ReadonlySet<string> = new Set([
  'br',
  'p',
  'div',
  'li',
  'time',
  // An author box's "About the author" heading is not part of the name below it.
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

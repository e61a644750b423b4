/**
 * What the page index reads from an element's attributes: its class and id words (excluded area,
 * date holder, byline), its itemprop, rel and data-testid, and whether it carries a date attribute.
 * The metadata walk asks this of every element, so it allocates nothing per element: the answers
 * go into one reused record, and the class and id words are tested once per distinct attribute
 * value (a page repeats its class names on many elements) instead of building and testing a
 * "class id" string per element.
 */
import {
  BREADCRUMB_ATTRIBUTE_WORDS,
  BYLINE_ATTRIBUTE_WORDS,
  DATE_ATTRIBUTE_WORDS,
  EXCLUDED_AREA_WORDS,
  SOFT_EXCLUDED_AREA_WORDS,
} from './selectors.js';

/** Attributes that hold a machine or visible date on any element. */
export const DATE_ATTRIBUTES = ['datetime', 'data-date', 'data-published', 'data-publish-date'];

/** What one class or id value says, as bits. */
const EXCLUDED = 1;
const SOFT_EXCLUDED = 2;
const DATE = 4;
const BYLINE = 8;
const AUTHORITY = 16;
const BYLINE_EXACT = 32;
const BREADCRUMB = 64;
const ENTRY = 128;
const PRIMARY_TAG = 256;
const CATEGORY = 512;

/** The attributes of the element being visited; valid until the next `readHints` call. */
export interface ElementHints {
  /** Bits of the class and id words together; 0 when the element has neither. */
  words: number;
  /** The element has a non-empty class or id. */
  hasClassId: boolean;
  itemprop: string | undefined;
  rel: string | undefined;
  testId: string | undefined;
  /** One of DATE_ATTRIBUTES is set and non-empty. */
  dateAttribute: boolean;
  /** An ARIA label or microdata type that names a breadcrumb trail. */
  trail: boolean;
}

/** A class or id token starting with one of the words; one regex over the string, no token split. */
const startsWithWord = (words: readonly string[]) => new RegExp(`(?:^|\\s)(?:${words.join('|')})`, 'i');
const EXCLUDED_RE = startsWithWord(EXCLUDED_AREA_WORDS);
const SOFT_EXCLUDED_RE = startsWithWord(SOFT_EXCLUDED_AREA_WORDS);
const DATE_RE = new RegExp(DATE_ATTRIBUTE_WORDS.join('|'), 'i');
const BYLINE_RE = new RegExp(BYLINE_ATTRIBUTE_WORDS.join('|'), 'i');
const BREADCRUMB_RE = new RegExp(BREADCRUMB_ATTRIBUTE_WORDS.join('|'), 'i');
/** The author of a picture ("img-author", "news-detail__picture-author", "foto-autor"): a photo credit. */
const PHOTO_AUTHOR_RE = /(?:img|image|picture|photo|foto|bild)[-_]*(?:author|autor|auteur)/i;
/** hAtom's "hentry": one blog entry (Blogger's `div.post.hentry`), an article by another name. */
const ENTRY_RE = /(?:^|\s)hentry(?:\s|$)/i;
/**
 * The one tag a CMS shows as the article's section: Ghost's "post-card-primary-tag" and
 * "(gh-)article-tag" (not "article-tags", the list of all its tags).
 */
const PRIMARY_TAG_RE = /(?:^|[\s-])primary-tag(?:\s|$)|(?:^|\s)(?:gh-)?article-tag(?:\s|$)/i;
/**
 * An element named for the article's category ("post-cat", "article__rubrique", "news-category"), or
 * for its section as a part of the article ("ng-article__section"; a bare "section" is layout).
 */
const CATEGORY_RE =
  /(?:^|[\s_-])(?:cat|category|categoria|categorie|kategorie|rubri[ck]|rubrique|rubrica)(?:$|[\s_-])|(?:article|story|post|entry)(?:__|-|_)section(?:$|\s)/i;
/** Any of the words above ("authority" and "byline" hold "author" and "byline"): most values have none. */
const ANY_WORD_RE = new RegExp(
  [
    ...EXCLUDED_AREA_WORDS,
    ...SOFT_EXCLUDED_AREA_WORDS,
    ...DATE_ATTRIBUTE_WORDS,
    ...BYLINE_ATTRIBUTE_WORDS,
    ...BREADCRUMB_ATTRIBUTE_WORDS,
    'hentry',
    'primary-tag',
    'article-tag',
    'cat',
    'rubri',
    'section',
  ].join('|'),
  'i',
);

/**
 * Bits by class or id value, for one page: the values are slices of the page's source, so a cache
 * kept across pages would keep those pages alive.
 */
export type WordCache = Map<string, number>;

/**
 * The bits of one class or id value. No vocabulary word holds a space, so testing the class and the
 * id apart and combining the bits reads the same as testing "class id" joined by a space.
 */
function wordBits(value: string, cache: WordCache): number {
  let bits = cache.get(value);
  if (bits === undefined) {
    bits = ANY_WORD_RE.test(value) ? testWords(value) : 0;
    cache.set(value, bits);
  }
  return bits;
}

function testWords(value: string): number {
  return (
    (EXCLUDED_RE.test(value) ? EXCLUDED : 0) |
    (SOFT_EXCLUDED_RE.test(value) ? SOFT_EXCLUDED : 0) |
    (DATE_RE.test(value) ? DATE : 0) |
    (BYLINE_RE.test(value) && !PHOTO_AUTHOR_RE.test(value) ? BYLINE : 0) |
    (/authority/i.test(value) ? AUTHORITY : 0) |
    (/byline/i.test(value) ? BYLINE_EXACT : 0) |
    (BREADCRUMB_RE.test(value) ? BREADCRUMB : 0) |
    (ENTRY_RE.test(value) ? ENTRY : 0) |
    (PRIMARY_TAG_RE.test(value) ? PRIMARY_TAG : 0) |
    (CATEGORY_RE.test(value) ? CATEGORY : 0)
  );
}

const hints: ElementHints = {
  words: 0,
  hasClassId: false,
  itemprop: undefined,
  rel: undefined,
  testId: undefined,
  dateAttribute: false,
  trail: false,
};

/**
 * Read an element's attributes into the shared record (valid until the next call). Most elements
 * carry one or two attributes, so going over those present beats asking for each of the nine this
 * reads, most of them absent (a missed lookup on the many shapes of attribute objects is not free).
 */
export function readHints(a: Record<string, string>, cache: WordCache): ElementHints {
  let words = 0;
  let hasClassId = false;
  let itemprop: string | undefined;
  let rel: string | undefined;
  let testId: string | undefined;
  let dateAttribute = false;
  let trail = false;
  for (const name in a) {
    switch (name) {
      case 'class':
      case 'id': {
        const value = a[name]!;
        if (value) {
          hasClassId = true;
          words |= wordBits(value, cache);
        }
        break;
      }
      case 'itemprop':
        itemprop = a[name];
        break;
      case 'rel':
        rel = a[name];
        break;
      case 'data-testid':
        testId = a[name];
        break;
      case 'datetime':
      case 'data-date':
      case 'data-published':
      case 'data-publish-date':
        if (a[name]) dateAttribute = true;
        break;
      case 'aria-label':
        trail ||= TRAIL_LABEL.test(a[name]!);
        break;
      case 'itemtype':
        trail ||= a[name]!.includes('BreadcrumbList');
        break;
    }
  }
  hints.words = words;
  hints.hasClassId = hasClassId;
  hints.itemprop = itemprop;
  hints.rel = rel;
  hints.testId = testId;
  hints.dateAttribute = dateAttribute;
  hints.trail = trail;
  return hints;
}

/** The class or id starts a token with an excluded-area word (comments, related, sidebar, …). */
export function inExcludedArea(h: ElementHints): boolean {
  return (h.words & EXCLUDED) !== 0;
}

/** The class or id starts a token with a soft excluded-area word (sidebar, widget). */
export function inSoftExcludedArea(h: ElementHints): boolean {
  return (h.words & SOFT_EXCLUDED) !== 0;
}

/** A date word in the class, id, data-testid or itemprop. */
export function hasDateHint(h: ElementHints): boolean {
  return (
    (h.words & DATE) !== 0 ||
    (h.testId !== undefined && DATE_RE.test(h.testId)) ||
    (h.itemprop !== undefined && DATE_RE.test(h.itemprop))
  );
}

/** The class marks the article's one primary tag, its section (see PRIMARY_TAG_RE). */
export function isPrimaryTag(h: ElementHints): boolean {
  return (h.words & PRIMARY_TAG) !== 0;
}

/** The class or id names the article's category (see CATEGORY_RE). */
export function isCategoryBox(h: ElementHints): boolean {
  return (h.words & CATEGORY) !== 0;
}

/** The class marks an hAtom entry ("hentry"). */
export function isEntry(h: ElementHints): boolean {
  return (h.words & ENTRY) !== 0;
}

/** ARIA labels of a breadcrumb trail in the bench languages. */
const TRAIL_LABEL =
  /crumb|brotkrum|krümel|migas|ariane|briciol|kruimel|okruszk|хлебн|крихт|パンくず|面包屑|麵包屑/i;

/** A breadcrumb trail: by class or id, ARIA label or BreadcrumbList microdata. */
export function isBreadcrumb(h: ElementHints): boolean {
  return h.trail || (h.words & BREADCRUMB) !== 0;
}

/** 0 itemprop=author, 1 rel=author, 2 byline class, 3 author class/id; null for none. */
export function bylineRank(h: ElementHints): number | null {
  if (h.itemprop && /author/i.test(h.itemprop)) return 0;
  if (h.rel && /\bauthor\b/i.test(h.rel)) return 1;
  if ((h.words & BYLINE) === 0 || (h.words & AUTHORITY) !== 0) return null;
  return (h.words & BYLINE_EXACT) !== 0 ? 2 : 3;
}

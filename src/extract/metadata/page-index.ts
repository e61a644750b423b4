/**
 * One walk over the DOM collecting every element a metadata reader needs (meta tags, JSON-LD, h1s,
 * `<time>`s, byline and date holders, short date-like leaves), each marked when it sits in a comment
 * thread, sidebar or footer. Readers use these lists instead of running many document-wide CSS
 * selectors, which on a large page cost more than the rest of metadata together.
 */
import type { AnyNode, Element } from 'domhandler';
import {
  BYLINE_ATTRIBUTE_WORDS,
  DATE_ATTRIBUTE_WORDS,
  DATE_LEAF_TAGS,
  EXCLUDED_AREA_TAGS,
  EXCLUDED_AREA_WORDS,
  SOFT_EXCLUDED_AREA_TAGS,
  SOFT_EXCLUDED_AREA_WORDS,
} from './selectors.js';

export interface Marked {
  el: Element;
  /** Inside a comment thread, sidebar, footer, nav or related-links block. */
  excluded: boolean;
  /**
   * Excluded only by an aside or sidebar that sits inside an `<article>`: many templates put the
   * article's own date there, so it is a late fallback rather than never read.
   */
  articleAside?: boolean;
}

export interface Byline extends Marked {
  /** 0 itemprop=author, 1 rel=author, 2 byline class, 3 author class/id: lower is more specific. */
  rank: number;
}

export interface PageIndex {
  html: Element | null;
  title: string | null;
  metas: Element[];
  jsonLd: string[];
  h1s: Element[];
  times: Marked[];
  /** Elements other than `<time>` with a `datetime` or `data-date`-like attribute. */
  dateAttributes: Marked[];
  bylines: Byline[];
  dateHolders: Marked[];
  /** Short text of leaf elements that contain a four-digit number (a year, perhaps a date). */
  dateLeaves: { text: string; excluded: boolean }[];
  baseHref: string | null;
  canonicalHref: string | null;
  tagLinks: Element[];
}

const SKIPPED = new Set(['style', 'noscript', 'template', 'svg', 'iframe', 'select', 'option']);
const PAGE_WRAPPERS = new Set(['html', 'body', 'article', 'main']);
const MAX_DATE_LEAVES = 400;
/** Attributes that hold a machine or visible date on any element. */
export const DATE_ATTRIBUTES = ['datetime', 'data-date', 'data-published', 'data-publish-date'];
/** A class or id token starting with one of the words; one regex over the string, no token split. */
const startsWithWord = (words: readonly string[]) => new RegExp(`(?:^|\\s)(?:${words.join('|')})`, 'i');
const EXCLUDED_RE = startsWithWord(EXCLUDED_AREA_WORDS);
const SOFT_EXCLUDED_RE = startsWithWord(SOFT_EXCLUDED_AREA_WORDS);

/** Where an element sits: excluded (and whether only softly, by an aside), and inside an `<article>`. */
interface Area {
  excluded: boolean;
  /** Excluded by something other than an aside or sidebar (comments, related links, footer, nav). */
  hard: boolean;
  inArticle: boolean;
}
const OPEN: Area = { excluded: false, hard: false, inArticle: false };
const DATE_RE = new RegExp(DATE_ATTRIBUTE_WORDS.join('|'), 'i');
const BYLINE_RE = new RegExp(BYLINE_ATTRIBUTE_WORDS.join('|'), 'i');

/** Walk the document once. */
export function indexPage(root: AnyNode[]): PageIndex {
  const index: PageIndex = {
    html: null,
    title: null,
    metas: [],
    jsonLd: [],
    h1s: [],
    times: [],
    dateAttributes: [],
    bylines: [],
    dateHolders: [],
    dateLeaves: [],
    baseHref: null,
    canonicalHref: null,
    tagLinks: [],
  };
  for (const node of root) visit(node, OPEN, index);
  index.bylines.sort((a, b) => a.rank - b.rank);
  return index;
}

function visit(node: AnyNode, above: Area, index: PageIndex): void {
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') {
    if ('children' in node) for (const child of node.children) visit(child, above, index);
    return;
  }
  const el = node as Element;
  const tag = el.name.toLowerCase();
  const a = el.attribs;
  if (tag === 'script') {
    if ((a.type ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(textOf(el));
    return;
  }
  if (SKIPPED.has(tag)) return;
  // Most elements have neither: skip building and testing strings for them.
  const classId = a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}` : '';
  const area = areaOf(tag, classId, above);
  record(el, tag, classId, area, index);
  for (const child of el.children) visit(child, area, index);
}

function areaOf(tag: string, classId: string, above: Area): Area {
  const inArticle = above.inArticle || tag === 'article';
  const checkClass = classId !== '' && !PAGE_WRAPPERS.has(tag);
  if (!EXCLUDED_AREA_TAGS.has(tag) && !(checkClass && EXCLUDED_RE.test(classId))) {
    return above.inArticle === inArticle ? above : { ...above, inArticle };
  }
  const soft = SOFT_EXCLUDED_AREA_TAGS.has(tag) || (checkClass && SOFT_EXCLUDED_RE.test(classId));
  const hard = above.hard || !soft;
  return { excluded: true, hard, inArticle };
}

function record(el: Element, tag: string, classId: string, area: Area, index: PageIndex): void {
  const a = el.attribs;
  const excluded = area.excluded;
  const articleAside = excluded && !area.hard && area.inArticle;
  switch (tag) {
    case 'html':
      index.html ??= el;
      return;
    case 'meta':
      index.metas.push(el);
      return;
    case 'title':
      index.title ??= textOf(el);
      return;
    case 'base':
      index.baseHref ??= a.href ?? null;
      return;
    case 'link':
      if (/\bcanonical\b/i.test(a.rel ?? '')) index.canonicalHref ??= a.href ?? null;
      return;
    case 'h1':
      index.h1s.push(el);
      break;
    case 'time':
      index.times.push({ el, excluded, articleAside });
      break;
    case 'a':
      if (/\btag\b/i.test(a.rel ?? '')) index.tagLinks.push(el);
      break;
  }
  if (tag !== 'time' && hasDateAttribute(a)) index.dateAttributes.push({ el, excluded });
  const rank = bylineRank(a, classId);
  if (rank !== null) index.bylines.push({ el, excluded, articleAside, rank });
  if (tag === 'time' || hasDateHint(a, classId)) index.dateHolders.push({ el, excluded, articleAside });
  if (DATE_LEAF_TAGS.has(tag) && index.dateLeaves.length < MAX_DATE_LEAVES) {
    if (!el.children.some((c) => c.type === 'tag')) {
      const text = textOf(el).trim();
      if (text.length >= 6 && text.length <= 40 && /\d{4}/.test(text))
        index.dateLeaves.push({ text, excluded });
    }
  }
}

function hasDateAttribute(a: Record<string, string>): boolean {
  for (const name of DATE_ATTRIBUTES) if (a[name]) return true;
  return false;
}

function hasDateHint(a: Record<string, string>, classId: string): boolean {
  const testId = a['data-testid'];
  const prop = a.itemprop;
  if (!classId && !testId && !prop) return false;
  return DATE_RE.test(`${classId} ${testId ?? ''} ${prop ?? ''}`);
}

function bylineRank(a: Record<string, string>, classId: string): number | null {
  if (a.itemprop && /author/i.test(a.itemprop)) return 0;
  if (a.rel && /\bauthor\b/i.test(a.rel)) return 1;
  if (!classId || !BYLINE_RE.test(classId) || /authority/i.test(classId)) return null;
  return /byline/i.test(classId) ? 2 : 3;
}

function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.data;
    else if (child.type === 'tag') out += textOf(child);
  }
  return out;
}

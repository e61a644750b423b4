/**
 * One walk over the DOM collecting every element a metadata reader needs (meta tags, JSON-LD, h1s,
 * `<time>`s, byline and date holders, short date-like leaves), each marked when it sits in a comment
 * thread, sidebar or footer. Readers use these lists instead of running many document-wide CSS
 * selectors, which on a large page cost more than the rest of metadata together.
 */
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { within } from '../body/dom.js';
import { countCjk } from '../cjk.js';
import { shortText } from '../short-text.js';
import {
  bylineRank,
  type ElementHints,
  hasDateHint,
  inExcludedArea,
  inSoftExcludedArea,
  isBreadcrumb,
  isCategoryBox,
  isEntry,
  isPrimaryTag,
  readHints,
  type WordCache,
} from './element-hints.js';
import { descendantsWhere, hasDescendant, textContent } from './node-text.js';
import { DATE_LEAF_TAGS, EXCLUDED_AREA_TAGS, SOFT_EXCLUDED_AREA_TAGS } from './selectors.js';
import { CATEGORY_LABELS, HOME_LINK_WORDS } from './site-vocab.js';
import { bareHost } from './urls.js';

export { DATE_ATTRIBUTES } from './element-hints.js';

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
  /** The document walked. */
  root: Document;
  html: Element | null;
  title: string | null;
  metas: Element[];
  jsonLd: string[];
  /**
   * Headline candidates in page order: every `<h1>`, and the first element outside comments and
   * sidebars marked `itemprop="headline"` whatever its tag (`<h2 itemprop="headline">` on pages
   * without an h1, or whose h1 is the logo). Only the first: later ones are teasers' headlines.
   */
  h1s: Element[];
  times: Marked[];
  /** Elements other than `<time>` with a `datetime` or `data-date`-like attribute. */
  dateAttributes: Marked[];
  bylines: Byline[];
  dateHolders: Marked[];
  /** Short text of leaf elements that contain a four-digit number (a year, perhaps a date). */
  dateLeaves: { el: Element; text: string; excluded: boolean }[];
  baseHref: string | null;
  canonicalHref: string | null;
  /** The first absolute href of a head link to the site's own feed, search or short link. */
  siteLinkHref: string | null;
  tagLinks: Element[];
  /**
   * Links after the headline, outside navigation, sidebars and related lists, to a tag or topic
   * page ("/thema/grundsteuer/", "/tags/sncf", "/keyword/クマ"): the article's tags as a box shows them.
   */
  topicLinks: Element[];
  /** The first breadcrumb trail: by class or id, ARIA label or BreadcrumbList microdata. */
  breadcrumb: Element | null;
  /** Links marked `rel="category"` (WordPress's "category tag"), outside comments and menus. */
  categoryLinks: Element[];
  /** The first element a CMS classes as the article's primary tag (see `isPrimaryTag`). */
  primaryTag: Element | null;
  /** The first element classed as the article's category ("post-cat"), outside menus and teasers. */
  categoryBox: Element | null;
  /** Links to a front page, with the host they name (null when relative): trails start with one. */
  homeLinks: { el: Element; host: string | null }[];
  /** Bylines inside an `<article>`, with it, for `excludeOutsideArticle`. */
  bylineArticles: { item: { excluded: boolean }; article: Element }[];
  /** Every date item with the `<article>` it sits in, for `excludeOutsideArticle`. */
  dated: { item: { excluded: boolean }; article: Element | null }[];
  /** Date items above the headline, outside any `<article>`/`<main>`, in page order. */
  aboveHeadline: { el: Element; excluded: boolean }[];
  /**
   * Where the site's chrome ends above the headline: after a `<header>`/`<nav>` (or ARIA banner or
   * navigation) closes, or after a link to a front page (`host` null when it is relative). `upTo`
   * counts the `aboveHeadline` items before it. See `excludeTopBar`.
   */
  chromeEnds: { upTo: number; host: string | null }[];
}

const SKIPPED = ['style', 'noscript', 'template', 'svg', 'iframe', 'select', 'option'];
const PAGE_WRAPPERS = ['html', 'body', 'article', 'main'];
const MAX_DATE_LEAVES = 400;
const MAX_CATEGORY_LINKS = 3;
const MAX_CATEGORY_CHARS = 60;
const MAX_HOME_LINKS = 20;
/** Head links that point at the site itself (unlike stylesheets and icons, often on a CDN). */
const SITE_LINK_RELS = /\b(?:alternate|search|shortlink|home|start|edituri|pingback)\b/i;

/** Where an element sits: excluded (and whether only softly, by an aside), and inside an `<article>`. */
interface Area {
  excluded: boolean;
  /** Excluded by something other than an aside or sidebar (comments, related links, footer, nav). */
  hard: boolean;
  inArticle: boolean;
  /** Inside an `<article>` or `<main>`. */
  inContent: boolean;
  /** The nearest `<article>` around (or being) the element. */
  article: Element | null;
}
const OPEN: Area = { excluded: false, hard: false, inArticle: false, inContent: false, article: null };
/** The site's own header and navigation, by tag or ARIA role (see `chromeEnds`). */
const SITE_CHROME_TAGS = new Set(['header', 'nav']);
const SITE_CHROME_ROLES = /^(?:banner|navigation)$/i;

/** What the walk asks of a tag name, as bits: one lookup per element instead of one per question. */
const SKIP = 1;
const AREA = 2;
const SOFT_AREA = 4;
const WRAPPER = 8;
const DATE_LEAF = 16;
/** Tags `record` files by name. */
const NAMED = 32;
const TAG_BITS = new Map<string, number>();
for (const [tags, bit] of [
  [SKIPPED, SKIP],
  [EXCLUDED_AREA_TAGS, AREA],
  [SOFT_EXCLUDED_AREA_TAGS, SOFT_AREA],
  [PAGE_WRAPPERS, WRAPPER],
  [DATE_LEAF_TAGS, DATE_LEAF],
  [['html', 'meta', 'title', 'base', 'link', 'h1', 'time', 'abbr', 'a'], NAMED],
] as const) {
  for (const tag of tags) TAG_BITS.set(tag, (TAG_BITS.get(tag) ?? 0) | bit);
}

/** Walk the document once. */
export function indexPage(root: Document): PageIndex {
  const index: PageIndex = {
    root,
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
    siteLinkHref: null,
    tagLinks: [],
    topicLinks: [],
    breadcrumb: null,
    categoryLinks: [],
    primaryTag: null,
    categoryBox: null,
    homeLinks: [],
    dated: [],
    bylineArticles: [],
    aboveHeadline: [],
    chromeEnds: [],
  };
  const words: WordCache = new Map();
  visit(root, OPEN, index, words);
  index.bylines.sort((a, b) => a.rank - b.rank);
  return index;
}

function visit(node: AnyNode, above: Area, index: PageIndex, words: WordCache): void {
  const type = node.type;
  if (type !== 'tag' && type !== 'script' && type !== 'style') {
    // The document and CDATA sections hold nodes; text and comments do not.
    if (type === 'root' || type === 'cdata')
      for (const child of node.children) visit(child, above, index, words);
    return;
  }
  const el = node as Element;
  // Both parsers cheerio uses give HTML element names in lower case.
  const tag = el.name;
  if (tag === 'script') {
    if ((el.attribs.type ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(textOf(el));
    return;
  }
  const bits = TAG_BITS.get(tag) ?? 0;
  if (bits & SKIP) return;
  const hints = readHints(el.attribs, words);
  const area = areaOf(el, tag, bits, hints, above);
  record(el, tag, bits, hints, area, index);
  const before = index.aboveHeadline.length;
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // Text and comments hold nothing the index wants; most children are text.
    if (child.type !== 'text' && child.type !== 'comment') visit(child, area, index, words);
  }
  if (tag === 'li' && index.h1s.length === 0 && index.aboveHeadline.length > before)
    teaserItem(el, before, index);
  if (index.h1s.length === 0 && !area.inContent && index.aboveHeadline.length > 0) {
    const upTo = index.aboveHeadline.length;
    if (SITE_CHROME_TAGS.has(tag) || SITE_CHROME_ROLES.test(el.attribs.role ?? '')) {
      index.chromeEnds.push({ upTo, host: null });
    } else if (tag === 'a') {
      const home = FRONT_PAGE.exec(el.attribs.href?.trim() ?? '');
      if (home) index.chromeEnds.push({ upTo, host: home[1] ? bareHost(home[1]) : null });
    }
  }
}

/**
 * A date on another article's card: beside a link to another page whose text is a headline (four
 * words or more, or eight CJK characters), in the date's own parent or its parent's ("<div
 * class=card><span class=date>11 marzo 2025</span><a href=…>Carnevale alle scuole Soria, …</a>").
 * An author's or a section's link beside the article's own date is a word or three.
 */
function teaserDate(el: Element): boolean {
  // A card that is one link, the date inside it beside the other page's headline.
  for (
    let p = el.parent, level = 0;
    p && p.type === 'tag' && level < TEASER_LEVELS + 1;
    p = p.parent, level++
  ) {
    if ((p as Element).name === 'a') {
      const a = p as Element;
      return headlineLink(a, textContent(el).trim().length);
    }
  }
  let holder: Element | null = el.parent?.type === 'tag' ? (el.parent as Element) : null;
  for (let level = 0; holder && level < TEASER_LEVELS; level++) {
    for (const child of holder.children) {
      if (
        child.type === 'tag' &&
        child !== el &&
        !within(el, child as Element) &&
        headlineLink(child as Element)
      )
        return true;
    }
    holder = holder.parent?.type === 'tag' ? (holder.parent as Element) : null;
  }
  return false;
}
const TEASER_LEVELS = 2;

/** A link to another page whose text, less `dateChars` of its own date's, is a headline. */
function headlineLink(el: Element, dateChars = 0): boolean {
  if (!linksElsewhere(el)) return false;
  const text = textContent(el).trim();
  if (text.length - dateChars < TEASER_MIN_CHARS) return false;
  return text.split(/\s+/).length >= TEASER_WORDS + (dateChars ? 2 : 0) || countCjk(text) >= TEASER_CJK;
}
/** Shorter than this beside its date, a link's text is no headline (a permalink on the date itself). */
const TEASER_MIN_CHARS = 8;
const TEASER_WORDS = 4;
const TEASER_CJK = 8;

/**
 * A list item above the headline holding a date beside a link to another page ("<li><time>18:40</time>
 * <a href="/weather/0311/">…</a></li>", a "latest in this section" list): the date is that page's.
 * A date inside its link (a theme's permalink around the entry's own date) is left alone.
 */
function teaserItem(li: Element, from: number, index: PageIndex): void {
  const links = descendantsWhere(li, linksElsewhere);
  if (links.length === 0) return;
  for (let i = from; i < index.aboveHeadline.length; i++) {
    const item = index.aboveHeadline[i]!;
    if (!links.some((a) => within(item.el, a))) item.excluded = true;
  }
}

/** A link labelled as the front page ("首页" to "/main.htm"), its one child its text. */
function namedHome(el: Element): boolean {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return (
    only?.type === 'text' && only.data.length <= 20 && HOME_LINK_WORDS.has(only.data.trim().toLowerCase())
  );
}

/** A link to another page: not an anchor on this one, nor the front page. */
function linksElsewhere(el: Element): boolean {
  const href = el.attribs.href?.trim() ?? '';
  return el.name === 'a' && href !== '' && !href.startsWith('#') && !FRONT_PAGE.test(href);
}

/** An h1 in the page's `<header>`, or holding a link to a front page: the site's name, not a headline. */
function logoHeading(h1: Element): boolean {
  for (let p = h1.parent; p && p.type === 'tag'; p = p.parent) if (p.name === 'header') return true;
  return hasDescendant(h1, (el) => el.name === 'a' && FRONT_PAGE.test(el.attribs.href?.trim() ?? ''));
}

function inContentElement(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
    if (p.name === 'article' || p.name === 'main') return true;
  }
  return false;
}

/** The path of a tag or topic page, in the bench languages. */
/** A link right after a category label ("分类: <a>旅行</a>", "Kategorie: <a>Reisen</a>"). */
function labelledCategory(el: Element): boolean {
  const prev = el.prev;
  // A tag page's link is a tag's, whatever the label says.
  if (prev?.type !== 'text' || TOPIC_HREF.test(el.attribs.href ?? '')) return false;
  const data = (prev as Text).data;
  // Most links follow whitespace or prose: test the colon before the label words.
  return /[:：]\s*$/.test(data) && CATEGORY_LABEL.test(data);
}
const CATEGORY_LABEL = new RegExp(`(?:^|[\\s>|·])(?:${CATEGORY_LABELS.join('|')})\\s*[:：]\\s*$`, 'iu');

const TOPIC_HREF =
  /\/(?:tags?|tagged|thema|themen|topics?|keywords?|schlagw[oö]rt(?:er|e)?|stichw[oö]rt(?:er|e)?|etiquetas?|etichette|tema|temat|tematy|onderwerpen?|trefwoord|теги?|тема|метки|keyword|キーワード|タグ|标签|標籤)\/[^/?#]+\/?(?:[?#].*)?$/iu;

/** A link to a site's front page: "/", "index.html", "https://www.example.com/" (a query picks a section). */
export const FRONT_PAGE = /^(?:https?:\/\/([^/?#]+))?\/?(?:index\.\w+)?(?:#.*)?$/i;

/**
 * Marks the site's top bar: date items above the headline and outside the content that the site's
 * header, navigation or a link to this site's front page follows ("Dienstag, 18. März 2025" beside
 * the weather) are the site's "today", not the article's. Needs a headline (without one, "above"
 * means nothing) and the page's host, to tell the logo's link from a link to another site.
 */
export function excludeTopBar(index: PageIndex, host: string | null): void {
  if (index.h1s.length === 0) return;
  // A headline inside <article> or <main>: dates above it outside them are other articles' cards
  // ("More from Art" with their <time>s) or the site's; the article's own date is in its container.
  // So is one that is the site's logo ("<h1 class=site-title><a href=/>…"): what stands above it
  // outside the content is the top bar.
  const h1 = index.h1s[0]!;
  let upTo = inContentElement(h1) || logoHeading(h1) ? index.aboveHeadline.length : 0;
  for (const end of index.chromeEnds) {
    if (end.host === null || end.host === host) upTo = Math.max(upTo, end.upTo);
  }
  for (let i = 0; i < upTo; i++) index.aboveHeadline[i]!.excluded = true;
}

function areaOf(el: Element, tag: string, bits: number, hints: ElementHints, above: Area): Area {
  const isArticle = tag === 'article' || (tag !== 'body' && tag !== 'html' && isEntry(hints));
  const inArticle = above.inArticle || isArticle;
  const inContent = above.inContent || isArticle || tag === 'main';
  const article = isArticle ? el : above.article;
  const checkClass = hints.hasClassId && (bits & WRAPPER) === 0;
  if ((bits & AREA) === 0 && !(checkClass && inExcludedArea(hints))) {
    return above.inContent === inContent && above.article === article
      ? above
      : { ...above, inArticle, inContent, article };
  }
  const soft = (bits & SOFT_AREA) !== 0 || (checkClass && inSoftExcludedArea(hints));
  const hard = above.hard || !soft;
  return { excluded: true, hard, inArticle, inContent, article };
}

function record(
  el: Element,
  tag: string,
  bits: number,
  hints: ElementHints,
  area: Area,
  index: PageIndex,
): void {
  const excluded = area.excluded;
  const articleAside = excluded && !area.hard && area.inArticle;
  // A date item is also left out on another article's card (see `teaserDate`): one element may be a
  // time, a date holder and a date leaf at once, so the card is looked for once.
  let card: boolean | undefined;
  const dated = (): boolean => {
    if (!excluded && card === undefined) card = teaserDate(el);
    return excluded || card === true;
  };
  if ((bits & NAMED) !== 0) {
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
        index.baseHref ??= el.attribs.href ?? null;
        return;
      case 'link':
        if (/\bcanonical\b/i.test(hints.rel ?? '')) index.canonicalHref ??= el.attribs.href ?? null;
        else if (SITE_LINK_RELS.test(hints.rel ?? '') && /^https?:\/\//i.test(el.attribs.href ?? '')) {
          index.siteLinkHref ??= el.attribs.href!;
        }
        return;
      case 'h1':
        index.h1s.push(el);
        break;
      case 'time':
        index.times.push(watch({ el, excluded: dated(), articleAside }, area, index));
        break;
      case 'abbr':
        // hAtom's `<abbr class="published" title="2024-11-09T21:37:00+01:00">21:37</abbr>` (Blogger).
        if (el.attribs.title && /\b(?:published|updated)\b/.test(el.attribs.class ?? '')) {
          index.times.push(watch({ el, excluded: dated(), articleAside }, area, index));
        }
        break;
      case 'a': {
        if (index.homeLinks.length < MAX_HOME_LINKS) {
          const home = FRONT_PAGE.exec(el.attribs.href?.trim() ?? '');
          if (home) index.homeLinks.push({ el, host: home[1] ? bareHost(home[1]) : null });
          else if (namedHome(el)) index.homeLinks.push({ el, host: null });
        }
        if (
          (hints.rel?.includes('category') || labelledCategory(el)) &&
          !area.hard &&
          index.categoryLinks.length < MAX_CATEGORY_LINKS
        ) {
          index.categoryLinks.push(el);
        }
        if (hints.rel && /\btag\b/i.test(hints.rel)) index.tagLinks.push(el);
        else if (!excluded && index.h1s.length > 0 && TOPIC_HREF.test(el.attribs.href ?? '')) {
          index.topicLinks.push(el);
        }
        break;
      }
    }
  }
  if (tag !== 'h1' && !excluded && isHeadlineProp(el, hints.itemprop) && index.h1s.every(isH1)) {
    index.h1s.push(el);
  }
  // Trails are often a <nav>, which marks its area excluded; one anywhere names the page's place.
  if (index.breadcrumb === null && isBreadcrumb(hints)) index.breadcrumb = el;
  if (index.primaryTag === null && !area.hard && isPrimaryTag(hints)) index.primaryTag = el;
  // Not a wrapper classed for its post's category ("hentry category-local"): a label's few words.
  if (
    index.categoryBox === null &&
    !area.excluded &&
    (bits & WRAPPER) === 0 &&
    isCategoryBox(hints) &&
    shortText(el, MAX_CATEGORY_CHARS) !== null
  )
    index.categoryBox = el;
  if (tag !== 'time' && hints.dateAttribute)
    index.dateAttributes.push(watch({ el, excluded: dated() }, area, index));
  // An h1 is the headline or the site's logo ("vcard author" on a blog's title), never the byline.
  const rank = tag === 'h1' ? null : bylineRank(hints);
  if (rank !== null) index.bylines.push(watchByline({ el, excluded, articleAside, rank }, area, index));
  if (tag === 'time' || hasDateHint(hints))
    index.dateHolders.push(watch({ el, excluded: dated(), articleAside }, area, index));
  if ((bits & DATE_LEAF) !== 0 && index.dateLeaves.length < MAX_DATE_LEAVES && isLeaf(el)) {
    const text = dateLeafText(el);
    if (text !== null) index.dateLeaves.push(watch({ el, text, excluded: dated() }, area, index));
  }
}

/** The machine-readable time of an indexed `<time>` (its datetime) or hAtom `<abbr>` (its title). */
export function machineTime(el: Element): string | undefined {
  return el.attribs.datetime ?? (el.name === 'abbr' ? el.attribs.title : undefined);
}

/** An item above the headline and outside the content is watched for the site chrome below it. */
function watchAbove(item: { el: Element; excluded: boolean }, area: Area, index: PageIndex): void {
  if (!item.excluded && !area.inContent && index.h1s.length === 0) index.aboveHeadline.push(item);
}

/** A date item: watched above the headline, and kept with its `<article>` (see `excludeOutsideArticle`). */
function watch<T extends { el: Element; excluded: boolean }>(item: T, area: Area, index: PageIndex): T {
  watchAbove(item, area, index);
  index.dated.push({ item, article: area.article });
  return item;
}

/**
 * A byline above the headline and outside the content goes with the dates there: other articles'
 * cards ("teaser-author") or the site's top bar once the headline turns out to sit in the content.
 */
function watchByline(item: Byline, area: Area, index: PageIndex): Byline {
  watchAbove(item, area, index);
  if (area.article) index.bylineArticles.push({ item, article: area.article });
  return item;
}

/**
 * With the headline inside an `<article>`, bylines in other `<article>`s are other stories'; when
 * that article holds a date of its own, dates outside it (a "More news" list after it, other
 * articles' cards) are not the article's either.
 */
export function excludeOutsideArticle(index: PageIndex): void {
  const h1 = index.h1s[0];
  if (!h1) return;
  let home: Element | null = null;
  for (let p = h1.parent; p && p.type === 'tag' && !home; p = p.parent) if (p.name === 'article') home = p;
  if (!home) return;
  // Another <article> is another story: a teaser card's "Von Jonas Petersen".
  for (const b of index.bylineArticles) if (b.article !== home) b.item.excluded = true;
  if (!index.dated.some((d) => d.article === home && !d.item.excluded)) return;
  for (const d of index.dated) if (d.article !== home) d.item.excluded = true;
}

/**
 * An element that shows a headline: not a `<meta itemprop="headline">`, which holds it out of sight,
 * and not a teaser's headline, which links to its article (the page's own headline needs no link).
 */
function isHeadlineProp(el: Element, itemprop: string | undefined): boolean {
  if (itemprop === undefined || !HEADLINE_PROP.test(itemprop)) return false;
  return el.name !== 'meta' && el.name !== 'link' && !hasDescendant(el, (d) => d.name === 'a');
}

const isH1 = (el: Element) => el.name === 'h1';
const HEADLINE_PROP = /(?:^|\s)headline(?:\s|$)/i;

function isLeaf(el: Element): boolean {
  for (const child of el.children) if (child.type === 'tag') return false;
  return true;
}

/** A leaf's trimmed text when it is 6 to 40 characters and holds four digits in a row, else null. */
function dateLeafText(el: Element): string | null {
  let text = textOf(el);
  if (text.length < 6) return null;
  // Long leaves are common (a whole paragraph); trim before scanning them for digits.
  text = text.trim();
  return text.length >= 6 && text.length <= 40 && /\d{4}/.test(text) ? text : null;
}

function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.data;
    else if (child.type === 'tag') out += textOf(child);
  }
  return out;
}

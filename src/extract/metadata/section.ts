/**
 * `section`: the part of the site the article belongs to. Meta and JSON-LD first; then what the page
 * shows: a breadcrumb trail by class or ARIA label; a CMS's category link (`rel="category"`), its
 * primary tag (Ghost) or an element classed for the category ("post-cat"); last, a trail told by its
 * shape (a link to the front page and links after it, parted by "›", "/", "＞" …).
 */

import type { Element } from 'domhandler';
import { shortText } from '../short-text.js';
import type { MetaContext } from './context.js';
import { SECTION_KEYS } from './meta-keys.js';
import { firstMeta } from './meta-tags.js';
import { hasDescendant, textContent } from './node-text.js';
import { FRONT_PAGE, type PageIndex } from './page-index.js';
import { collapse } from './site-notice.js';
import { HOME_LINK_WORDS } from './site-vocab.js';

/** The article's section or category, or null. */
export function readSection(ctx: MetaContext): string | null {
  const declared =
    firstMeta(ctx.meta, SECTION_KEYS.slice(0, 2)) ?? ctx.jsonLd?.section ?? firstMeta(ctx.meta, SECTION_KEYS);
  if (declared !== null && declared !== undefined) return declared;
  // Read only when the page shows its section: the headline, to tell a trail's crumb that repeats it.
  const headline = headlineText(ctx.index);
  return (
    sectionOfTrail(ctx.index.breadcrumb, headline) ??
    categoryName(ctx.index, headline) ??
    sectionOfTrail(shapedTrail(ctx.index, ctx.host), headline)
  );
}

/** A crumb longer than this is the article's own headline, not a section. */
const MAX_CRUMB_WORDS = 4;
const MAX_CRUMB_LENGTH = 40;
const MAX_CRUMBS = 8;
/** A crumb that is no link, after the last link, is the page itself: a section only this short. */
const MAX_PLACE_WORDS = 3;
const MAX_PLACE_LENGTH = 30;

/** One piece of a trail: a link, a separator, or text that is neither. */
type Crumb = { link: Element | null; text: string } | 'separator';

/**
 * Signs between a trail's levels. Not "|" or "·": menus part their entries with those, while a
 * trail's sign points down a level.
 */
const SEPARATOR_SPLIT = /\s*([>›»/\\＞〉→]+|::)\s*/u;

/**
 * The deepest section a breadcrumb trail names ("Home › News › Courts" → "Courts"): its last link
 * that is neither the front page nor a headline-long crumb (the article itself), or a short crumb
 * after it that is no link (the page's place, when the trail stops at its section: "Startseite /
 * Meinung"), unless that is the headline's or a word for "the article".
 */
function sectionOfTrail(trail: Element | null, headline: string): string | null {
  if (!trail) return null;
  const crumbs = crumbsOf(trail);
  const links = crumbs.filter((c) => c !== 'separator' && c.link !== null);
  // A "crumb" class on a box of many links is no trail (a layout wrapper, a menu).
  if (links.length > MAX_CRUMBS) return null;
  let section: string | null = null;
  // A crumb with no link counts only right after a link: the page's own place at the trail's end.
  let afterLink = false;
  // The trail's first front page is the site's; a later one names a section (on a host of its own:
  // "首页 > 评论" linking "opinion.example.com/").
  let home = false;
  for (const c of crumbs) {
    if (c === 'separator') continue;
    if (c.link) {
      const front = FRONT_PAGE.test(c.link.attribs.href?.trim() ?? '');
      const level = (!front || home) && sectionLink(c.link, c.text);
      if (level) section = c.text;
      // After a button ("drucken"), text is the bar's, not the trail's ("Seiten-ID: 312").
      afterLink = level || (front && !home);
      home ||= front;
    } else {
      if (afterLink && placeName(c.text, headline)) section = c.text;
      afterLink = false;
    }
  }
  return section;
}

/** A link of a trail that names a section: short, not the front page's name, a year or a button. */
function sectionLink(el: Element, text: string): boolean {
  if (!text || text.length > MAX_CRUMB_LENGTH || text.split(' ').length > MAX_CRUMB_WORDS) return false;
  const href = el.attribs.href?.trim() ?? '';
  const lower = text.toLowerCase();
  if (HOME_LINK_WORDS.has(lower) || THE_ARTICLE.test(lower) || NOT_A_PAGE.test(href) || DATE_ONLY.test(text))
    return false;
  // "‹ Zurück", "Print Article": the bar's buttons, not a level of the trail.
  return /^[\p{L}\p{N}]/u.test(text) && !TRAIL_BUTTONS.test(text);
}

/** An archive's level of a trail ("2025年", "2025"), no section. */
const DATE_ONLY = /^\d{4}\s*年?(?:\s*\d{1,2}\s*月)?$/u;

/**
 * A trail's last crumb with no link, as a section: short, a name, not the headline or "article". A
 * crumb sharing a longer word with the headline or title is the page itself, shortened
 * ("Havenstaking Rotterdam").
 */
function placeName(text: string, headline: string): boolean {
  if (!text || text.length > MAX_PLACE_LENGTH || text.split(' ').length > MAX_PLACE_WORDS) return false;
  if (!PLACE.test(text)) return false;
  const lower = text.toLowerCase();
  if (HOME_LINK_WORDS.has(lower) || THE_ARTICLE.test(lower) || TRAIL_BUTTONS.test(text)) return false;
  const page = headline.toLowerCase();
  if (page.includes(lower)) return false;
  return !lower.split(/[\s,.:;!?]+/).some((word) => word.length >= PAGE_WORD && page.includes(word));
}
/** Letters of a word the crumb shares with the headline for it to be the page's own. */
const PAGE_WORD = 4;

/** A section's name: words, no figures or labels ("Seiten-ID: 312"). */
const PLACE = /^\p{L}[\p{L}\p{M}\s&'’.-]*$/u;
/** A trail's words for the page being read ("正文", "Artikel"): no section. */
const THE_ARTICLE =
  /^(?:正文|内容|详情|詳細|本文|記事|article|artikel|detail|details|noticia|notícia|artículo|articolo|artykuł|статья|стаття|новость|новина)$/u;
const LEADING_MARKS = /^[\s>›»/\\＞〉→|·•:–-]+/u;
const NOT_A_PAGE = /^(?:javascript:|mailto:|#|\?)/i;
const TRAIL_BUTTONS =
  /^(?:print|drucken|imprimer|stampa|imprimir|drukuj|печать|back|zurück|retour|volver|indietro|voltar|search|suche|rechercher|buscar|share|teilen|partager|compartir|rss)\b/i;

/** A trail's links, separators and other text, in page order; whitespace collapsed. */
function crumbsOf(trail: Element): Crumb[] {
  const crumbs: Crumb[] = [];
  const walk = (el: Element): void => {
    for (const node of el.children) {
      if (node.type === 'text') {
        for (const [i, part] of node.data.split(SEPARATOR_SPLIT).entries()) {
          const text = collapse(part);
          // split() puts each separator it cut at an odd index.
          if (i % 2 === 1) crumbs.push('separator');
          else if (text) crumbs.push({ link: null, text });
        }
      } else if (node.type === 'tag') {
        const child = node as Element;
        if (child.name === 'a') crumbs.push({ link: child, text: collapse(textContent(child)) });
        else if (child.name !== 'script' && child.name !== 'style') walk(child);
      }
    }
  };
  walk(trail);
  return crumbs;
}

/**
 * The first category link's text (WordPress's "Posted in <a rel="category tag">"), else the primary
 * tag's or the category box's ("<div class="post-cat">"): its own text, or the section its links
 * name ("Home / Motori").
 */
function categoryName(index: PageIndex, headline: string): string | null {
  for (const el of index.categoryLinks) {
    // A theme's arrow before the name ("› Gebäck") is no part of it.
    const text = collapse(textContent(el)).replace(LEADING_MARKS, '');
    if (text && text.length <= MAX_CRUMB_LENGTH) return text;
  }
  const tag = index.primaryTag ?? index.categoryBox;
  if (!tag) return null;
  if (tag.name !== 'a' && hasDescendant(tag, (el) => el.name === 'a')) return sectionOfTrail(tag, headline);
  const text = collapse(textContent(tag));
  // A name, not a label ("Category:") or a button.
  const named = PLACE.test(text) && !TRAIL_BUTTONS.test(text);
  return named && text.length <= MAX_CRUMB_LENGTH && text.split(' ').length <= MAX_CRUMB_WORDS ? text : null;
}

/** Links of a trail found by its shape: the front page and a level or more below it. */
const MIN_TRAIL_LINKS = 2;
const MAX_TRAIL_LINKS = 5;
const MAX_TRAIL_CHARS = 300;
/** Levels above a front-page link searched for the trail around it ("<li><a>Home</a></li>"). */
const TRAIL_LEVELS = 3;
/** A label before the trail ("当前位置：", "Vous êtes ici :"). */
const MAX_LABEL_CHARS = 24;

/**
 * A breadcrumb trail no class names, told by its shape: around a link to this site's front page
 * (first in it, after at most a short label), two to five links, each pair parted by a separator
 * and nothing else ("Inicio / Deportes", "当前位置：首页 > 评论 > 正文").
 */
function shapedTrail(index: PageIndex, host: string | null): Element | null {
  for (const home of index.homeLinks) {
    if (home.host !== null && host !== null && !sameSite(home.host, host)) continue;
    let box = home.el.parent;
    for (let level = 0; box && box.type === 'tag' && level < TRAIL_LEVELS; level++) {
      const el = box as Element;
      // A box of more links or text than a trail holds (a menu, the page) ends the climb: the boxes
      // above hold more. Counted with an early stop, before the box's crumbs are read.
      const links = linksUpTo(el, MAX_TRAIL_LINKS + 1);
      if (links > MAX_TRAIL_LINKS || shortText(el, MAX_TRAIL_CHARS) === null) break;
      if (links < MIN_TRAIL_LINKS) {
        box = el.parent;
        continue;
      }
      if (isTrail(crumbsOf(el), home.el)) return el;
      break;
    }
  }
  return null;
}

/** The number of links under `el`, counting no further than `max`. */
function linksUpTo(el: Element, max: number): number {
  let n = 0;
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (n >= max || child.type !== 'tag') continue;
      const tag = child as Element;
      if (tag.name === 'a') n++;
      else walk(tag);
    }
  };
  walk(el);
  return n;
}

function isTrail(crumbs: Crumb[], home: Element): boolean {
  const first = crumbs.findIndex((c) => c !== 'separator' && c.link !== null);
  const opening = crumbs[first];
  if (opening === 'separator' || opening?.link !== home) return false;
  // Before the front page: nothing, or one short label ending in a colon.
  const before = crumbs.slice(0, first);
  if (before.length > 1) return false;
  const label = before[0];
  if (
    label !== undefined &&
    (label === 'separator' || label.text.length > MAX_LABEL_CHARS || !/[:：]$/.test(label.text))
  )
    return false;
  let links = 0;
  let chars = 0;
  let parted = true;
  for (const c of crumbs.slice(first)) {
    if (c === 'separator') {
      parted = true;
      continue;
    }
    chars += c.text.length;
    // Between two links, only separators.
    if (!parted) return false;
    parted = false;
    if (c.link) links++;
  }
  return links >= MIN_TRAIL_LINKS && links <= MAX_TRAIL_LINKS && chars <= MAX_TRAIL_CHARS;
}

/** Hosts of one site: the same, or one under the other ("x.example", "opinion.x.example"). */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The headline's and the title's text, to tell a trail's last crumb that repeats them. */
function headlineText(index: PageIndex): string {
  const h1 = index.h1s[0];
  return `${h1 ? collapse(textContent(h1)) : ''} ${index.title ?? ''}`;
}

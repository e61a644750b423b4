/**
 * Where a page names its own site outside the meta tags: the link to its front page ("<a href="/">
 * Dvina Today</a>", or the logo image's alt inside it), the logo's element, and the copyright notice
 * ("© 2026 Dvina Today", "版权所有 榕城快讯"). Asked only about a title's short segments, to confirm
 * which one is the site: one walk over the page, run only for pages whose meta names no site.
 */
import type { Document, Element } from 'domhandler';
import { countCjk } from '../cjk.js';
import { textContent } from './node-text.js';
import { siteKey } from './site-name.js';
import { collapse, isNotice, noticeNames } from './site-notice.js';
import { FOOTER_CLASS, LOGO_CLASS, RIGHTS_HINT } from './site-vocab.js';
import { bareHost } from './urls.js';

/** Longer link or logo text is a teaser or a slogan, not a name. */
const MAX_NAME_CHARS = 80;
/** A notice longer than this is a paragraph that happens to mention rights. */
const MAX_NOTICE_CHARS = 300;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);

interface Search {
  /** The candidates, each by its siteKey. */
  byKey: Map<string, string>;
  candidates: readonly string[];
  host: string | null;
  /** Index in `candidates` of the best one confirmed so far. */
  best: number;
  /** Elements whose text was already read as a notice. */
  read: Set<Element>;
  /** LOGO and FOOTER bits by class or id value. */
  classValues: Map<string, number>;
}

/**
 * The first of the candidates (title segments, in order of preference) that the page's home link,
 * logo or copyright notice names, or null. The walk stops once the first candidate is confirmed.
 */
export function siteNameInPage(
  root: Document,
  candidates: readonly string[],
  host: string | null,
): string | null {
  const byKey = new Map<string, string>();
  for (const c of candidates) if (siteKey(c).length > 1 && !byKey.has(siteKey(c))) byKey.set(siteKey(c), c);
  const search: Search = {
    byKey,
    candidates,
    host,
    best: candidates.length,
    read: new Set(),
    classValues: new Map(),
  };
  if (byKey.size) visit(root, search, false);
  return candidates[search.best] ?? null;
}

function confirm(search: Search, candidate: string): void {
  search.best = Math.min(search.best, search.candidates.indexOf(candidate));
}

/**
 * False once the best candidate is confirmed: nothing later can change the answer. `footer`: inside
 * the page footer, where "© Site" is the site's notice even without a year.
 */
function visit(node: Document | Element, search: Search, footer: boolean): boolean {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (RIGHTS_HINT.test(child.data) && node.type === 'tag') readNotice(node, child.data, search, footer);
      continue;
    }
    if (child.type !== 'tag') continue;
    const el = child as Element;
    if (SKIPPED.has(el.name)) continue;
    const bits = classBits(el, search.classValues);
    if (isHomeLink(el, search.host) || bits & LOGO) readNames(el, search);
    const inFooter = footer || el.name === 'footer' || (bits & FOOTER) !== 0;
    if (search.best === 0 || !visit(el, search, inFooter)) return false;
  }
  return search.best !== 0;
}

/** A link to the site's front page: rel="home", "/", "./", "/index.html", or the host's own root. */
function isHomeLink(el: Element, host: string | null): boolean {
  if (el.name !== 'a') return false;
  const href = el.attribs.href?.trim();
  if (!href) return false;
  if (el.attribs.rel !== undefined && /(?:^|\s)home(?:\s|$)/i.test(el.attribs.rel)) return true;
  if (/^\.?\/(?:index\.\w+)?$/.test(href)) return true;
  const m = /^(?:https?:)?\/\/([^/?#]+)\/?(?:index\.\w+)?$/i.exec(href);
  return m !== null && host !== null && bareHost(m[1]!) === host;
}

const LOGO = 1;
const FOOTER = 2;

/** LOGO and FOOTER bits of an element's class and id; each distinct value is tested once per page. */
function classBits(el: Element, cache: Map<string, number>): number {
  const { class: cls, id, role } = el.attribs;
  let bits = role === 'contentinfo' ? FOOTER : 0;
  if (cls !== undefined) bits |= valueBits(cls, cache);
  if (id !== undefined) bits |= valueBits(id, cache);
  return bits;
}

function valueBits(value: string, cache: Map<string, number>): number {
  let bits = cache.get(value);
  if (bits === undefined) {
    bits = (LOGO_CLASS.test(value) ? LOGO : 0) | (FOOTER_CLASS.test(value) ? FOOTER : 0);
    cache.set(value, bits);
  }
  return bits;
}

/**
 * The element's text, its title or label, and the alt or title of images inside it. Only a small
 * element holds a name: a header classed "with-logo" holds the menu and more.
 */
function readNames(el: Element, search: Search): void {
  const names: (string | undefined)[] = [el.attribs.title, el.attribs['aria-label']];
  const parts = { text: '' };
  if (!collectNames(el, search.host, names, parts)) return;
  names.push(collapse(parts.text));
  for (const name of names) {
    if (!name || name.length > MAX_NAME_CHARS) continue;
    const hit = search.byKey.get(siteKey(name)) ?? leadingCandidate(name, search.byKey);
    if (hit !== undefined) confirm(search, hit);
  }
}

/** Words a name needs before a plain tail: one word ("Radio") may be a section's. */
const MIN_LEADING_WORDS = 2;
/** Words of a slogan after a separator: one ("- Gaspar", "— site.com") may be the name's own. */
const MIN_SLOGAN_WORDS = 2;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The candidate that opens a logo or home-link name, whole words before a tail the title leaves
 * out: a frequency or a slogan ("Rádio Vale do Lima 96.4 FM", "Radio Havelwelle Ihr Radio für …",
 * "Lahntal-Bote – Die Zeitung für Mittelhessen"). A single word after a separator may be part of
 * the name ("Paróquia São Tiago Apóstolo - Gaspar"), so the name is left unconfirmed.
 */
function leadingCandidate(name: string, byKey: Map<string, string>): string | undefined {
  // A Chinese or Japanese name glued to its Latin spelling ("科创前哨KCQS", "テックウォッチTECH WATCH").
  const words = collapse(name.replace(CJK_THEN_LATIN, '$1 ')).split(' ');
  let key = '';
  for (let i = 0; i < words.length - 1; i++) {
    if (!HAS_WORD.test(words[i]!)) return undefined;
    key += siteKey(words[i]!);
    const hit = byKey.get(key);
    if (hit === undefined) continue;
    const next = words[i + 1]!;
    if (HAS_WORD.test(next)) {
      if (i + 1 >= MIN_LEADING_WORDS || countCjk(key) >= MIN_CJK_NAME) return hit;
    } else if (words.slice(i + 2).filter((w) => HAS_WORD.test(w)).length >= MIN_SLOGAN_WORDS) return hit;
  }
  return undefined;
}
const CJK_THEN_LATIN = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー])(?=[A-Za-z])/gu;
/** A Chinese or Japanese name is one word: this many characters make it a name, not a label. */
const MIN_CJK_NAME = 3;

/**
 * Text and image names under `el`; false when the text runs past MAX_NAME_CHARS or a link inside
 * leads elsewhere than the front page (a logo linking to another site is a parent's or partner's).
 */
function collectNames(
  el: Element,
  host: string | null,
  names: (string | undefined)[],
  parts: { text: string },
): boolean {
  for (const child of el.children) {
    if (child.type === 'text') {
      parts.text += child.data;
      // Raw text carries the markup's indentation: collapse only when it might be too long.
      if (parts.text.length > MAX_NAME_CHARS && collapse(parts.text).length > MAX_NAME_CHARS) return false;
      continue;
    }
    if (child.type !== 'tag') continue;
    const c = child as Element;
    if (c.name === 'img') names.push(c.attribs.alt, c.attribs.title);
    if (c.name === 'a' && !isHomeLink(c, host)) return false;
    if (!SKIPPED.has(c.name) && !collectNames(c, host, names, parts)) return false;
  }
  return true;
}

/** A copyright or rights notice: the candidates it names as the site's owner. */
function readNotice(parent: Element, data: string, search: Search, footer: boolean): void {
  if (search.read.has(parent)) return;
  search.read.add(parent);
  // The name is often in a span of its own ("© 2026 <span>Site</span>"): read the whole line.
  let line = collapse(textContent(parent));
  if (line.length > MAX_NOTICE_CHARS) line = collapse(data);
  if (line.length > MAX_NOTICE_CHARS || !isNotice(line, footer)) return;
  for (const c of search.candidates) if (noticeNames(line, c)) confirm(search, c);
}

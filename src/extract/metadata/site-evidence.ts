/**
 * Where a page names its own site outside the meta tags: the link to its front page ("<a href="/">
 * Dvina Today</a>", or the logo image's alt inside it), the logo's element, and the copyright notice
 * ("© 2026 Dvina Today", "版权所有 榕城快讯"). Asked only about a title's short segments, to confirm
 * which one is the site: one walk over the page, run only for pages whose meta names no site.
 */
import type { Document, Element } from 'domhandler';
import { textContent } from './node-text.js';
import { siteKey } from './site-name.js';
import { COMPANY_FORMS, COPYRIGHT_MARK, LOGO_CLASS, RIGHTS_HINT, RIGHTS_PHRASES } from './site-vocab.js';

/** Longer link or logo text is a teaser or a slogan, not a name. */
const MAX_NAME_CHARS = 80;
/** A notice longer than this is a paragraph that happens to mention rights. */
const MAX_NOTICE_CHARS = 300;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);

const PHRASES = RIGHTS_PHRASES.join('|');
/** What may stand right before the site's name in a notice: the mark, a year, "by", a rights phrase. */
const OPENS_NAME = new RegExp(`(?:^|©|\\(c\\)|copyright|\\d{4}|\\bby|(?:${PHRASES})\\s*[:：]?)$`, 'iu');
/** What may follow the name: the end, punctuation, a year, a company form, a rights phrase. */
const CLOSES_NAME = new RegExp(
  `^(?:$|[^\\p{L}\\p{N}\\s]|\\d{4}|(?:${COMPANY_FORMS.join('|')})(?![\\p{L}\\p{N}])|${PHRASES})`,
  'iu',
);
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const RIGHTS = new RegExp(PHRASES, 'i');

interface Search {
  /** The candidates, each by its siteKey. */
  byKey: Map<string, string>;
  candidates: readonly string[];
  host: string | null;
  /** Index in `candidates` of the best one confirmed so far. */
  best: number;
  /** Elements whose text was already read as a notice. */
  read: Set<Element>;
  /** Whether a class or id value names a logo, by value. */
  logoValues: Map<string, boolean>;
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
    logoValues: new Map(),
  };
  if (byKey.size) visit(root, search);
  return candidates[search.best] ?? null;
}

function confirm(search: Search, candidate: string): void {
  search.best = Math.min(search.best, search.candidates.indexOf(candidate));
}

/** False once the best candidate is confirmed: nothing later can change the answer. */
function visit(node: Document | Element, search: Search): boolean {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (RIGHTS_HINT.test(child.data) && node.type === 'tag') readNotice(node, child.data, search);
      continue;
    }
    if (child.type !== 'tag') continue;
    const el = child as Element;
    if (SKIPPED.has(el.name)) continue;
    if (isHomeLink(el, search.host) || isLogo(el, search.logoValues)) readNames(el, search);
    if (search.best === 0 || !visit(el, search)) return false;
  }
  return search.best !== 0;
}

/** A link to the site's front page: "/", "./", "/index.html", or the host's own root. */
function isHomeLink(el: Element, host: string | null): boolean {
  if (el.name !== 'a') return false;
  const href = el.attribs.href?.trim();
  if (!href) return false;
  if (/^\.?\/(?:index\.\w+)?$/.test(href)) return true;
  const m = /^(?:https?:)?\/\/([^/?#]+)\/?(?:index\.\w+)?$/i.exec(href);
  return m !== null && host !== null && m[1]!.toLowerCase().replace(/^www\./, '') === host;
}

/** A page repeats its class names on many elements: each distinct value is tested once. */
function isLogo(el: Element, cache: Map<string, boolean>): boolean {
  const { class: cls, id } = el.attribs;
  return (cls !== undefined && logoValue(cls, cache)) || (id !== undefined && logoValue(id, cache));
}

function logoValue(value: string, cache: Map<string, boolean>): boolean {
  let logo = cache.get(value);
  if (logo === undefined) {
    logo = LOGO_CLASS.test(value);
    cache.set(value, logo);
  }
  return logo;
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
    const hit = search.byKey.get(siteKey(name));
    if (hit !== undefined) confirm(search, hit);
  }
}

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
function readNotice(parent: Element, data: string, search: Search): void {
  if (search.read.has(parent)) return;
  search.read.add(parent);
  // The name is often in a span of its own ("© 2026 <span>Site</span>"): read the whole line.
  let line = collapse(textContent(parent));
  if (line.length > MAX_NOTICE_CHARS) line = collapse(data);
  if (line.length > MAX_NOTICE_CHARS || !isNotice(line)) return;
  for (const c of search.candidates) if (noticeNames(line, c)) confirm(search, c);
}

/** A mark with a year ("© 2026"), or a rights phrase; a bare "© AFP" is a picture credit. */
function isNotice(line: string): boolean {
  return (COPYRIGHT_MARK.test(line) && YEAR.test(line)) || RIGHTS.test(line);
}

/** The notice holds the candidate as the whole owner's name, not as part of a longer one. */
export function noticeNames(line: string, candidate: string): boolean {
  const lower = line.toLowerCase();
  const name = collapse(candidate).toLowerCase();
  if (!name) return false;
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const before = lower.slice(0, i).trimEnd();
    const after = lower.slice(i + name.length).trimStart();
    if (OPENS_NAME.test(before) && CLOSES_NAME.test(after)) return true;
  }
  return false;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

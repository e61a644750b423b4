/**
 * The visible byline: `itemprop=author`, `rel=author`, then elements whose class or id says
 * byline/author, outside comments, sidebars and footers. Returns the names found in the first one
 * that holds any.
 */
import type { Element } from 'domhandler';
import { within } from '../body/dom.js';
import { parseAuthorNames } from './author-names.js';
import { firstDescendant, hasDescendant, textContent, walkText } from './node-text.js';
import type { Byline } from './page-index.js';
import {
  BYLINE_BREAK_TAGS,
  BYLINE_NOISE_TAGS,
  EXCLUDED_AREA_TAGS,
  EXCLUDED_AREA_WORDS,
} from './selectors.js';

const MAX_BYLINE_LENGTH = 200;
const MAX_CANDIDATES = 25;
/** Class or id words of comment threads, related links and the like (as the page index matches them). */
const EXCLUDED_RE = new RegExp(`(?:^|\\s)(?:${EXCLUDED_AREA_WORDS.join('|')})`, 'i');

/** Names from the page's visible byline; [] when none is found. */
export function readVisibleByline(bylines: readonly Byline[]): string[] {
  const names = firstNames(bylines, (b) => !b.excluded);
  if (names.length) return names;
  // Some templates put the author box in an aside inside the article: read it when nothing else
  // names one, and only when it is a single box (several are teaser cards of other articles).
  // There, an hCard ("author vcard" around "fn", as blog themes mark the entry footer's author)
  // is as exact as itemprop or rel=author; a box merely classed "author" may be a bio.
  const aside = bylines.filter((b) => b.articleAside === true && (b.rank <= 1 || isHCard(b.el)));
  // Marks nested in one another ("vcard" › itemprop=author › rel=author) are one author box.
  const boxes = aside.filter((b) => !aside.some((o) => o !== b && within(b.el, o.el)));
  if (aside.length && boxes.length <= MAX_ASIDE_MARKS) return firstNames(aside, () => true);
  // HTML's <footer> of an <article> is that article's own footer, where many blogs sign the post.
  const footer = bylines.filter((b) => b.excluded && b.rank <= 1 && inArticleFooter(b.el));
  return footer.length <= MAX_ASIDE_MARKS ? firstNames(footer, () => true) : [];
}

/**
 * Lowercase words and no capital ("responsable communication"): a title, not a name. A single
 * lowercase token ("gnaddrig", "red/dpa") is a handle or a desk's sign and stays.
 */
const isLowercase = (name: string) => name.includes(' ') && /^\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name);

function isHCard(el: Element): boolean {
  return (
    /\bvcard\b/.test(el.attribs.class ?? '') && hasDescendant(el, (d) => /\bfn\b/.test(d.attribs.class ?? ''))
  );
}

/** Inside a `<footer>` of an `<article>`, and in no comment thread, sidebar or nav on the way up. */
function inArticleFooter(el: Element): boolean {
  let footer = false;
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const tag = node.name;
    if (tag === 'article') return footer;
    if (tag === 'footer') footer = true;
    else if (
      EXCLUDED_AREA_TAGS.has(tag) ||
      EXCLUDED_RE.test(`${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`)
    )
      return false;
  }
  return false;
}

/** itemprop=author and rel=author on or in one author box. */
const MAX_ASIDE_MARKS = 2;

function firstNames(bylines: readonly Byline[], usable: (b: Byline) => boolean): string[] {
  let checked = 0;
  for (const byline of bylines) {
    const { el, rank } = byline;
    if (!usable(byline) || el.name === 'meta' || el.name === 'link' || isWidget(el)) continue;
    if (checked++ >= MAX_CANDIDATES) break;
    // itemprop=author often wraps a Person whose itemprop=name is the bare name.
    const nameEl = rank === 0 ? firstDescendant(el, (d) => d.attribs.itemprop === 'name') : undefined;
    // Microdata may give that name out of sight: `<meta itemprop="name" content="Jane Doe">`.
    const text = nameEl?.name === 'meta' ? (nameEl.attribs.content ?? '').trim() : blockText(nameEl ?? el);
    if (!text || text.length > MAX_BYLINE_LENGTH) continue;
    const names = parseAuthorNames(text);
    // A job title in its own "author-role" element ("responsable communication") names nobody.
    if (names.length && names.every(isLowercase)) continue;
    if (names.length && !isWordList(names)) {
      if (rank <= 1) return withSiblingMarks(byline, names, bylines);
      return innerNames(el, bylines) || names;
    }
  }
  return [];
}

/**
 * "By <a rel=author>A</a> and <a rel=author>B</a>": each author is marked apart; the marks of the
 * same kind beside the first one (same parent) name the others.
 */
function withSiblingMarks(first: Byline, names: string[], bylines: readonly Byline[]): string[] {
  const all = [...names];
  for (const b of bylines) {
    if (b === first || b.rank !== first.rank || b.excluded || b.el.parent !== first.el.parent) continue;
    for (const name of parseAuthorNames(blockText(b.el))) if (!all.includes(name)) all.push(name);
  }
  return all;
}

/**
 * "<div class=byline><span class=authors>Por A y B</span> <span class=place>Sevilla</span></div>":
 * bylines marked inside the byline name the people more exactly than the whole box, whose text
 * runs a place or a job title into the names ("Nadia Benalijournaliste"). Their names together,
 * in page order, or null when none names a person.
 */
function innerNames(el: Element, bylines: readonly Byline[]): string[] | null {
  const inner = bylines.filter((b) => b.el !== el && within(b.el, el));
  if (inner.length === 0) return null;
  const text = textContent(el);
  const found: { name: string; at: number }[] = [];
  for (const b of inner) {
    for (const name of parseAuthorNames(blockText(b.el))) {
      // A role or place in its own element ("Journaliste sportif", "Sevilla") is no name.
      if (!PERSON_LIKE.test(name) || found.some((f) => f.name === name)) continue;
      found.push({ name, at: text.indexOf(name) });
    }
  }
  return found.length ? found.sort((a, b) => a.at - b.at).map((f) => f.name) : null;
}

/** Two to five capitalised words (particles aside), or a name in a script without case. */
const PERSON_LIKE =
  /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|del|la|le|el|y|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,4}|\p{Lo}[\p{Lo}\s・·]{1,8})$/u;

/** "Follow this author" and share buttons carry author classes but list other people or labels. */
const WIDGET_RE = /follow|share|social/i;
const isWidget = (el: Element) => WIDGET_RE.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
/** A link to the author's profile on a social network shows a handle, not a second author. */
const SOCIAL_LINK_RE =
  /^(?:mailto:|(?:https?:)?\/\/(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads)\.com\/)/i;
/** Tag and category links ("CSP / Photovoltaik") share a meta row with the byline. */
const isTagLink = (el: Element) =>
  el.name === 'a' &&
  (/\btag\b/i.test(el.attribs.rel ?? '') ||
    /\/(?:tags?|category|categories|thema|topics?)\//i.test(el.attribs.href ?? ''));
const isNoise = (el: Element) =>
  BYLINE_NOISE_TAGS.has(el.name) ||
  (el.name === 'a' && SOCIAL_LINK_RE.test(el.attribs.href ?? '')) ||
  isTagLink(el) ||
  isWidget(el);
const isBreak = (el: Element) =>
  BYLINE_BREAK_TAGS.has(el.name) || (el.name === 'span' && /date/i.test(el.attribs.class ?? ''));

/** Text with block and `<br>` boundaries kept as newlines, so "Name<br>Date" stays two segments. */
function blockText(el: Element): string {
  if (!el.children.some((c) => c.type === 'tag')) return textContent(el).trim();
  return walkText(el, { skip: isNoise, breaks: isBreak }).trim();
}

/** Three or more one-word "names" are a list of sections or labels, not a byline. */
function isWordList(names: string[]): boolean {
  return names.filter((n) => !n.includes(' ')).length >= 3;
}

const MAX_COAUTHOR_BYLINES = 5;
/** An all-capitals word of two letters or more ("ACLU", "HPB") in a mixed-case name: an organisation. */
const ACRONYM = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;

/**
 * SEO plugins put only a post's first author into JSON-LD and meta, while the byline names them
 * all ("Katarzyna Wójcik, Michał Zieliński"). The names of one line of a marked byline near the top
 * of the list, when they hold all of `people` and more, and every one reads as a person's name; else
 * null. One line only: "Publicado por A" and "La información es de B" on two lines are two credits.
 */
export function coAuthorLine(bylines: readonly Byline[], people: readonly string[]): string[] | null {
  const wanted = new Set(people.map((p) => p.toLowerCase()));
  let checked = 0;
  for (const { el, excluded, rank } of bylines) {
    if (excluded || rank > 2 || el.name === 'meta' || el.name === 'link') continue;
    if (checked++ >= MAX_COAUTHOR_BYLINES) break;
    for (const line of blockText(el).split('\n')) {
      const names = parseAuthorNames(line);
      if (names.length <= wanted.size) continue;
      const lower = new Set(names.map((n) => n.toLowerCase()));
      if (![...wanted].every((w) => lower.has(w))) continue;
      if (names.every((n) => PERSON_LIKE.test(n) && !(ACRONYM.test(n) && n !== n.toUpperCase())))
        return names;
    }
  }
  return null;
}

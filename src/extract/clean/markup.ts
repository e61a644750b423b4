/**
 * Remove boilerplate containers inside the article by their markup: class/id words (share bars,
 * newsletter boxes, related lists, ad slots, comments, captions and bylines) and tags that never
 * hold article prose (aside, footer, figcaption). A container that holds much of the article is
 * spared even when its class says otherwise (wrappers named `article has-comments` exist).
 */

import { hasBlockInside } from '../body/block-helpers.js';
import {
  type AnyNode,
  BLOCK_TAGS,
  classAndId,
  cleanText,
  type Element,
  isElement,
  isText,
  relink,
  removeNodes,
  siblingElement,
  snippetText,
  walkElements,
} from '../body/dom.js';
import type { Removals } from '../body/removed.js';
import { linkDensity, type NodeStats, type StatsMap } from '../body/stats.js';
import type { RemovalCategory } from '../types.js';
import { BOILERPLATE_CLASSES, type ClassVocabulary, POSITIVE_CLASSES } from '../vocab/class-words.js';
import { matchClass } from '../vocab/match-class.js';
import { PLEDGE_COUNTER, PLEDGE_RATIO, PLEDGE_TO_GOAL } from '../vocab/phrases/donation.js';
import { amountLabelCount } from './amount-row.js';
import { paymentDetails } from './appeal-cues.js';
import { wordCount } from './block-text.js';
import { BUTTON_BOX_ELEMENTS, BUTTON_WORDS, markButtonBox } from './button-boxes.js';
import { hashtagLine } from './hashtags.js';
import { storyBox, storyGraphic } from './story-graphic.js';

const TAG_CATEGORY: Record<string, RemovalCategory> = {
  aside: 'related',
  footer: 'other',
  figcaption: 'credit',
};

/** Sums in a currency, as an appeal's amount buttons show them. */
const CURRENCY_SUM = /(?:[$€£¥₽₴]\s?\d|\d\s?(?:[$€£¥₽₴]|zł|kr|kč|руб|грн|円|元)(?![\p{L}]))/gu;

/** A box's text with a pledge counter in it, or three sums or more: an appeal's, not related links. */
function appealAside(text: string): boolean {
  if (text.length > APPEAL_ASIDE_LENGTH) return false;
  if ((PLEDGE_COUNTER.test(text) && PLEDGE_RATIO.test(text)) || PLEDGE_TO_GOAL.test(text)) return true;
  return (text.match(CURRENCY_SUM)?.length ?? 0) >= 3;
}
/** An appeal's box is a few lines; a longer aside is a sidebar. */
const APPEAL_ASIDE_LENGTH = 800;

const ORDER = Object.entries(BOILERPLATE_CLASSES) as Array<
  [RemovalCategory, NonNullable<(typeof BOILERPLATE_CLASSES)['ad']>]
>;

type ClassHit = [RemovalCategory, string] | null;

/** Every category's words and parts: most class strings match none, and one test tells. */
const ANY_CATEGORY: ClassVocabulary = {
  words: ORDER.flatMap(([, vocab]) => vocab.words),
  parts: ORDER.flatMap(([, vocab]) => vocab.parts),
};

/** The first category whose class words `ci` holds; remembered per class string for one page. */
function classCategory(ci: string, seen: Map<string, ClassHit>): ClassHit {
  if (!ci) return null;
  let hit = seen.get(ci);
  if (hit === undefined) {
    hit = hashedClasses(ci) || matchClass(ci, ANY_CATEGORY) === null ? null : firstCategory(ci);
    seen.set(ci, hit);
  }
  return hit;
}

/**
 * Generated class names ("nk nl gu be nm nn no …", as Medium and CSS-in-JS emit them): a run of
 * tokens of three letters or fewer says nothing, and "nl" or "ad" among them is no newsletter or ad.
 */
function hashedClasses(ci: string): boolean {
  const tokens = ci.split(/\s+/);
  if (tokens.length < HASHED_MIN_TOKENS) return false;
  let short = 0;
  for (const t of tokens) if (t.length <= 3) short++;
  return short >= tokens.length * 0.8;
}
const HASHED_MIN_TOKENS = 4;

function firstCategory(ci: string): ClassHit {
  for (const [category, vocab] of ORDER) {
    const word = matchClass(ci, vocab);
    if (word) return [category, word];
  }
  return null;
}

/**
 * An aside of plain prose ("How we checked these charities", a fact box): sentences, next to no
 * links. A sidebar of teasers is links and headings; an appeal box goes by its words later.
 */
function proseBox(s: NodeStats): boolean {
  return s.text >= 80 && (s.punct >= 3 || s.paragraphs >= 2) && linkDensity(s) < 0.1;
}

/** Words of a row of buttons above the last one ("5 € 10 € 25 € Betrag frei wählen"). */
const BUTTON_ROW_WORDS = 12;

/** A row of links and nothing else, short: amounts, payment methods, a frequency toggle. */
function buttonRow(el: Element, stats: StatsMap): boolean {
  return linkRow(stats.get(el)) && wordCount(cleanText(el)) <= BUTTON_ROW_WORDS;
}

/** Text that is mostly links, with no paragraph in it: a row of links or buttons. */
function linkRow(s: NodeStats | undefined): s is NodeStats {
  return !!s && s.paragraphs === 0 && s.text > 0 && linkDensity(s) > 0.5;
}

/** Words beside an inline element, in its own paragraph, that make it part of a sentence. */
const RUNNING_WORDS = 4;

/**
 * An inline element inside a sentence: "… labelling <a><span>fake news</span></a> alongside …"
 * (pasted-in styles wrap every link in a span), "… praised <a class=related-link>Tesla</a> …". Its
 * class or its link density names a word of the paragraph, not a box, and removing it would leave
 * a hole in the sentence. The words counted are the element's siblings at each level up to its
 * paragraph, through wrappers without a class or id: text, and the words outside links of inline
 * elements without a class or id of their own (a caption's classed credit beside it is not a
 * sentence, nor are a breadcrumb's other links).
 */
function inRunningText(el: Element): boolean {
  if (BLOCK_TAGS.has(el.name) || hasBlockInside(el)) return false;
  let words = 0;
  for (let node: Element = el; ; ) {
    const parent = node.parent;
    if (!isElement(parent)) return false;
    for (const sibling of parent.children) {
      if (sibling === node) continue;
      if (isText(sibling)) words += wordCount(sibling.data);
      else if (
        isElement(sibling) &&
        !sibling.attribs.class &&
        !sibling.attribs.id &&
        !BLOCK_TAGS.has(sibling.name)
      )
        words += unlinkedWords(sibling);
    }
    if (words >= RUNNING_WORDS) return true;
    if (BLOCK_TAGS.has(parent.name)) return false;
    // A classed inline wrapper other than a link is a box of its own (an image with its caption,
    // set in a paragraph); a link's class only styles it.
    if (parent.name !== 'a' && (parent.attribs.class || parent.attribs.id)) return false;
    node = parent;
  }
}

/** Words of `node` outside links: a breadcrumb's or a tag row's siblings are links, not a sentence. */
function unlinkedWords(node: AnyNode): number {
  if (isText(node)) return wordCount(node.data);
  if (!isElement(node) || node.name === 'a') return 0;
  let words = 0;
  for (const child of node.children) words += unlinkedWords(child);
  return words;
}

/** Characters a paragraph may hold beside its one link: brackets, spaces, a full stop. */
const PARAGRAPH_MARKS = 4;

/**
 * The whole of a `<p>` but its punctuation ("<p>(<span><a>Artist: …</a></span>)</p>"): the
 * paragraph is one link, judged whole by the text cleaners as a `<p>` of links is; removing the
 * inside would leave "()". A breadcrumb's several link spans are not each the whole.
 */
function wholeParagraph(el: Element, stats: StatsMap): boolean {
  if (BLOCK_TAGS.has(el.name)) return false;
  let parent = el.parent;
  while (isElement(parent) && !BLOCK_TAGS.has(parent.name)) parent = parent.parent;
  if (!isElement(parent) || parent.name !== 'p') return false;
  const outer = stats.get(parent)?.text ?? 0;
  const inner = stats.get(el)?.text ?? 0;
  return outer - inner <= PARAGRAPH_MARKS;
}

/**
 * The last element of a small box of a few elements: where an appeal box puts its button. Rows of
 * buttons just above it (amounts, then "monthly · once") count with it as one.
 */
function endsBox(el: Element, stats: StatsMap): boolean {
  const box = el.parent;
  if (!isElement(box)) return false;
  const elements = box.children.filter(isElement);
  if (elements[elements.length - 1] !== el) return false;
  let last = elements.length - 1;
  while (last > 0 && buttonRow(elements[last - 1]!, stats)) last--;
  return last + 1 <= BUTTON_BOX_ELEMENTS;
}

/**
 * A short removed box (an article footer: tags line, share labels, image credits) may hold a
 * hashtag line beside other things; its tags are the article's. Related lists and comments are
 * not read: trending tags and readers' hashtags are not the story's.
 */
const MAX_TAGS_BOX = 600;
/**
 * An article footer may hold the outlet's whole appeal before the tags line (the model case: the
 * appeal, its buttons, then "#Budget #CityCouncil"); such a box, or the appeal box itself, is read
 * up to this length.
 */
const MAX_FOOTER_BOX = 4000;

/** The tags of `el`'s child elements that are hashtag lines as a whole, each listed in `removals`. */
function childHashtags(el: Element, removals: Removals): string[] {
  const tags: string[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const text = cleanText(child);
    const line = hashtagLine(text);
    if (!line) continue;
    tags.push(...line);
    removals.add('hashtags', 'pattern:hashtag-line', text);
  }
  return tags;
}

/** A part of the content this small beside the rest may go whole as an ad slot. */
const SMALL_PART_SHARE = 0.1;

/**
 * Remove boilerplate containers under `roots`. Hashtag lines inside removed containers (a "tags"
 * box) still give their tags to `hashtags`. A small part of a content of several parts that its
 * class names an ad slot goes whole, and leaves `roots`.
 */
export function cleanMarkup(
  roots: Element[],
  stats: StatsMap,
  removals: Removals,
  hashtags: string[],
  topic: ReadonlySet<string> = new Set(),
): void {
  let total = 0;
  for (const r of roots) total += stats.get(r)?.text ?? 0;
  const drop: Array<[Element, RemovalCategory, string]> = [];
  const seen = new Map<string, ClassHit>();
  // A small part beside the article's container that its class names an ad slot goes whole: a
  // slot's code line the content took in as a short paragraph ("<p class=adv-label>Posizione:
  // articolo-top-2 / 88410</p>"). Other class words on such a part (a lead's "teaser") say less.
  for (let i = roots.length - 1; roots.length > 1 && i >= 0; i--) {
    const root = roots[i]!;
    const hit = classCategory(classAndId(root), seen);
    if (hit?.[0] === 'ad' && (stats.get(root)?.text ?? 0) <= total * SMALL_PART_SHARE) {
      drop.push([root, hit[0], `class-word:${hit[1]}`]);
      roots.splice(i, 1);
    }
  }
  for (const root of roots) {
    walkElements(root, (el) => {
      const s = stats.get(el);
      const ci = classAndId(el);
      // Much of the article inside: a wrapper, whatever its name says.
      const share = s && total > 0 ? s.text / total : 0;
      const holdsArticle = share > 0.6 || (share > 0.3 && matchClass(ci, POSITIVE_CLASSES) !== null);
      const hit = classCategory(ci, seen);
      // A caption's class on a block of the story's paragraphs ("captioned-block"): captions are short.
      if (hit && hit[1] === 'caption' && holdsStoryParagraph(el, stats)) return true;
      if (hit?.[0] === 'donation' && storyGraphic(el, topic)) return true;
      if (hit && !holdsArticle && !inRunningText(el)) {
        drop.push([el, hit[0], `class-word:${hit[1]}`]);
        return false;
      }
      const tagCategory = TAG_CATEGORY[el.name];
      // An aside of prose, or classed as the story's fact box, is the story's.
      const storyAside = el.name === 'aside' && ((s && proseBox(s)) || storyBox(el));
      if (tagCategory && !holdsArticle && !storyAside) {
        // An aside holding the appeal's counter or its amounts is the appeal's box, which tells the
        // cleaners after this pass that the page carries one ("1,240 of 2,000 members … £4 £8 £15").
        const appeal = tagCategory === 'related' && appealAside(cleanText(el));
        drop.push([el, appeal ? 'donation' : tagCategory, `tag:${el.name}`]);
        return false;
      }
      if (
        linkRow(s) &&
        el.name !== 'a' &&
        el.name !== 'p' &&
        !inRunningText(el) &&
        !wholeParagraph(el, stats)
      ) {
        if (/^(?:div|section|ul|ol|span|dl)$/.test(el.name)) {
          const text = cleanText(el);
          // A row of amounts as links ("500円 1,500円 3,000円 金額を指定") is an appeal's widget, and
          // tells the cleaners after this pass that the page carries one.
          if (amountLabelCount(text) >= 2) drop.push([el, 'donation', 'link-density:amounts']);
          else drop.push([el, 'related', 'link-density']);
          // A row of a few links ending the box is its button; a hashtag line ending the article is none.
          if (endsBox(el, stats) && wordCount(text) <= BUTTON_WORDS && !hashtagLine(text))
            markButtonBox(el.parent as Element);
          return false;
        }
      }
      return true;
    });
  }
  // A category that would take most of the article is the article (a forum thread's posts are
  // "comments"; a page of "teaser" cards can be the content): keep it.
  const byCategory = new Map<RemovalCategory, number>();
  for (const [el, category] of drop)
    byCategory.set(category, (byCategory.get(category) ?? 0) + (stats.get(el)?.text ?? 0));
  const kept = drop.filter(([, category]) => (byCategory.get(category) ?? 0) <= total * 0.7);
  for (const [el, category, rule] of kept) {
    const text = cleanText(el);
    const tags = hashtagLine(text, !hasBlockInside(el));
    if (tags) {
      hashtags.push(...tags);
      removals.add('hashtags', 'pattern:hashtag-line', text);
      continue;
    }
    if (
      category !== 'related' &&
      category !== 'comments' &&
      text.length <= (category === 'other' || category === 'donation' ? MAX_FOOTER_BOX : MAX_TAGS_BOX) &&
      text.includes('#')
    )
      hashtags.push(...childHashtags(el, removals));
    if (removals.enabled) removals.add(category, rule, snippetText(el));
    else removals.add(category, rule, '');
  }
  for (const [el, category] of kept) if (category === 'donation') rescueStory(el, stats);
  const gone = kept.map(([el]) => el);
  for (const [el, category] of kept) {
    const details = category === 'donation' ? detailsAfter(el) : null;
    if (!details || gone.includes(details)) continue;
    removals.add('donation', 'markup:payment-details', removals.enabled ? snippetText(details) : '');
    gone.push(details);
  }
  removeNodes(gone);
}

/** Payment details are a line or two, well under a paragraph. */
const DETAILS_CHARS = 300;

/**
 * The element right after an appeal's box when it holds only the payment details, an account among
 * them ("<div class=bank-details>IBAN: UA21 … · Призначення платежу: …</div>"): the box's, set apart.
 */
function detailsAfter(box: Element): Element | null {
  const next = siblingElement(box, 1);
  if (!next) return null;
  const text = cleanText(next);
  if (!text || text.length > DETAILS_CHARS) return null;
  const kids = next.children.filter(isElement);
  const lines = kids.length > 1 ? kids.map(cleanText).filter((t) => t.length > 0) : [text];
  return paymentDetails(lines) ? next : null;
}

/** A paragraph of the story is longer than an appeal's line (characters, CJK counted twice). */
const STORY_PARAGRAPH_CHARS = 200;

/** Whether `el` has a child `<p>` as long as a story's paragraph. */
function holdsStoryParagraph(el: Element, stats: StatsMap): boolean {
  return el.children.some(
    (c) => isElement(c) && c.name === 'p' && (stats.get(c)?.text ?? 0) >= STORY_PARAGRAPH_CHARS,
  );
}

/**
 * The story's last paragraphs inside an appeal's box (templates that open the box before the last
 * paragraph: `<div class="donate-wrap"><p>…story…</p><p class="donate-txt">…`): leading plain `<p>`s
 * with no class, long and without links, followed only by the box's own classed lines, move out
 * in front of the box before it goes. A box of plain paragraphs throughout is the appeal's alone.
 */
function rescueStory(box: Element, stats: StatsMap): void {
  const kids = box.children.filter(isElement);
  let lead = 0;
  for (const kid of kids) {
    const s = stats.get(kid);
    if (kid.name !== 'p' || kid.attribs.class || !s || s.text < STORY_PARAGRAPH_CHARS || s.linkText > 0)
      break;
    lead++;
  }
  const rest = kids.slice(lead);
  if (lead === 0 || rest.length === 0 || !rest.every((kid) => kid.attribs.class)) return;
  const parent = box.parent;
  if (!parent) return;
  const moved = kids.slice(0, lead);
  box.children = box.children.filter((c) => !moved.includes(c as Element));
  const at = parent.children.indexOf(box);
  parent.children.splice(at, 0, ...moved);
  for (const el of moved) el.parent = parent;
  relink(box.children);
  relink(parent.children);
}

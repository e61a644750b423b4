/**
 * Hashtag lines just after the article ("#Housing #Northfield" in a tags bar below the story)
 * belong to it even though they sit outside the chosen content: their tags go to the record.
 * Only the few elements that follow the content (at its level and up to four levels up) are
 * looked at, so a sidebar's trending hashtags further down the page never count.
 */
import { hashtagLine } from '../clean/hashtags.js';
import { shortText } from '../short-text.js';
import { classAndId, type Element, isElement } from './dom.js';
import type { Removals } from './removed.js';

/**
 * Elements looked at after the content at each level. In the content's own container more: a
 * widget's buttons and links (support, remind me later, newsletter) often sit between the last
 * paragraph and the tags line; a sidebar's trending tags are further up.
 */
const SIBLINGS = 3;
const OWN_SIBLINGS = 8;
/**
 * Levels above the content whose following elements are looked at. Grid layouts nest the story
 * three or four levels deep (container > row > column > post > body), and a tags line after an
 * appeal box sits beside the container; above the second level a page's own landmarks (nav, aside,
 * header, footer) are not read: a trending-tags bar lives there.
 */
const LEVELS = 4;
const NEAR_LEVELS = 2;
const LANDMARKS = new Set(['nav', 'aside', 'header', 'footer']);
const SIDEBARS = new Set(['nav', 'aside']);
/** A hashtag line is short; longer elements are not read as one (see `readLine`). */
const MAX_CHARS = 300;
/** Levels below a following element that are read for a hashtag line (page builders nest a record's text three deep). */
const MAX_DEPTH = 3;
/**
 * Class or id of a container whose hashtags are not the story's: comments, sidebars, trending lists,
 * and social bars (a brand's or an event's own hashtag beside its share links).
 */
const OTHERS_TAGS = /comment|sidebar|trending|popular|related|widget-area|discussion|social|share|footer/i;

/** The tags of hashtag lines near the content; each line is listed in `removals` (it is never text). */
export function trailingHashtags(content: Element[], removals?: Removals): string[] {
  const last = content[content.length - 1];
  if (!last) return [];
  const tags: string[] = [];
  /** A hashtag line's tags go to `tags`, and the line itself to `removals`. */
  // A short element that is no hashtag line as a whole may hold one beside its share buttons (an
  // article footer: "#Bamberg #Parken" above "Mastodon Bluesky"): its children are read in turn,
  // one level down and not in a sidebar or menu (a trending-tags list).
  // A longer element right after the content (a widget holding the appeal box, then the tags line)
  // is opened too, two levels down, unless it is comments or a sidebar: readers' and trending tags.
  const readLine = (el: Element, depth = 0, open = false): void => {
    // Inside a following element, a social bar's or a sidebar's own tags are not the story's.
    const others = OTHERS_TAGS.test(classAndId(el));
    if (depth > 0 && others) return;
    const text = shortText(el, MAX_CHARS);
    if (text === null) {
      if (open && depth < MAX_DEPTH && !LANDMARKS.has(el.name) && !others) {
        for (const child of el.children) if (isElement(child)) readLine(child, depth + 1, open);
      }
      return;
    }
    // Tags may keep their spaces only in an element of text alone ("<p>#algues vertes #Bretagne</p>"):
    // beside child elements, the words after the last tag may be a button's.
    const line = hashtagLine(text, !el.children.some(isElement));
    if (line) {
      tags.push(...line);
      removals?.add('hashtags', 'pattern:hashtag-line', text);
    } else if (depth < MAX_DEPTH && text.includes('#') && !SIDEBARS.has(el.name)) {
      for (const child of el.children) if (isElement(child)) readLine(child, depth + 1, open);
    }
  };
  // Between the content's own elements (a tags line the selection left out, before a last part),
  // each part to the next one beside it: a lead taken from the header has none there.
  for (const part of content.slice(0, -1)) {
    if (!content.some((other) => other !== part && other.parent === part.parent)) continue;
    let seen = 0;
    for (let sibling = part.next; sibling && seen < OWN_SIBLINGS; sibling = sibling.next) {
      if (!isElement(sibling)) continue;
      if (content.includes(sibling)) break;
      readLine(sibling);
      seen++;
    }
  }
  let node: Element | null = last;
  // Whether no element has followed the content yet: the first that does comes right after the
  // article however deep it sits (a post's footer holding the share bar, the tags line and the
  // newsletter box), and is opened like the content's own next elements.
  let first = true;
  for (let level = 0; node && level <= LEVELS; level++) {
    let sibling = node.next;
    for (let seen = 0; sibling && seen < (level === 0 ? OWN_SIBLINGS : SIBLINGS); sibling = sibling.next) {
      if (!isElement(sibling)) continue;
      seen++;
      const next = first;
      first = false;
      if (level > NEAR_LEVELS && LANDMARKS.has(sibling.name)) continue;
      readLine(sibling, 0, level === 0 || next);
    }
    const parent: Element | null = node.parent && isElement(node.parent) ? node.parent : null;
    if (!parent || parent.name === 'body') break;
    node = parent;
  }
  return tags;
}

/**
 * The standfirst (lead) of an article often sits in its header, outside the container that wins
 * the scoring. The page's own description is the evidence: a block before the content whose text
 * is the description (or the start of it) is the lead, and joins the content in front. So does a
 * block the page marks as the article's description (schema.org `itemprop="description"`) close to
 * the content, inside the same article wrapper.
 */
import {
  type AnyNode,
  BLOCK_TAGS,
  cleanText,
  type Element,
  isElement,
  isText,
  type ParentNode,
} from './dom.js';
import { linkDensity, type StatsMap } from './stats.js';

const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span', 'strong', 'section', 'header']);

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** How much of the content's opening text is compared with a lead candidate. */
const OPENING = 400;

/**
 * The start of `el`'s text, spaced as `cleanText` spaces it, stopping once `limit` characters are
 * gathered: the content is often the whole article, and only its opening is compared.
 */
function textStart(el: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  // True once enough text is gathered.
  const walk = (node: AnyNode): boolean => {
    if (isText(node)) add(node.data);
    else if (isElement(node)) {
      if (node.name === 'br') add(' ');
      else {
        const block = BLOCK_TAGS.has(node.name);
        if (block) add(' ');
        for (const child of node.children) if (walk(child)) return true;
        if (block) add(' ');
      }
    }
    return length >= limit;
  };
  walk(el);
  return parts.join('');
}

/**
 * `norm(cleanText(el)).slice(0, OPENING)` without rendering the whole article: normalising a prefix
 * of the text gives a prefix of the normalised text, except within a few characters of its end.
 */
function openingText(el: Element): string {
  for (let limit = 4 * OPENING; ; limit *= 4) {
    const raw = textStart(el, limit);
    const text = norm(raw);
    if (raw.length < limit || text.length >= OPENING + 20) return text.slice(0, OPENING);
  }
}

/** How far up from the content a marked description may sit (its wrapper, not the page). */
const MARKED_SCOPE = 4;

function scopeOf(first: Element): ParentNode | null {
  let node: ParentNode | null = first.parent;
  for (let i = 1; i < MARKED_SCOPE && node?.parent; i++) node = node.parent;
  return node;
}

function within(el: Element, scope: ParentNode | null): boolean {
  for (let node: ParentNode | null = el.parent; node; node = node.parent) if (node === scope) return true;
  return false;
}

/** Marked as a description, and not a picture's or video's (an ImageObject caption, a <figure>). */
function markedDescription(el: Element): boolean {
  if (!/\b(?:description|abstract)\b/i.test(el.attribs.itemprop ?? '')) return false;
  for (let node: Element | null = el; node; node = isElement(node.parent) ? node.parent : null) {
    if (node.name === 'figure') return false;
    const type = node.attribs.itemtype;
    if (type) return !/image|video|media|photo/i.test(type);
  }
  return true;
}

function matches(text: string, descriptions: string[]): boolean {
  if (text.length < 40) return false;
  return descriptions.some(
    (d) => d === text || (d.length >= 40 && (d.startsWith(text) || text.startsWith(d))),
  );
}

/** The lead element before `content`, or null. */
export function findLead(
  root: ParentNode,
  content: Element[],
  descriptions: string[],
  stats: StatsMap,
): Element | null {
  const first = content[0];
  if (!first) return null;
  const wanted = [...new Set(descriptions.map(norm))];
  // Read only when a candidate needs it (many pages have none before the content).
  let firstText: string | null = null;
  const scope = scopeOf(first);
  let found: Element | null = null;
  let marked: Element | null = null;
  let reached = false;
  const visit = (node: ParentNode): void => {
    for (const child of node.children) {
      if (reached) return;
      if (!isElement(child)) continue;
      if (child === first) {
        reached = true;
        return;
      }
      const s = stats.get(child);
      if (LEAD_TAGS.has(child.name) && s && s.text >= 40 && s.text < 1500 && linkDensity(s) < 0.2) {
        const isMarked = markedDescription(child) && within(child, scope);
        const text = isMarked || wanted.length > 0 ? norm(cleanText(child)) : '';
        firstText ??= text ? openingText(first) : null;
        // Not the content's own opening paragraph repeated.
        if (firstText !== null && text && !firstText.startsWith(text)) {
          if (matches(text, wanted)) {
            found = child;
            continue;
          }
          if (isMarked) {
            marked = child;
            continue;
          }
        }
      }
      visit(child);
    }
  };
  visit(root);
  // The description's own text is the stronger evidence; the markup is the fallback.
  return reached ? (found ?? marked) : null;
}

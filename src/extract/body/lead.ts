/**
 * The standfirst (lead) of an article often sits in its header, outside the container that wins
 * the scoring. The page's own description is the evidence: a block before the content whose text
 * is the description (or the start of it) is the lead, and joins the content in front. So does a
 * block the page marks as the article's description (schema.org `itemprop="description"`) close to
 * the content, inside the same article wrapper.
 */
import { cleanText, type Element, isElement, type ParentNode } from './dom.js';
import { linkDensity, type StatsMap } from './stats.js';

const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span', 'strong', 'section', 'header']);

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
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
  const firstText = norm(cleanText(first)).slice(0, 400);
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
        // Not the content's own opening paragraph repeated.
        if (text && !firstText.startsWith(text)) {
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

/**
 * The standfirst (lead) of an article often sits in its header, outside the container that wins
 * the scoring. The page's own description is the evidence: a block before the content whose text
 * is the description (or the start of it) is the lead, and joins the content in front.
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
  if (!first || descriptions.length === 0) return null;
  const wanted = [...new Set(descriptions.map(norm))];
  const firstText = norm(cleanText(first)).slice(0, 400);
  let found: Element | null = null;
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
      if (LEAD_TAGS.has(child.name) && s && s.text < 1500 && linkDensity(s) < 0.2) {
        const text = norm(cleanText(child));
        // Not the content's own opening paragraph repeated.
        if (matches(text, wanted) && !firstText.startsWith(text)) {
          found = child;
          continue;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return reached ? found : null;
}

/**
 * One walk over the untouched page for what the body extractor needs from outside the body: the
 * <body> element, the headline candidates and the JSON-LD scripts. One pass instead of several
 * selector queries, each of which would walk the whole document again.
 */
import { type Element, isElement, type ParentNode, textOf } from './dom.js';

export interface PageInfo {
  body: Element | null;
  /** <title>, og:title and twitter:title, as written. */
  titles: string[];
  /** The raw text of every `application/ld+json` script. */
  jsonLd: string[];
  /** meta description, og:description and twitter:description. */
  descriptions: string[];
  /** og:site_name and application-name. */
  siteNames: string[];
}

export function readPageInfo(root: ParentNode): PageInfo {
  const info: PageInfo = { body: null, titles: [], jsonLd: [], descriptions: [], siteNames: [] };
  // Only elements go on the stack: text nodes are about half the page's nodes and hold nothing here.
  const stack: Element[] = [];
  pushElements(root, stack);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = node.name;
    if (name === 'script') {
      if ((node.attribs.type ?? '').toLowerCase().includes('ld+json')) info.jsonLd.push(textOf(node));
      continue;
    }
    if (name === 'style') continue;
    if (name === 'title') {
      info.titles.push(textOf(node));
      continue;
    }
    if (name === 'meta') {
      const key = node.attribs.property ?? node.attribs.name;
      if ((key === 'og:title' || key === 'twitter:title') && node.attribs.content) {
        info.titles.push(node.attribs.content);
      }
      if (key && /^(?:description|og:description|twitter:description)$/.test(key) && node.attribs.content) {
        info.descriptions.push(node.attribs.content);
      }
      if ((key === 'og:site_name' || key === 'application-name') && node.attribs.content) {
        info.siteNames.push(node.attribs.content);
      }
      continue;
    }
    if (name === 'body' && !info.body) info.body = node;
    pushElements(node, stack);
  }
  return info;
}

/** Push the element children of `node` in order (so the last is popped first, as before). */
function pushElements(node: ParentNode, stack: Element[]): void {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isElement(child)) stack.push(child);
  }
}

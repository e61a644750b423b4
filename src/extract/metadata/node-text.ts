/**
 * Text of an element read by walking its children, skipping some descendants and breaking lines at
 * others. Cheaper than cloning the element and running CSS selectors on the clone, and the DOM
 * stays untouched.
 */
import type { AnyNode, Element } from 'domhandler';

export interface TextWalk {
  /** Descendants whose text is left out (kickers, scripts, buttons). */
  skip?: (el: Element) => boolean;
  /** Descendants that start and end a line ("Name<br>Date" stays two segments). */
  breaks?: (el: Element) => boolean;
}

/** The text of `el` under the rules of `walk`. */
export function walkText(el: Element, walk: TextWalk): string {
  const parts: string[] = [];
  collect(el.children, walk, parts);
  return parts.join('');
}

function collect(nodes: readonly AnyNode[], walk: TextWalk, out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(node.data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (walk.skip?.(el)) continue;
    const brk = walk.breaks?.(el) ?? false;
    if (brk) out.push('\n');
    collect(el.children, walk, out);
    if (brk) out.push('\n');
  }
}

/** True when `el` has a descendant for which `test` holds. */
export function hasDescendant(el: Element, test: (el: Element) => boolean): boolean {
  return firstDescendant(el, test) !== undefined;
}

/**
 * Every text node's data under `node`, as cheerio's `.text()` gives it (script and CDATA text
 * included, comments not), without building a cheerio wrapper per element.
 */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += textContent(child);
  return out;
}

/** Every descendant of `el` for which `test` holds, in document order. */
export function descendantsWhere(
  el: Element,
  test: (el: Element) => boolean,
  found: Element[] = [],
): Element[] {
  for (const node of el.children) {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const child = node as Element;
    if (test(child)) found.push(child);
    descendantsWhere(child, test, found);
  }
  return found;
}

/** The first descendant of `el` in document order for which `test` holds, or undefined. */
export function firstDescendant(el: Element, test: (el: Element) => boolean): Element | undefined {
  for (const node of el.children) {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const child = node as Element;
    if (test(child)) return child;
    const found = firstDescendant(child, test);
    if (found) return found;
  }
  return undefined;
}

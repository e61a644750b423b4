/**
 * Small helpers over the domhandler nodes cheerio produces. The body extractor walks nodes
 * directly instead of through cheerio selections: one pass over a 200 KB page costs well under a
 * millisecond this way, where repeated selector queries cost tens.
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { Element as DomElement } from 'domhandler';
import { countCjk } from '../cjk.js';
import { collapseSpaces } from '../text.js';

export type { AnyNode, Element, ParentNode, Text };

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export function isText(node: AnyNode | null | undefined): node is Text {
  return !!node && node.type === 'text';
}

/**
 * Two containers of one box (an ad slot, a teaser card): the same element, one inside the other, or
 * siblings.
 */
export function sameBox(a: Element, b: Element): boolean {
  return a === b || a.parent === b || b.parent === a || (a.parent !== null && a.parent === b.parent);
}

/** Whether `el` is `box` or lies inside it. */
export function within(el: Element | null, box: Element): boolean {
  for (let at: Element | null = el; at; at = parentElement(at)) if (at === box) return true;
  return false;
}

/** The element holding `el`, or null at the document's root. */
export function parentElement(el: Element): Element | null {
  return isElement(el.parent) ? el.parent : null;
}

/** The nearest element before (`step` -1) or after (1) `el` among its parent's children, or null. */
export function siblingElement(el: Element, step: 1 | -1): Element | null {
  const siblings = el.parent?.children ?? [];
  for (let i = siblings.indexOf(el) + step; i >= 0 && i < siblings.length; i += step) {
    const c = siblings[i]!;
    if (isElement(c)) return c;
  }
  return null;
}

/** Element children only. */
export function childElements(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of el.children) if (isElement(child)) out.push(child);
  return out;
}

/**
 * Page builders' wrapper classes that every block of a page carries, article or not: Elementor's
 * "elementor-widget" (the post's content is "elementor-widget-theme-post-content"). Their
 * "widget" says nothing of the block, so it is dropped before word matching; what follows it
 * ("-share-buttons", "-theme-post-content") still counts.
 */
const BUILDER_WRAPPER = /(?<![\w-])elementor-widget(?=[-\s]|$)/g;

/** The class and id of an element, lower-cased and joined, for word matching. */
export function classAndId(el: Element): string {
  const cls = el.attribs.class ?? '';
  const id = el.attribs.id ?? '';
  if (!cls && !id) return '';
  const joined = `${cls} ${id}`.toLowerCase();
  return joined.includes('elementor-widget') ? joined.replace(BUILDER_WRAPPER, 'elementor') : joined;
}

/** All the text under a node, concatenated as-is. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) && node.type !== 'root') return '';
  let out = '';
  for (const child of (node as ParentNode).children) out += textOf(child);
  return out;
}

/** Text with whitespace runs collapsed and trimmed; <br> and block edges count as spaces. */
export function cleanText(node: AnyNode): string {
  return collapseSpaces(spaced(node, false)).trim();
}

/**
 * The text `--explain` lists for a removed element: as `cleanText`, but two elements side by side
 * with no text between them are spaced too. A share bar's links or a widget's buttons have no
 * separators in the markup, and "Share on FacebookShare on X" reads as one word.
 */
export function snippetText(node: AnyNode): string {
  return collapseSpaces(spaced(node, true)).trim();
}

/** `apart`: a space between two adjacent elements (comments and processing instructions are no text). */
function spaced(node: AnyNode, apart: boolean): string {
  if (isText(node)) return node.data;
  if (!isElement(node) && node.type !== 'root') return '';
  const el = node as Element;
  if (el.name === 'br') return ' ';
  let out = '';
  let previous: AnyNode | null = null;
  for (const child of el.children) {
    if (apart && isElement(child) && isElement(previous)) out += ' ';
    out += spaced(child, apart);
    if (isText(child) || isElement(child)) previous = child;
  }
  return BLOCK_TAGS.has(el.name) ? ` ${out} ` : out;
}

/** Detach a node from its parent, keeping sibling links consistent. */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (parent) {
    const i = parent.children.indexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
  }
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Set each node's `prev` and `next` to its neighbours in `nodes` (a parent's children after an edit). */
export function relink(nodes: readonly AnyNode[]): void {
  nodes.forEach((node, i) => {
    node.prev = nodes[i - 1] ?? null;
    node.next = nodes[i + 1] ?? null;
  });
}

/** Detach many nodes at once: one pass per parent instead of an indexOf per node (big pages). */
export function removeNodes(nodes: AnyNode[]): void {
  const doomed = new Set(nodes);
  const parents = new Set<ParentNode>();
  for (const node of nodes) if (node.parent) parents.add(node.parent);
  for (const parent of parents) {
    const kept: AnyNode[] = [];
    const children = parent.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (!doomed.has(c)) kept.push(c);
      // A removed block between two runs of inline content still ended a line there ("Reklama" /
      // [ad] / "ad-slot-ID: …"): a line break keeps the two apart.
      else if (isElement(c) && BLOCK_TAGS.has(c.name) && inlineAround(children, i, doomed))
        kept.push(lineBreak(parent));
    }
    relink(kept);
    parent.children = kept;
  }
  for (const node of nodes) {
    node.parent = null;
    node.prev = null;
    node.next = null;
  }
}

/** Whether the kept siblings on both sides of `children[i]` are inline content with text. */
function inlineAround(children: readonly AnyNode[], i: number, doomed: ReadonlySet<AnyNode>): boolean {
  const side = (step: 1 | -1): boolean => {
    for (let j = i + step; j >= 0 && j < children.length; j += step) {
      const c = children[j]!;
      if (doomed.has(c)) continue;
      if (isText(c)) {
        if (c.data.trim()) return true;
        continue;
      }
      return isElement(c) && !BLOCK_TAGS.has(c.name) && c.name !== 'br' && textOf(c).trim() !== '';
    }
    return false;
  };
  return side(-1) && side(1);
}

function lineBreak(parent: ParentNode): Element {
  const br = new DomElement('br', {});
  br.parent = parent;
  return br;
}

/** Replace an element by its children (keeps the content, drops the wrapper). */
export function unwrap(el: Element): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el);
  const kids = el.children;
  for (const kid of kids) kid.parent = parent;
  parent.children.splice(i, 1, ...kids);
  for (let j = Math.max(0, i - 1); j < Math.min(parent.children.length, i + kids.length + 1); j++) {
    const node = parent.children[j]!;
    node.prev = parent.children[j - 1] ?? null;
    node.next = parent.children[j + 1] ?? null;
  }
  el.children = [];
  el.parent = null;
}

/** Depth-first walk over elements; return false from `visit` to skip an element's subtree. */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | undefined): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Elements whose start and end make a paragraph break (the rest are inline). */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
]);

/** Length with CJK characters counted double, as stats.ts does: a CJK paragraph says as much in half the characters. */
export function denseLength(text: string): number {
  return text.length + countCjk(text);
}

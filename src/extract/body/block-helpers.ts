/** Element-level helpers for the DOM-to-blocks conversion (`../blocks.ts`). */
import type { Block, Inline } from '../types.js';
import { BLOCK_TAGS, type Element, isElement } from './dom.js';
import { collectInline, resolveUrl } from './inline.js';

/** An image block from an <img> (lazy-loading attributes first); null without a usable src. */
export function imageBlock(img: Element, caption: string | null, base: string | null): Block | null {
  const a = img.attribs;
  const src = resolveUrl(a['data-src'] ?? a['data-lazy-src'] ?? a.src ?? a['data-original'], base);
  return src ? { type: 'image', src, alt: (a.alt ?? '').trim(), caption } : null;
}

/** The class of a <pre>'s <code>, where highlighters put the language. */
export function codeClass(pre: Element): string {
  const code = findFirst(pre, 'code');
  return code?.attribs.class ?? '';
}

/** The first descendant element named `name`, depth first. */
export function findFirst(el: Element, name: string): Element | null {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === name) return child;
    const inner = findFirst(child, name);
    if (inner) return inner;
  }
  return null;
}

/** The inline content of an element's children. */
export function inlinesOf(el: Element, base: string | null): Inline[] {
  const out: Inline[] = [];
  for (const child of el.children) collectInline(child, base, out);
  return out;
}

/**
 * Inline elements that wrap blocks (<a><div>…</div></a>, custom elements) act as containers. Not
 * memoised: the walk stops at the first block and inline subtrees are small, while a WeakMap memo
 * of every element asked about cost more than the walks it saved (1.4% of extraction time). The
 * parser's depth cap bounds the repeated walks of nested wrappers.
 */
export function hasBlockInside(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && (BLOCK_TAGS.has(c.name) || hasBlockInside(c))) return true;
  return false;
}

const STRUCTURE = new Set(['p', 'ul', 'ol', 'table', 'blockquote', 'pre', 'div', 'h1', 'h2', 'h3', 'h4']);

/**
 * A table used for page layout holds paragraphs, lists or other tables in its cells, or is a single
 * cell: a framed box of text (an old page's appeal box, a note set off with a border), not data.
 */
export function isLayoutTable(table: Element): boolean {
  let layout = false;
  let cells = 0;
  const scan = (el: Element, depth: number): void => {
    for (const c of el.children) {
      if (layout || !isElement(c)) continue;
      if (depth > 0 && STRUCTURE.has(c.name)) layout = true;
      else {
        const cell = c.name === 'td' || c.name === 'th';
        if (cell && depth === 0) cells++;
        scan(c, cell ? depth + 1 : depth);
      }
    }
  };
  scan(table, 0);
  return layout || cells === 1;
}

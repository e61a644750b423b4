/**
 * Cleaned DOM → the `Block` tree. Block elements (the set the bench truth uses) start and end a
 * paragraph; loose inline content between them becomes a paragraph of its own. Each top-level block
 * remembers the container it came from (`group`), so text cleaners can judge a plain <div> whole.
 */

import {
  codeClass,
  findFirst,
  hasBlockInside,
  imageBlock,
  inlinesOf,
  isLayoutTable,
} from './body/block-helpers.js';
import { type AnyNode, BLOCK_TAGS, type Element, isElement, isText, textOf } from './body/dom.js';
import { collectInline, splitAtBlankLines, trimInlines } from './body/inline.js';
import { collapseSpaces } from './text.js';
import type { Block, Inline, TableRow } from './types.js';

export interface SourcedBlock {
  block: Block;
  /** The nearest enclosing container element below the article root, or null. */
  group: Element | null;
  /** The block's plain text, filled in by `clean/block-text.ts` blockText when first asked. */
  text?: string;
  /** For a blockquote: its element. */
  quote?: Element;
  /**
   * For a paragraph of a blockquote the text cleaners read apart (see `clean/quotes.ts`): that
   * blockquote's element.
   */
  inQuote?: Element;
  /** For a line of a paragraph the text cleaners read apart (see `clean/br-lines.ts`): that paragraph. */
  inLines?: SourcedBlock;
}

class Builder {
  readonly out: SourcedBlock[] = [];
  private inline: Inline[] = [];
  constructor(private readonly base: string | null) {}

  flush(group: Element | null): void {
    const inline = this.inline;
    this.inline = [];
    for (const part of splitAtBlankLines(inline)) {
      const children = trimInlines(part);
      if (children) this.out.push({ block: { type: 'paragraph', children }, group });
    }
  }

  container(el: Element, group: Element | null): void {
    for (const child of el.children) this.node(child, group);
    this.flush(group);
  }

  node(node: AnyNode, group: Element | null): void {
    if (isText(node)) {
      collectInline(node, this.base, this.inline);
      return;
    }
    if (!isElement(node)) return;
    if (!BLOCK_TAGS.has(node.name) && !hasBlockInside(node)) {
      if (node.name === 'img') this.image(node, null, group);
      else collectInline(node, this.base, this.inline);
      return;
    }
    this.flush(group);
    const block = this.block(node);
    if (block?.type === 'blockquote') this.out.push({ block, group, quote: node });
    else if (block) this.out.push({ block, group });
    else if (node.name !== 'figcaption') this.container(node, node);
  }

  /** A self-contained block for `el`, or null when it is a container to descend into. */
  block(el: Element): Block | null {
    const name = el.name;
    if (/^h[1-6]$/.test(name)) {
      const children = trimInlines(inlinesOf(el, this.base));
      return children ? { type: 'heading', level: Number(name[1]) as 1, children } : null;
    }
    if (name === 'p' && !hasBlockInside(el)) {
      const children = trimInlines(inlinesOf(el, this.base));
      return children ? { type: 'paragraph', children } : null;
    }
    if (name === 'hr') return { type: 'rule' };
    if (name === 'pre') {
      const lang = /(?:lang|language)-(\w+)/.exec(`${el.attribs.class ?? ''} ${codeClass(el)}`)?.[1] ?? null;
      const text = textOf(el).replace(/^\n+|\s+$/g, '');
      return text ? { type: 'code', text, language: lang } : null;
    }
    if (name === 'ul' || name === 'ol') return this.list(el);
    if (name === 'blockquote') {
      const inner = subBlocks(el, this.base);
      return inner.length ? { type: 'blockquote', children: inner } : null;
    }
    if (name === 'table' && !isLayoutTable(el)) return this.table(el);
    if (name === 'figure') return this.figure(el);
    return null;
  }

  list(el: Element): Block | null {
    const items: Block[][] = [];
    for (const li of el.children) {
      if (!isElement(li)) continue;
      const b = new Builder(this.base);
      if (li.name === 'li') b.container(li, null);
      else b.node(li, null);
      b.flush(null);
      if (b.out.length) items.push(b.out.map((s) => s.block));
    }
    return items.length ? { type: 'list', ordered: el.name === 'ol', items } : null;
  }

  table(el: Element): Block | null {
    const rows: TableRow[] = [];
    const walk = (node: Element, inHead: boolean): void => {
      for (const child of node.children) {
        if (!isElement(child)) continue;
        if (child.name === 'tr') {
          const cells = child.children.filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.name));
          const header = inHead || (cells.length > 0 && cells.every((c) => c.name === 'th'));
          rows.push({ header, cells: cells.map((c) => trimInlines(inlinesOf(c, this.base)) ?? []) });
        } else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
          walk(child, child.name === 'thead');
        }
      }
    };
    walk(el, false);
    const kept = rows.filter((r) => r.cells.some((c) => c.length > 0));
    return kept.length ? { type: 'table', rows: kept } : null;
  }

  figure(el: Element): Block | null {
    const img = findFirst(el, 'img');
    const hasText = [...el.children].some(
      (c) => (isElement(c) && c.name !== 'figcaption' && textOf(c).trim()) || (isText(c) && c.data.trim()),
    );
    if (hasText) return null;
    if (!img) return null;
    const caption = findFirst(el, 'figcaption');
    return imageBlock(img, caption ? collapseSpaces(textOf(caption)).trim() || null : null, this.base);
  }

  image(img: Element, caption: string | null, group: Element | null): void {
    const block = imageBlock(img, caption, this.base);
    if (!block) return;
    this.flush(group);
    this.out.push({ block, group });
  }
}

function subBlocks(el: Element, base: string | null): Block[] {
  const b = new Builder(base);
  b.container(el, null);
  return b.out.map((s) => s.block);
}

/** Convert the article containers to blocks, each with the container it came from. */
export function domToSourcedBlocks(roots: Element[], base: string | null): SourcedBlock[] {
  const b = new Builder(base);
  for (const root of roots) {
    const block = b.block(root);
    if (block) b.out.push({ block, group: null });
    else b.container(root, null);
  }
  return b.out;
}

/** Convert the article containers to blocks. */
export function domToBlocks(roots: Element[], base: string | null): Block[] {
  return domToSourcedBlocks(roots, base).map((s) => s.block);
}

/**
 * What the Markdown and HTML renderers share: the title becomes the one top-level heading, a
 * leading heading that repeats it is dropped, and the body's heading levels are renumbered so they
 * start below the title and never skip a level (h2 → h4 becomes h2 → h3). Readers, outline tools and
 * Markdown linters all expect that shape; pages often use heading levels for looks.
 */
import type { Block, Inline, Metadata } from '../../extract/types.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface Outline {
  /** The article's title, or null when the page gave none. */
  title: string | null;
  /** The body, with the repeated title removed and heading levels renumbered. */
  blocks: Block[];
}

/** Plain text of inlines with whitespace collapsed (for comparing, not for rendering). */
export function plainInline(inlines: Inline[]): string {
  let out = '';
  for (const node of inlines) {
    if (node.type === 'text' || node.type === 'code') out += node.text;
    else if (node.type === 'break') out += ' ';
    else out += plainInline(node.children);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Index of a heading at the top of the body (before any text) that repeats the title, or -1. */
function repeatedTitleIndex(blocks: Block[], title: string): number {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'heading') return sameText(plainInline(block.children), title) ? i : -1;
    if (block.type !== 'image' && block.type !== 'rule') return -1;
  }
  return -1;
}

/** Renumber heading levels in document order, recursing into lists and blockquotes. */
function renumber(blocks: Block[], state: { prev: number; base: number }): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading': {
        const level = Math.max(state.base, Math.min(block.level, state.prev + 1)) as HeadingLevel;
        state.prev = level;
        return level === block.level ? block : { ...block, level };
      }
      case 'list':
        return { ...block, items: block.items.map((item) => renumber(item, state)) };
      case 'blockquote':
        return { ...block, children: renumber(block.children, state) };
      default:
        return block;
    }
  });
}

/** The title and body as the renderers lay them out. */
export function outline(blocks: Block[], metadata: Pick<Metadata, 'title'>): Outline {
  const title = metadata.title?.replace(/\s+/g, ' ').trim() || null;
  let body = blocks;
  if (title) {
    const repeated = repeatedTitleIndex(blocks, title);
    if (repeated >= 0) body = blocks.filter((_, i) => i !== repeated);
  }
  const base = title ? 2 : 1;
  return { title, blocks: renumber(body, { prev: base - 1, base }) };
}

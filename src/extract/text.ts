/** Render the block tree as plain text: paragraphs separated by a blank line, `<br>` as a newline. */
import type { Block, Inline } from './types.js';

export function inlineText(inlines: Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'code':
        // Source line breaks are just whitespace; only <br> (a 'break' inline) makes a newline.
        out += node.text.replace(/\s+/g, ' ');
        break;
      case 'break':
        out += '\n';
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

/**
 * Collapse whitespace within each line and trim the lines and the whole. Two native replaces
 * instead of a split/map/join per paragraph: inline text holds no newline but a `<br>`'s, so after
 * the first replace a line's edge is at most one space next to a newline.
 */
function tidy(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

function blockParagraphs(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [tidy(inlineText(block.children))];
    case 'list':
      return block.items.flatMap((item) => item.flatMap(blockParagraphs));
    case 'blockquote':
      return block.children.flatMap(blockParagraphs);
    case 'code':
      return [block.text.trim()];
    case 'table':
      return block.rows.map((row) => row.cells.map((cell) => tidy(inlineText(cell))).join('\t'));
    case 'image':
    case 'rule':
      return [];
  }
}

/**
 * Extraction asks for the same block's text several times (each text cleaner, the fallback's
 * length check, the final text); blocks are never changed once built, so it is rendered once.
 */
const rendered = new WeakMap<Block, string>();

/** One block's text: its non-empty paragraphs joined by a blank line ('' for images and rules). */
export function blockToText(block: Block): string {
  let text = rendered.get(block);
  if (text === undefined) {
    text = blockParagraphs(block)
      .filter((p) => p.length > 0)
      .join('\n\n');
    rendered.set(block, text);
  }
  return text;
}

export function blocksToText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const text = blockToText(block);
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

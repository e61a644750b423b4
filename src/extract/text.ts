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

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
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

export function blocksToText(blocks: Block[]): string {
  return blocks
    .flatMap(blockParagraphs)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

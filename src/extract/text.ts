/** Render the block tree as plain text: paragraphs separated by a blank line, `<br>` as a newline. */
import type { Block, Inline } from './types.js';

/**
 * Whitespace runs other than a lone space. Replacing only these leaves ordinary prose untouched,
 * where `/\s+/g` would match every gap between words and rebuild the whole string (about 10x
 * slower, and most of extraction's garbage).
 */
const UNTIDY_SPACE = /[^\S ]\s*| \s+/g;

/** `text.replace(/\s+/g, ' ')`, faster. */
export function collapseSpaces(text: string): string {
  return text.replace(UNTIDY_SPACE, ' ');
}

/**
 * Any character from U+0300 up. Below it every character is its own NFC form and none combines
 * (the first with NFC_Quick_Check other than Yes is U+0300, the first combining mark), so text
 * without one is already NFC.
 */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff]/;

/**
 * `text.normalize('NFC')`, without the copy: V8 converts every string to UTF-16 for ICU even when
 * nothing changes, and most text nodes are plain Latin (a quarter of the time over the dev pages' text).
 */
export function toNfc(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
}

export function inlineText(inlines: Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'code':
        // Source line breaks are just whitespace; only <br> (a 'break' inline) makes a newline.
        out += collapseSpaces(node.text);
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
 * Collapse the spaces within each line and trim the lines and the whole. `inlineText` leaves only
 * spaces and the newlines of `<br>`s, so a line's edge is at most one space next to a newline once
 * runs of spaces are collapsed.
 */
function tidy(text: string): string {
  const collapsed = text.replace(/ {2,}/g, ' ');
  return (collapsed.includes('\n') ? collapsed.replace(/ ?\n ?/g, '\n') : collapsed).trim();
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

/** `blocksToText(blocks).length`, without joining the text. */
export function textLength(blocks: Block[]): number {
  let length = 0;
  let parts = 0;
  for (const block of blocks) {
    const text = blockToText(block);
    if (!text) continue;
    length += text.length;
    parts++;
  }
  // A blank line between parts.
  return parts > 0 ? length + 2 * (parts - 1) : 0;
}

export function blocksToText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const text = blockToText(block);
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

/** True for the characters `\s` matches (ASCII and Unicode spaces, line terminators, BOM). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The number of `\S+` runs, counted without building the list of words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Paragraphs whose lines are set apart with single `<br>`s read line by line. Templates and
 * hand-made pages put a whole box in one `<p>` ("Support local news<br>Members get … <br>Join
 * now"), and to the cleaners that is one long block: a promo line, a counter and a button would be
 * judged together and stay, or go with the article line beside them. So each line of such a
 * paragraph is handed to the cleaners as a paragraph of its own, in the paragraph's place and
 * container, marked with the paragraph it came from; afterwards the lines they kept are joined
 * back with their breaks. A paragraph that keeps every line comes back as it was.
 */
import type { SourcedBlock } from '../blocks.js';
import { trimInlines } from '../body/inline.js';
import type { Block, Inline } from '../types.js';

/** The lines of a paragraph split at its top-level breaks, or null when it has one line. */
function linesOf(block: Block): Inline[][] | null {
  if (block.type !== 'paragraph' || !block.children.some((n) => n.type === 'break')) return null;
  const lines: Inline[][] = [];
  let line: Inline[] = [];
  for (const node of block.children) {
    if (node.type !== 'break') {
      line.push(node);
      continue;
    }
    const trimmed = trimInlines(line);
    if (trimmed) lines.push(trimmed);
    line = [];
  }
  const trimmed = trimInlines(line);
  if (trimmed) lines.push(trimmed);
  return lines.length >= 2 ? lines : null;
}

/** The line blocks each opened paragraph was given, to tell whether all came back untouched. */
const opened = new WeakMap<SourcedBlock, Block[]>();

/** Each multi-line paragraph's lines in its place, marked with the paragraph's SourcedBlock. */
export function openLines(blocks: SourcedBlock[]): SourcedBlock[] {
  const split = blocks.map((sb) => linesOf(sb.block));
  if (!split.some(Boolean)) return blocks;
  const out: SourcedBlock[] = [];
  for (const [i, sb] of blocks.entries()) {
    const lines = split[i];
    if (!lines) {
      out.push(sb);
      continue;
    }
    const made = lines.map((children): Block => ({ type: 'paragraph', children }));
    opened.set(sb, made);
    for (const block of made) out.push({ ...sb, text: undefined, block, inLines: sb });
  }
  return out;
}

/** Consecutive kept lines of one paragraph joined back with breaks; all lines kept: the original. */
export function closeLines(blocks: SourcedBlock[]): SourcedBlock[] {
  if (!blocks.some((sb) => sb.inLines)) return blocks;
  const out: SourcedBlock[] = [];
  for (let i = 0; i < blocks.length; ) {
    const from = blocks[i]!.inLines;
    if (!from) {
      out.push(blocks[i++]!);
      continue;
    }
    const kept: Block[] = [];
    while (i < blocks.length && blocks[i]!.inLines === from) kept.push(blocks[i++]!.block);
    const made = opened.get(from);
    if (made && kept.length === made.length && kept.every((b, k) => b === made[k])) {
      out.push(from);
      continue;
    }
    const children = kept.flatMap((b, k): Inline[] => {
      const line = b.type === 'paragraph' ? b.children : [];
      return k === 0 ? line : [{ type: 'break' }, ...line];
    });
    out.push({ ...from, text: undefined, block: { type: 'paragraph', children } });
  }
  return out;
}

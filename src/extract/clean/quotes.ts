/**
 * Blockquotes read paragraph by paragraph. Templates set an outlet's note in a quote block ("From
 * everyone at the Courier: … we are paid for by 2,300 readers … Chip in"), and a blockquote is one
 * block: its appeal would be judged as a single long quoted paragraph and stay whole. So the text
 * cleaners get each paragraph of a plain blockquote (paragraphs and headings only) as a block of
 * its own, marked `inQuote`; afterwards the paragraphs they kept are put back into blockquotes.
 * A quote the cleaners leave alone comes back as it was.
 */
import type { Element } from 'domhandler';
import type { SourcedBlock } from '../blocks.js';
import type { Block } from '../types.js';

/** Paragraphs of a blockquote that the cleaners may judge one by one. */
function openable(block: Block): block is { type: 'blockquote'; children: Block[] } {
  return (
    block.type === 'blockquote' &&
    block.children.length >= 2 &&
    block.children.every((b) => b.type === 'paragraph' || b.type === 'heading')
  );
}

/** The container each opened blockquote came from, to put it back there. */
const groups = new WeakMap<Element, Element | null>();

/**
 * Each openable blockquote's paragraphs in its place, marked with the blockquote's element, which
 * is also their container (the cleaners judge a container's lines together).
 */
export function openQuotes(blocks: SourcedBlock[]): SourcedBlock[] {
  if (!blocks.some((sb) => sb.quote && openable(sb.block))) return blocks;
  return blocks.flatMap((sb) => {
    const el = sb.quote;
    if (!el || !openable(sb.block)) return [sb];
    groups.set(el, sb.group);
    return sb.block.children.map((block) => ({ block, group: el, inQuote: el }));
  });
}

/** Consecutive kept paragraphs of one blockquote, put back into a blockquote. */
export function closeQuotes(blocks: SourcedBlock[]): SourcedBlock[] {
  if (!blocks.some((sb) => sb.inQuote)) return blocks;
  const out: SourcedBlock[] = [];
  for (let i = 0; i < blocks.length; ) {
    const el = blocks[i]!.inQuote;
    if (!el) {
      out.push(blocks[i++]!);
      continue;
    }
    const children: Block[] = [];
    while (i < blocks.length && blocks[i]!.inQuote === el) children.push(blocks[i++]!.block);
    out.push({ block: { type: 'blockquote', children }, group: groups.get(el) ?? null, quote: el });
  }
  return out;
}

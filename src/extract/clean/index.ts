/**
 * Text-cue cleaners, run in order over the article's blocks. Markup hints were applied before
 * (see `markup.ts`); these catch boilerplate that carries no class names.
 */
import type { SourcedBlock } from '../blocks.js';
import type { BlockCleaner, CleanContext } from './context.js';

const CLEANERS: BlockCleaner[] = [];

export function cleanBlocks(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  let out = blocks;
  for (const cleaner of CLEANERS) out = cleaner(out, ctx);
  return out;
}

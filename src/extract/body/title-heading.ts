/** Drop the article's own headline from the body: it is `title` in the record, not body text. */
import type { SourcedBlock } from '../blocks.js';
import { blockText } from '../clean/block-text.js';
import { normaliseTitle } from './title.js';

export function dropTitleHeading(blocks: SourcedBlock[], titles: Set<string>): SourcedBlock[] {
  // Only near the top: a later heading that repeats the title is part of the text.
  const limit = Math.min(blocks.length, 4);
  for (let i = 0; i < limit; i++) {
    const sb = blocks[i]!;
    if (sb.block.type !== 'heading') continue;
    const text = normaliseTitle(blockText(sb));
    if (sb.block.level === 1 || titles.has(text)) {
      if (titles.has(text) || [...titles].some((t) => t.includes(text) && text.length > 15)) {
        return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
      }
    }
  }
  return blocks;
}

/** Drop the article's own headline from the body: it is `title` in the record, not body text. */
import type { SourcedBlock } from '../blocks.js';
import { blockText } from '../clean/block-text.js';
import { normaliseTitle } from './title.js';

/**
 * Remove the headline near the top of the body: a heading that repeats a page title, or the
 * first <h1> ahead of any paragraph (pages with a generic <title> still lead with their headline).
 */
export function dropTitleHeading(blocks: SourcedBlock[], titles: Set<string>): SourcedBlock[] {
  // Only near the top: a later heading that repeats the title is part of the text.
  const limit = Math.min(blocks.length, 4);
  for (let i = 0; i < limit; i++) {
    const sb = blocks[i]!;
    if (sb.block.type !== 'heading') continue;
    const text = normaliseTitle(blockText(sb));
    const repeatsTitle = titles.has(text) || [...titles].some((t) => t.includes(text) && text.length > 15);
    const leadingH1 = sb.block.level === 1 && blocks.slice(0, i).every((b) => b.block.type !== 'paragraph');
    if (repeatsTitle || leadingH1) return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
  }
  return blocks;
}

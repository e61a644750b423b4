/** Placeholder: the Markdown writer (front matter + structure) replaces this. */
import { blocksToText } from '../../extract/text.js';
import type { Block, Metadata } from '../../extract/types.js';

export function blocksToMarkdown(blocks: Block[], _metadata: Metadata): string {
  return blocksToText(blocks);
}

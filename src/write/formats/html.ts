/** Placeholder: the sanitised HTML writer replaces this. */
import type { Block, Metadata } from '../../extract/types.js';

export function blocksToHtml(_blocks: Block[], _metadata: Metadata): string {
  return '';
}

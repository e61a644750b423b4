/**
 * Blog post footers at the end of the text: "This entry was posted in News and tagged x, y.
 * Bookmark the permalink." or "Erstellt am … und abgelegt unter …". They describe the page, not the
 * article. Only the last few blocks are looked at, and only short ones.
 */
import type { SourcedBlock } from '../blocks.js';
import { POST_FOOTER, POST_FOOTER_STARTS } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, startPhrase } from './phrases.js';

/** How many blocks from the end may be footer lines. */
const TAIL = 3;

/** The rule that marks `text` as a post footer, or null. */
export function postFooterRule(text: string): string | null {
  if (wordCount(text) > 45) return null;
  const lower = text.toLowerCase();
  const phrase = findPhrase(lower, POST_FOOTER) ?? startPhrase(lower, POST_FOOTER_STARTS);
  return phrase ? `phrase:${phrase.trim()}` : null;
}

export function removePostFooters(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const start = Math.max(0, blocks.length - TAIL);
  return blocks.filter((sb, i) => {
    if (i < start || sb.block.type !== 'paragraph') return true;
    const text = blockText(sb);
    const rule = postFooterRule(text);
    if (!rule) return true;
    ctx.removals.add('other', rule, text);
    return false;
  });
}

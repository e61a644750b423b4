/**
 * Newsletter and subscription prompts without markup hints: a short block that names a
 * newsletter or asks for an email address. Two distinct phrases are needed unless the block is
 * very short ("Sign up for our newsletter"), so an article sentence about a newsletter stays.
 */
import type { SourcedBlock } from '../blocks.js';
import { NEWSLETTER } from '../vocab/phrases/boilerplate.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { countPhrases } from './phrases.js';

export function isNewsletterPrompt(text: string): boolean {
  const words = wordCount(text);
  if (words > 40) return false;
  const hits = countPhrases(unquotedLower(text), NEWSLETTER);
  return hits >= 2 || (hits === 1 && words <= 12);
}

export function removeNewsletterPrompts(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    const text = blockText(sb);
    if (!isNewsletterPrompt(text)) return true;
    ctx.removals.add('newsletter', 'text-cues:newsletter', text);
    return false;
  });
}

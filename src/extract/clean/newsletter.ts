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

/** Newsletter phrases in a block of at most 40 words (0 for longer blocks: article text). */
function newsletterHits(text: string): number {
  return wordCount(text) > 40 ? 0 : countPhrases(unquotedLower(text), NEWSLETTER);
}

export function isNewsletterPrompt(text: string): boolean {
  const hits = newsletterHits(text);
  return hits >= 2 || (hits === 1 && wordCount(text) <= 12);
}

/**
 * A prompt and its neighbours: a signup box is a heading, a one-line blurb ("The day's top stories
 * in your inbox every morning") and a form, so a short block next to a prompt needs only one phrase.
 */
export function removeNewsletterPrompts(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const texts = blocks.map(blockText);
  const drop = new Set<number>();
  texts.forEach((text, i) => {
    if (isNewsletterPrompt(text)) drop.add(i);
  });
  for (const i of [...drop]) {
    for (const j of [i - 1, i + 1]) {
      if (j >= 0 && j < texts.length && !drop.has(j) && newsletterHits(texts[j]!) >= 1) drop.add(j);
    }
  }
  if (drop.size === 0) return blocks;
  return blocks.filter((_, i) => {
    if (!drop.has(i)) return true;
    ctx.removals.add('newsletter', 'text-cues:newsletter', texts[i]!);
    return false;
  });
}

/**
 * Newsletter and subscription prompts without markup hints: a short block that names a
 * newsletter or asks for an email address. Two distinct phrases are needed unless the block is
 * very short ("Sign up for our newsletter"), and a longer block must also address the reader, so an
 * article sentence about someone's newsletter ("… which 900 supporters get by email") stays.
 */
import type { SourcedBlock } from '../blocks.js';
import { NEWSLETTER } from '../vocab/phrases/boilerplate.js';
import { FORMAL_ADDRESS, VOICE_WORDS } from '../vocab/phrases/donation.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { countPhrases, phraseRegex } from './phrases.js';

const VOICE = phraseRegex(Object.values(VOICE_WORDS).flat(), true);
/** A promotion's "now": "Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper". */
const NOW = phraseRegex(
  [
    'now',
    'jetzt',
    'maintenant',
    'ahora',
    'subito',
    'agora',
    'сейчас',
    'зараз',
    'teraz',
    'nu',
    '现在',
    '今すぐ',
  ],
  true,
);

/** "we"/"you" words, German formal "Sie" or a "now": a prompt speaks to the reader, reporting does not. */
function addressesReader(text: string): boolean {
  const lower = unquotedLower(text);
  VOICE.lastIndex = 0;
  NOW.lastIndex = 0;
  return VOICE.test(lower) || NOW.test(lower) || FORMAL_ADDRESS.test(text);
}

/** Newsletter phrases in a block of at most 40 words (0 for longer blocks: article text). */
function newsletterHits(text: string): number {
  return wordCount(text) > 40 ? 0 : countPhrases(unquotedLower(text), NEWSLETTER);
}

export function isNewsletterPrompt(text: string): boolean {
  const hits = newsletterHits(text);
  if (wordCount(text) <= 12) return hits >= 1;
  return hits >= 3 || (hits === 2 && addressesReader(text));
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

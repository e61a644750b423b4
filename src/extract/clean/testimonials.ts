/**
 * Readers' testimonials inside an appeal ("“I give €5 a month because …”" / "— Marta, Lyon"): quoted,
 * so they carry no cue of the outlet's, and a story quotes its sources the same way. They count only
 * between an appeal's own blocks: a run carries across them (see `grow` in donation.ts), and a gap of
 * them between two removed pieces goes with the pieces.
 */
import type { SourcedBlock } from '../blocks.js';
import type { AppealCues } from './appeal-cues.js';
import { SENTENCE_END } from './block-text.js';

/** Lines of readers' testimonials an appeal may hold between its own blocks: a few quotes with their names. */
export const TESTIMONIAL_LINES = 9;
/** Words of one testimonial: a sentence or three. */
const TESTIMONIAL_WORDS = 60;
/**
 * A paragraph that is one quote from its opening mark to its closing one, maybe with its speaker in
 * brackets after it (「…」（東京都・60代男性）): a testimonial. A story's quote goes on to say who
 * spoke („…“, sagte der Vorsitzende).
 */
const WHOLE_QUOTE =
  /^["'“„«‘‚‹「『][^"“”„«»‹›「」『』]*["'”“»’›」』][.!?。]?(?:\s*[（(][^（）()]{1,30}[)）])?$/u;

/** Words of the line naming its reader ("— Denise Rourke, Orchard Heights"). */
const SIGNATURE_WORDS = 8;

/**
 * Blocks that may be a reader's testimonial: a short quote (a paragraph that is one quote, or set as
 * a blockquote), and the short line naming its speaker after it ("— Gérard, Les Salines", "Henk,
 * Hapert"). Only between an appeal's own blocks do they count (see `grow` in donation.ts, `testimonialGaps`).
 */
export function testimonialLines(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  cues: readonly AppealCues[],
): boolean[] {
  const out: boolean[] = [];
  blocks.forEach((sb, i) => {
    const c = cues[i]!;
    const quoted =
      (WHOLE_QUOTE.test(texts[i]!) || sb.block.type === 'blockquote' || sb.inQuote !== undefined) &&
      c.words > 0 &&
      c.words <= TESTIMONIAL_WORDS &&
      !c.foreign;
    const signature =
      i > 0 &&
      out[i - 1] === true &&
      c.words > 0 &&
      c.words <= SIGNATURE_WORDS &&
      !SENTENCE_END.test(texts[i]!);
    out.push(quoted || signature);
  });
  return out;
}

/**
 * Readers' testimonials with a removed piece of the appeal on each side (see `testimonialLines`):
 * every line of the gap one of them, a few quotes with their names.
 */
export function testimonialGaps(speech: readonly boolean[], gone: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = 1; i < speech.length; i++) {
    if (gone(i) || !gone(i - 1) || !speech[i]) continue;
    let j = i;
    while (j < speech.length && speech[j] && !gone(j)) j++;
    if (j < speech.length && gone(j) && j - i < TESTIMONIAL_LINES) for (let k = i; k < j; k++) found.push(k);
    i = j;
  }
  return found;
}

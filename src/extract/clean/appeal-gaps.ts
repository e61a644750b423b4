/**
 * The lines an appeal leaves between and after its pieces: payment details under a piece, a short
 * paragraph or a few cue lines between two pieces, a card's label.
 */
import type { SourcedBlock } from '../blocks.js';
import type { AppealCues } from './appeal-cues.js';
import { QUOTE_OPENING, SENTENCE_END } from './block-text.js';

/**
 * A short line off the story's topic on how to pay ("Pagamento por MB Way ou cartão.", "Tarjeta o
 * PayPal"): after a removed piece it is the appeal's, as its buttons are; before one, such a line
 * is the article's last ("The developer will contribute £3.4 million.").
 */
export function paymentLine(c: AppealCues): boolean {
  if (c.topical || c.foreign) return false;
  return c.payment > 0 && (c.words <= PAYMENT_LINE_WORDS || (c.payment >= 2 && c.words <= SMALL_PRINT_WORDS));
}
export const PAYMENT_LINE_WORDS = 12;
/** The form's small print on how payments and tax work ("processed securely by Stripe … tax-deductible"). */
const SMALL_PRINT_WORDS = 30;

/**
 * The payment details under a piece of the appeal found by its words (see `split-appeal.ts`): "IBAN:
 * DE12 … · Verwendungszweck: Spende" after "Spenden an Flussläufer sind steuerlich absetzbar".
 */
export function paymentLinesAfter(
  cues: readonly AppealCues[],
  pieces: ReadonlySet<number>,
  drop: Set<number>,
): void {
  for (const i of pieces) {
    let j = i + 1;
    while (cues[j]?.words === 0) j++;
    while (cues[j] && !pieces.has(j) && !drop.has(j) && paymentLine(cues[j]!)) drop.add(j++);
  }
}

/** A line between two pieces of an appeal is a paragraph of it, not of the story, at most this long. */
const GAP_WORDS = 60;
/**
 * A line between two pieces with an appeal word of its own: a sentence or two, not a story's
 * paragraph. One sum alone makes a line only as short as a payment line: a sentence with a price in
 * it is the story's ("… майстер-класи для дітей, вартість — 300 гривень").
 */
const GAP_LINE_WORDS = 25;

/**
 * A paragraph with an appeal's pieces on both sides, which itself carries no cue strong enough to
 * join them ("Hemos cubierto las quince ediciones …" between the editor's greeting and her ask): the
 * appeal's own narrative when it speaks as the outlet at all, by one "we" verb or one word to the
 * reader. The story does not break off into the outlet's voice between two asks; a third-person
 * paragraph there (an appeal split around the story) stays.
 */
export function fillGaps(
  blocks: readonly SourcedBlock[],
  cues: readonly AppealCues[],
  texts: readonly string[],
  drop: Set<number>,
  split: ReadonlySet<number>,
): void {
  const gone = (i: number): boolean => drop.has(i) || split.has(i);
  const gaps: number[] = [];
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (gone(i) || !gone(i - 1) || !gone(i + 1)) continue;
    const c = cues[i]!;
    if (blocks[i]!.block.type !== 'paragraph' || c.words > GAP_WORDS || c.foreign) continue;
    if (QUOTE_OPENING.test(texts[i]!)) continue;
    if (c.someVoice || cardLabel(blocks, texts, i, c.words)) gaps.push(i);
  }
  // A few lines between two pieces, each off the story's topic with an appeal or money word of its
  // own ("Soit moins qu'un café …", "… chaque euro donné est doublé", "Plus que 3 jours").
  for (let i = 1; i < blocks.length; i++) {
    if (gone(i) || !gone(i - 1)) continue;
    let j = i;
    while (j < blocks.length && j - i < GAP_LINES && !gone(j) && appealLine(blocks[j]!, cues[j]!)) j++;
    if (j > i && j < blocks.length && gone(j)) for (let k = i; k < j; k++) gaps.push(k);
    i = j;
  }
  for (const i of gaps) drop.add(i);
}

/** Lines of a gap that each carry a cue of their own. */
const GAP_LINES = 3;

function appealLine(sb: SourcedBlock, c: AppealCues): boolean {
  return (
    sb.block.type === 'paragraph' &&
    (c.appeal > 0 || c.payment > 1 || (c.payment > 0 && c.words <= PAYMENT_LINE_WORDS)) &&
    c.words <= GAP_LINE_WORDS &&
    !c.topical &&
    !c.foreign
  );
}

/** A label on a card of the appeal's is a word or two ("Друг", "Supporter"). */
const CARD_LABEL_WORDS = 2;

/**
 * A label in the box of a piece beside it, no sentence: a tier's name between the previous tier's
 * perk and its own price ("Друг" between "Щотижневий лист" and "250 грн/міс").
 */
function cardLabel(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  i: number,
  words: number,
): boolean {
  const group = blocks[i]!.group;
  return (
    words <= CARD_LABEL_WORDS &&
    !SENTENCE_END.test(texts[i]!) &&
    group !== null &&
    (blocks[i - 1]!.group === group || blocks[i + 1]!.group === group)
  );
}

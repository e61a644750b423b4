/**
 * A box the story introduces: a story paragraph ending in a colon ("On pouvait y lire, au-dessus
 * d'une barre de progression verte :") hands the reader what follows, a screenshot's text or a
 * charity's widget quoted as evidence. Its lines look like an appeal's (a goal, amounts, "Soutenez-nous")
 * and are the story's.
 */
import type { SourcedBlock } from '../blocks.js';
import type { AppealCues } from './appeal-cues.js';

/** An introducing paragraph is a sentence of the story, not a label ("Support us:"). */
const INTRO_WORDS = 12;
const ENDS_WITH_COLON = /[:：]\s*$/u;
const LETTER = /\p{L}/u;

/**
 * Indices of `removed` blocks that form a box right after a story paragraph ending in a colon: the
 * paragraph stays, asks nothing and does not name the outlet, and the box's blocks share a container
 * the paragraph is not in.
 */
export function introducedBoxes(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  cues: readonly AppealCues[],
  removed: ReadonlySet<number>,
): number[] {
  const kept: number[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const box = blocks[i]!.group;
    if (!box || !removed.has(i) || removed.has(i - 1)) continue;
    // A callout's icon may stand between (an emoji alone: no letters).
    let at = i - 1;
    while (at > 0 && !LETTER.test(texts[at]!) && !removed.has(at - 1)) at--;
    const intro = cues[at]!;
    if (
      blocks[at]!.block.type !== 'paragraph' ||
      blocks[at]!.group === box ||
      intro.words < INTRO_WORDS ||
      intro.ask > 0 ||
      intro.named ||
      !ENDS_WITH_COLON.test(texts[at]!)
    )
      continue;
    for (let j = i; j < blocks.length && blocks[j]!.group === box; j++) if (removed.has(j)) kept.push(j);
  }
  return kept;
}

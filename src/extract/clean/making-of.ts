/**
 * The outlet's note on what a story cost ("This story took us five weeks: we spoke to forty
 * families …") beside a removed appeal piece: the appeal's opening argument, split around the
 * article with it. Away from an appeal, the same words are the article's method and stay.
 */
import { MAKING_OF_OPENING, TIME_SPAN } from '../vocab/phrases/newsroom.js';
import type { AppealCues } from './appeal-cues.js';

/** Characters of the note's opening in which the time span must come. */
const SPAN_WITHIN = 80;
/** Words of a note; a longer block is the article's own account of its method. */
const NOTE_WORDS = 60;

/**
 * Story paragraphs a note may sit above the removed piece it opens: an appeal split around the
 * article puts its argument ("Reporting like this takes time. …") a paragraph or two before its ask.
 */
const NOTE_REACH = 3;

/** Indexes of making-of notes next to a removed block (`removed`), or a few blocks above one. */
export function makingOfNotes(
  texts: readonly string[],
  cues: readonly AppealCues[],
  removed: ReadonlySet<number>,
): number[] {
  const next = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < cues.length && cues[j]!.words === 0) j += step;
    return j;
  };
  const removedBelow = (i: number): boolean => {
    for (let j = next(i, 1), n = 0; j < cues.length && n < NOTE_REACH; j = next(j, 1), n++) {
      if (removed.has(j)) return true;
    }
    return false;
  };
  const notes: number[] = [];
  texts.forEach((text, i) => {
    if (removed.has(i) || cues[i]!.words > NOTE_WORDS) return;
    if (!removed.has(next(i, -1)) && !removedBelow(i)) return;
    if (MAKING_OF_OPENING.test(text) && TIME_SPAN.test(text.slice(0, SPAN_WITHIN))) notes.push(i);
  });
  return notes;
}

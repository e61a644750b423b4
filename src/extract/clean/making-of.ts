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

/** Indexes of making-of notes next to a removed block (`removed`), text-less blocks aside. */
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
  const notes: number[] = [];
  texts.forEach((text, i) => {
    if (removed.has(i) || cues[i]!.words > NOTE_WORDS) return;
    if (!removed.has(next(i, 1)) && !removed.has(next(i, -1))) return;
    if (MAKING_OF_OPENING.test(text) && TIME_SPAN.test(text.slice(0, SPAN_WITHIN))) notes.push(i);
  });
  return notes;
}

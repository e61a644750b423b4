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
    if (isNote(text) || isNote(afterOpener(text))) notes.push(i);
  });
  return notes;
}

/** A note opens on the story it made and names a span of working time early on. */
function isNote(text: string): boolean {
  return MAKING_OF_OPENING.test(text) && TIME_SPAN.test(text.slice(0, SPAN_WITHIN));
}

/** An opener sentence of a few words before the note, in the same block ("Una nota, prima di andare avanti."). */
const OPENER_SENTENCE = /^[^.!?:。！？]{1,60}[.!?:。！？]\s+/u;
const OPENER_WORDS = 8;

/** The text after a short opening sentence, or the whole text. */
function afterOpener(text: string): string {
  const first = OPENER_SENTENCE.exec(text)?.[0];
  return first && first.trim().split(/\s+/).length <= OPENER_WORDS ? text.slice(first.length) : text;
}

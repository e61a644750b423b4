/**
 * The headline's words as evidence that a block is the article's: a paragraph that shares words
 * with the headline ("bridge", "Grudziądz") is reporting the story, not an appeal. Used to veto the
 * weakest joining rules of the donation cleaner, never to remove anything.
 */

import { execAll } from '../regex.js';

/**
 * Words of five letters or more (shorter ones are mostly function words: "para", "with", "dass"),
 * compared by their first five letters (a crude stem across inflections), or more where a whole
 * article's vocabulary is compared and five letters would pair unrelated words ("custo"/"custou").
 */
const WORD = /[\p{L}\p{N}]{5,}/gu;
/** Runs of Han and katakana characters, compared by pairs (no spaces to split on). */
const CJK_RUN = /[\u30a0-\u30ff\u3400-\u9fff]{2,}/g;
const stem = (w: string, length: number): string => w.toLowerCase().slice(0, length);
const STEM = 5;
const CJK_CHAR = /[\u3040-\u9fff]/;

/**
 * Visit the keys of `text` in order until `visit` returns true (then true). One walk serves both
 * collecting a text's keys and stopping at the first shared ones.
 */
function eachKey(text: string, length: number, visit: (key: string) => boolean): boolean {
  for (const m of execAll(WORD, text)) if (!CJK_CHAR.test(m[0]) && visit(stem(m[0], length))) return true;
  if (!CJK_CHAR.test(text)) return false;
  for (const m of execAll(CJK_RUN, text)) {
    for (let i = 0; i + 2 <= m[0].length; i++) if (visit(m[0].slice(i, i + 2))) return true;
  }
  return false;
}

/** Keys of a text's words (the headline's, or the article's with a longer stem). */
export function topicKeys(text: string, stemLength = STEM): Set<string> {
  const keys = new Set<string>();
  eachKey(text, stemLength, (key) => {
    keys.add(key);
    return false;
  });
  return keys;
}

/**
 * Whether `text` shares `min` keys with `topic`. Two headline words by default: one alone may be a
 * common noun an appeal uses too ("city hall", "the city"), two make the story's subject. Asked of
 * every block, so it stops at the `min`th shared word instead of collecting the block's keys.
 */
export function sharesTopic(text: string, topic: ReadonlySet<string>, min = 2, stemLength = STEM): boolean {
  if (topic.size < min) return false;
  const shared = new Set<string>();
  return eachKey(text, stemLength, (key) => topic.has(key) && shared.add(key).size >= min);
}

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
 * A word is a run of `[\p{L}\p{N}]` (code points); eachKey scans for runs by hand, see there.
 */
const MIN_WORD = 5;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Runs of Han and katakana characters, compared by pairs (no spaces to split on). */
const CJK_RUN = /[\u30a0-\u30ff\u3400-\u9fff]{2,}/g;
const STEM = 5;
/** Kana and Han: a word holding one is left to the CJK pairs. */
const isCjk = (c: number): boolean => c >= 0x3040 && c <= 0x9fff;

/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not; filled as characters turn up. */
const WORD_CLASS = new Uint8Array(0x10000);

/** Whether the BMP character `c` (not a surrogate) is a letter or digit. */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = WORD_CLASS[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CLASS[c] = known;
  }
  return known === 1;
}

/** Code units (1 or 2) of the letter or digit at `i`, 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isWordUnit(c) ? 1 : 0;
  // A surrogate pair (an astral letter such as Gothic or a CJK extension): rare, asked of the regexp.
  return text.codePointAt(i)! > 0xffff && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
}

/**
 * Visit the keys of `text` in order until `visit` returns true (then true). One walk serves both
 * collecting a text's keys and stopping at the first shared ones. Asked of every block's text: a
 * hand scan for the words instead of a `/[\p{L}\p{N}]{5,}/gu` exec per word, whose match arrays
 * were 4% of the bytes extraction allocates (same words: maximal runs of five code points or more).
 */
function eachKey(
  text: string,
  length: number,
  visit: (key: string) => boolean,
  prefixes: readonly number[] | null = null,
): boolean {
  let cjk = false;
  let i = 0;
  while (i < text.length) {
    let units = wordCharAt(text, i);
    if (units === 0) {
      if (isCjk(text.charCodeAt(i))) cjk = true;
      i++;
      continue;
    }
    const start = i;
    let chars = 0;
    let ascii = true;
    let cjkWord = false;
    do {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        ascii = false;
        if (isCjk(c)) cjkWord = true;
      }
      chars++;
      i += units;
      units = i < text.length ? wordCharAt(text, i) : 0;
    } while (units !== 0);
    if (cjkWord) cjk = true;
    else if (chars < MIN_WORD || (ascii && prefixes && !prefixes.includes(asciiPrefix(text, start))))
      continue;
    else if (visit(stemOf(text, start, i, ascii, length))) return true;
  }
  if (!cjk) return false;
  for (const m of execAll(CJK_RUN, text)) {
    for (let i = 0; i + 2 <= m[0].length; i++) if (visit(m[0].slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * The word's first `length` characters, lower-cased. Lower-casing may change a non-ASCII word's
 * length ('İ'), so only an ASCII word is cut before lower-casing.
 */
function stemOf(text: string, start: number, end: number, ascii: boolean, length: number): string {
  if (ascii) return text.slice(start, Math.min(end, start + length)).toLowerCase();
  return text.slice(start, end).toLowerCase().slice(0, length);
}

/** The first two code units of a key, as one number (ASCII keys only: see `prefixesOf`). */
const prefixCode = (a: number, b: number): number => a * 128 + b;
/** ASCII lower case of a letter or digit. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The prefix code of the ASCII word at `start` (five characters at least), lower-cased. */
function asciiPrefix(text: string, start: number): number {
  return prefixCode(lowerAscii(text.charCodeAt(start)), lowerAscii(text.charCodeAt(start + 1)));
}

/**
 * The prefix codes of a small topic's keys that open with two ASCII characters (keys are never
 * shorter than two units), so sharesTopic rules out an ASCII word no key starts like before building
 * its key: two strings per word of every block, and most words are not the headline's. Built per
 * call, not cached: some topics grow between calls (split-appeal's vocabulary). Null for a large
 * topic (a whole article's words), where the list would cost more than it saves.
 */
function prefixesOf(topic: ReadonlySet<string>): number[] | null {
  if (topic.size > MAX_FILTERED_TOPIC) return null;
  const prefixes: number[] = [];
  for (const key of topic) {
    const a = key.charCodeAt(0);
    const b = key.charCodeAt(1);
    if (a < 128 && b < 128) prefixes.push(prefixCode(a, b));
  }
  return prefixes;
}
const MAX_FILTERED_TOPIC = 24;

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
  return eachKey(text, stemLength, (key) => topic.has(key) && shared.add(key).size >= min, prefixesOf(topic));
}

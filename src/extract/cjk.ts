/**
 * Chinese and Japanese text: kana and the CJK ideographs, written without spaces between words, so
 * counts of words and letters are taken in characters. One definition for every stage.
 */

/** The character class body (kana, CJK extension A and unified ideographs), for building patterns. */
export const CJK_RANGE = '\\u3040-\\u30ff\\u3400-\\u9fff';

const ANY_CJK = new RegExp(`[${CJK_RANGE}]`, 'u');
const ALL_CJK = new RegExp(`[${CJK_RANGE}]`, 'gu');

/** True when `text` holds a Chinese or Japanese character. */
export function hasCjk(text: string): boolean {
  return ANY_CJK.test(text);
}

/** The number of Chinese and Japanese characters in `text`. */
export function countCjk(text: string): number {
  return text.match(ALL_CJK)?.length ?? 0;
}

/** Plain text of a block for the text-cue cleaners (whitespace collapsed). */
import type { SourcedBlock } from '../blocks.js';
import { blockToText, collapseSpaces, isSpaceCode } from '../text.js';
import type { Block } from '../types.js';
import { LETTER } from './phrases.js';

/**
 * Memoised on the block itself: every text cleaner asks for every block's text, and a WeakMap
 * lookup per ask cost more than a field (blocks never change once built).
 */
export function blockText(sb: SourcedBlock): string {
  sb.text ??= collapseSpaces(blockToText(sb.block)).trim();
  return sb.text;
}

/** One list item's text: its blocks' text joined by spaces, trimmed. */
export function itemText(item: readonly Block[]): string {
  return item.map(blockToText).join(' ').trim();
}

/**
 * Word counts of the page being extracted. Emptied after each page (forgetPageMemos): a text may be
 * a slice of its page's HTML, and a key kept across pages would keep that whole page alive — a
 * memo shared by 2,000 texts held 20 MB of old pages, a third of a batch worker's heap cap.
 */
const counts = new Map<string, number>();

/** Drop what the memos here learnt from the page just extracted. */
export function forgetPageMemos(): void {
  counts.clear();
}

/** Words in a text; CJK (no spaces) counts about two characters per word. Memoised: cleaners ask often. */
export function wordCount(text: string): number {
  let n = counts.get(text);
  if (n === undefined) {
    n = countWords(text);
    if (counts.size > 2000) counts.clear();
    counts.set(text, n);
  }
  return n;
}

/** One pass, no match arrays: `\S+` runs, and the CJK characters among them. */
function countWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isSpaceCode(c);
    if (!space && !inWord) words++;
    inWord = !space;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) cjk++;
  }
  // CJK has no spaces: count about two characters per word.
  return cjk > 0 ? Math.max(words, Math.ceil(cjk / 2)) : words;
}

/**
 * Passages in single curly quotes (‘…’, British and Dutch style). An apostrophe (’ inside or at the
 * end of a word) must not open or close one: the opening quote follows a space or the start, the
 * closing one is not followed by a letter, and one before a letter inside is an apostrophe (‘… ’s
 * nachts …’).
 */
const SINGLE_QUOTED = new RegExp(`(^|\\s)‘(?:[^‘’]|’(?=[${LETTER}])){0,400}’(?![${LETTER}])`, 'gi');

/**
 * The same with straight quotes ('We kept going …', zegt Moens). Inside, an apostrophe before a
 * letter ("'s nachts", "don't") is not the closing quote; the opening one comes before a capital.
 */
const STRAIGHT_QUOTED = /(^|\s)'(?=\p{Lu})(?:[^']|'(?=\p{L})){0,400}'(?!\p{L})/gu;

/**
 * Direct speech set off by a dash at the start of a paragraph (Polish, Russian, Ukrainian, French
 * style: "– Jesteśmy wzruszeni – mówiła …"), up to the dash that closes it.
 */
const DASH_SPEECH = /^[–—]\s[^–—]{0,400}/;
/** The same speaker going on after the attribution: "– … – mówi radna. – Co roku …" (a dash after a sentence). */
const DASH_SPEECH_MORE = /([.!?…])\s[–—]\s[^–—]{0,400}/g;

/**
 * A paragraph opening with a quote mark is someone's speech, whoever "we" are in it: a quotation of
 * several paragraphs leaves each one's closing mark out ("Our members face …"), so `unquoted` cannot
 * strip it.
 */
export const QUOTE_OPENING = /^["“„«»‘‚‹「『]/;

/** A text that ends a sentence (a full stop, question or exclamation mark, in Latin or CJK). */
export const SENTENCE_END = /[.!?。！？]$/u;

/**
 * A quoted word or two is a name, not speech: the label of a button the reader is told to press
 * ("tap “赞赏”", 'click "Donate"'). Up to this many characters inside the marks, two words at most,
 * and no sentence's end.
 */
const QUOTED_LABEL = 20;

function dropSpeech(quoted: string, at: number, text: string): string {
  if (quoted.length > QUOTED_LABEL + 2) return ' ';
  // After a verb of saying, a colon or another quote, a short quote is someone's words: 留言说“我们那边
  // 也是这样拆的”, where a button's label follows "tap" or "choose".
  if (SPOKEN_BEFORE.test(text.slice(Math.max(0, at - SPOKEN_REACH), at))) return ' ';
  const inner = quoted.slice(1, -1);
  // A sentence is speech however short: 「我们也是受害者。」 has no spaces to count words by.
  return /\S\s+\S+\s+\S/.test(inner) || SPOKEN_END.test(inner) ? ' ' : ` ${inner} `;
}
/** A sentence's end: its mark, or a Japanese polite ending ("…会員登録が必要です"), which no button label has. */
const SPOKEN_END = /(?:[.!?。！？]|です|ます|でした|ました|ません)\s*$/u;
/** Chinese words of saying, a full-width colon or a closing quote, right before a quote. */
const SPOKEN_BEFORE = /(?:说|說|道|称|稱|表示|写|寫|问|問|喊|回答|透露|[：”」』])\s*$/u;
const SPOKEN_REACH = 4;

const QUOTED = /[“„«‹「『"][^“”„«»‹›「」『』"]{0,400}[”“»›」』"]/g;
const OPENING_MARK = /[“„«‹「『"]/;

/** Text with quoted passages removed, so quoting an appeal is not making one. */
export function unquoted(text: string): string {
  let out = DASH_SPEECH.test(text)
    ? text.replace(DASH_SPEECH, ' ').replace(DASH_SPEECH_MORE, '$1 ').replace(QUOTED, dropSpeech)
    : text.replace(QUOTED, dropSpeech);
  // A quote inside a quote («Поддержите „Листок“: 200 рублей в месяц …»): the inner one goes first,
  // which opens the outer one to a second pass.
  if (out !== text && OPENING_MARK.test(out)) out = out.replace(QUOTED, dropSpeech);
  return out.replace(SINGLE_QUOTED, ' ').replace(STRAIGHT_QUOTED, ' ');
}

/** Lower-cased `unquoted` text. */
export function unquotedLower(text: string): string {
  return unquoted(text).toLowerCase();
}

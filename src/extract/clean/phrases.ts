/** Phrase-list matching shared by the text-cue cleaners. */
import type { Inline } from '../types.js';
import type { PhraseList } from '../vocab/phrases/boilerplate.js';

const flat = new WeakMap<PhraseList, string[]>();
const compiled = new WeakMap<PhraseList, { any: RegExp; start: RegExp }>();

function all(list: PhraseList): string[] {
  let phrases = flat.get(list);
  if (!phrases) {
    phrases = [...new Set(Object.values(list).flat())];
    flat.set(list, phrases);
  }
  return phrases;
}

/** One regex per list (every language), built once: a block is scanned once, not per phrase. */
function regexes(list: PhraseList): { any: RegExp; start: RegExp } {
  let re = compiled.get(list);
  if (!re) {
    const any = phraseRegex(all(list));
    re = { any, start: new RegExp(`^(?:${any.source})`) };
    compiled.set(list, re);
  }
  return re;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase as regex source: escaped, and its apostrophe either one (lists write "all'anno", pages
 * "all’anno").
 */
function phraseSource(phrase: string): string {
  return escapeRegex(phrase).replace(APOSTROPHE, "['’]");
}
const APOSTROPHE = /['’]/g;

/** `words` as one regex alternation, escaped, without repeats and longest first (so none is cut short). */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

/** Letters of the alphabetic scripts whose words are separated by spaces (Latin, Cyrillic). */
export const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff';
const ENDS_IN_LETTER = new RegExp(`[${LETTER}]$`);

/**
 * One phrase as a pattern. Phrases match where a word starts ("zł" not inside "złożył"), and a short
 * phrase (three letters or fewer) must also end a word; longer ones may be stems ("рассылк").
 * Scripts without spaces (CJK) have no such edges.
 */
function phrasePattern(phrase: string, wholeWords: boolean): string {
  const body = phraseSource(phrase);
  const alphabetic = ENDS_IN_LETTER.test(phrase);
  return alphabetic && (wholeWords || phrase.length <= 3) ? `${body}(?![${LETTER}])` : body;
}

/**
 * A global regex matching any of `phrases` (longest first, so overlapping phrases count whole).
 * `wholeWords` makes every alphabetic phrase end a word too, for lists of words rather than stems.
 */
export function phraseRegex(phrases: readonly string[], wholeWords = false): RegExp {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const patterns = unique.map((p) => phrasePattern(p, wholeWords));
  return new RegExp(`(?<![${LETTER}])(?:${patterns.join('|')})`, 'g');
}

/** The first phrase of any language found in `lower`, or null. */
export function findPhrase(lower: string, list: PhraseList): string | null {
  const re = regexes(list).any;
  re.lastIndex = 0;
  return re.exec(lower)?.[0] ?? null;
}

/** How many distinct phrases of `list` occur in `lower`. */
export function countPhrases(lower: string, list: PhraseList): number {
  const found = lower.match(regexes(list).any);
  return found ? new Set(found).size : 0;
}

/** The phrase that `lower` starts with, or null. */
export function startPhrase(lower: string, list: PhraseList): string | null {
  return regexes(list).start.exec(lower)?.[0] ?? null;
}

/** The longest phrase of each list: a longer text is no phrase of it. */
const longest = new WeakMap<PhraseList, number>();

function longestPhrase(list: PhraseList): number {
  let n = longest.get(list);
  if (n === undefined) {
    n = Math.max(0, ...all(list).map((p) => p.length));
    longest.set(list, n);
  }
  return n;
}

const EDGE = /^[\s\p{P}]$/u;
const isEdge = (c: number): boolean => EDGE.test(String.fromCodePoint(c));

/**
 * `text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')`, looking at the ends only: the regex tried a
 * match at every space of the text (asked of every block, via isPhrase).
 */
export function trimSpacePunct(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const c = text.codePointAt(start)!;
    if (!isEdge(c)) break;
    start += c > 0xffff ? 2 : 1;
  }
  while (end > start) {
    let c = text.charCodeAt(end - 1);
    let width = 1;
    // A low surrogate ending a pair: the code point is the pair's.
    if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= start) {
      const high = text.charCodeAt(end - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        c = text.codePointAt(end - 2)!;
        width = 2;
      }
    }
    if (!isEdge(c)) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** `lower` is exactly one of the phrases (ignoring surrounding punctuation). */
export function isPhrase(lower: string, list: PhraseList): string | null {
  const bare = trimSpacePunct(lower);
  if (bare.length > longestPhrase(list)) return null;
  const found = startPhrase(bare, list);
  return found !== null && found.length === bare.length ? found : null;
}

/** Share of the text inside links, from the inline tree. */
export function linkShare(inlines: Inline[]): number {
  let all = 0;
  let linked = 0;
  const walk = (nodes: Inline[], inLink: boolean): void => {
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'code') {
        const len = n.text.replace(/\s+/g, '').length;
        all += len;
        if (inLink) linked += len;
      } else if (n.type !== 'break') walk(n.children, inLink || n.type === 'link');
    }
  };
  walk(inlines, false);
  return all === 0 ? 0 : linked / all;
}

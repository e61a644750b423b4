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
 * Phrases with each apostrophe written both ways (lists write "all'anno", pages "all’anno"). Both
 * spellings as literals: a character class in every such phrase made the scans 3% slower.
 */
function bothApostrophes(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    out.push(p);
    if (p.includes("'")) out.push(p.replaceAll("'", '’'));
    if (p.includes('’')) out.push(p.replaceAll('’', "'"));
  }
  return out;
}

/** `words` as one regex alternation, escaped, without repeats and longest first (so none is cut short). */
export function alternation(words: readonly string[]): string {
  return [...new Set(bothApostrophes(words))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
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
  const body = escapeRegex(phrase);
  const alphabetic = ENDS_IN_LETTER.test(phrase);
  return alphabetic && (wholeWords || phrase.length <= 3) ? `${body}(?![${LETTER}])` : body;
}

/**
 * A global regex matching any of `phrases` (longest first, so overlapping phrases count whole).
 * `wholeWords` makes every alphabetic phrase end a word too, for lists of words rather than stems.
 */
export function phraseRegex(phrases: readonly string[], wholeWords = false): RegExp {
  return new RegExp(phraseSource(phrases, wholeWords), 'g');
}

/** The source of `phraseRegex`. */
function phraseSource(phrases: readonly string[], wholeWords = false): string {
  const unique = [...new Set(bothApostrophes(phrases))].sort((a, b) => b.length - a.length);
  const patterns = unique.map((p) => phrasePattern(p, wholeWords));
  return `(?<![${LETTER}])(?:${patterns.join('|')})`;
}

/**
 * Longest regex source a phrase set compiles into one pattern. V8 stops optimising a pattern whose
 * source passes 20 KB (kRegExpTooLargeToOptimize): the ask list crossing it made its scan ten times
 * slower and extraction 9% slower. Below it one pattern is best: three scans of parts cost 4% more.
 */
const MAX_SOURCE = 20_000;

/**
 * A phrase list too long for one pattern, as a few: each group (a language's phrases) whole in one
 * part, so phrases that overlap (one inside another of the same language) meet in one alternation,
 * which takes the longer, as a single pattern would.
 */
export class PhraseSet {
  readonly #parts: RegExp[] = [];

  constructor(groups: readonly (readonly string[])[]) {
    const all = new Set(groups.flat());
    const seen = new Set<string>();
    let current: string[] = [];
    const flush = (): void => {
      if (current.length) this.#parts.push(phraseRegex(current));
      current = [];
    };
    for (const group of groups) {
      const fresh = group.filter((p) => !seen.has(p) && !holdsAnother(p, all));
      for (const p of fresh) seen.add(p);
      if (current.length > 0 && phraseSource([...current, ...fresh]).length > MAX_SOURCE) flush();
      current.push(...fresh);
    }
    flush();
  }

  /** How many patterns the set compiled into. */
  get patterns(): number {
    return this.#parts.length;
  }

  /** How many distinct phrases occur in `lower`. */
  count(lower: string): number {
    if (this.#parts.length === 1) {
      const found = lower.match(this.#parts[0]!);
      return found ? new Set(found).size : 0;
    }
    const found = new Set<string>();
    for (const re of this.#parts) for (const m of lower.match(re) ?? []) found.add(m);
    return found.size;
  }

  /** Whether any phrase occurs in `lower`. */
  test(lower: string): boolean {
    return this.#parts.some((re) => {
      re.lastIndex = 0;
      return re.test(lower);
    });
  }
}

/**
 * Whether `phrase` holds another phrase of `all` as whole words ("you can support us" holds
 * "support us"): a scan finds that one wherever it finds this, so a set leaves it out and keeps its
 * pattern short (see `MAX_SOURCE`). Phrases under four characters are left to their own checks.
 */
function holdsAnother(phrase: string, all: ReadonlySet<string>): boolean {
  if (!phrase.includes(' ')) return false;
  const words = phrase.split(' ');
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      if (end - start === words.length) continue;
      const inner = words.slice(start, end).join(' ');
      if (inner.length >= 4 && all.has(inner)) return true;
    }
  }
  return false;
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

/** Match an element's class/id string against a vocabulary from `class-words.ts`. */
import type { ClassVocabulary } from './class-words.js';

/**
 * A vocabulary as two regexes. Each pass asks about every element's class string, and most strings
 * are new to the page and hold no entry: one regex test answers that without splitting the string
 * into tokens or keeping a memo (memos keyed by class strings, kept across pages, cost more in Map
 * lookups and inserts than the matching they saved).
 */
interface Compiled {
  /** A whole token (a run of letters and digits) equal to one of `words`. */
  word: RegExp | null;
  /** Any of `parts`, anywhere. */
  anyPart: RegExp | null;
  parts: readonly string[];
}
const cache = new WeakMap<ClassVocabulary, Compiled>();

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(vocab: ClassVocabulary): Compiled {
  // Tokens are runs of [a-z0-9]; a word with any other character could never equal one.
  const words = vocab.words.filter((w) => /^[a-z0-9]+$/.test(w));
  return {
    word: words.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${words.join('|')})(?![a-z0-9])`) : null,
    anyPart: vocab.parts.length > 0 ? new RegExp(vocab.parts.map(escapeRegex).join('|')) : null,
    parts: vocab.parts,
  };
}

/**
 * The first vocabulary entry found in `classId` (lower-cased class + id), or null: the first token
 * (in the string's order) that is one of the words, else the first of the parts (in the
 * vocabulary's order) that the string contains.
 */
export function matchClass(classId: string, vocab: ClassVocabulary): string | null {
  if (!classId) return null;
  let compiled = cache.get(vocab);
  if (!compiled) {
    compiled = compile(vocab);
    cache.set(vocab, compiled);
  }
  // The lookarounds make only a whole token match, and the leftmost match is the first such token.
  const word = compiled.word?.exec(classId);
  if (word) return word[0];
  if (!compiled.anyPart?.test(classId)) return null;
  return compiled.parts.find((part) => classId.includes(part)) ?? null;
}

/** Phrase-list matching shared by the text-cue cleaners. */
import type { Inline } from '../types.js';
import type { PhraseList } from '../vocab/phrases/boilerplate.js';

const flat = new WeakMap<PhraseList, string[]>();

function all(list: PhraseList): string[] {
  let phrases = flat.get(list);
  if (!phrases) {
    phrases = [...new Set(Object.values(list).flat())];
    flat.set(list, phrases);
  }
  return phrases;
}

/** The first phrase of any language found in `lower`, or null. */
export function findPhrase(lower: string, list: PhraseList): string | null {
  for (const phrase of all(list)) if (lower.includes(phrase)) return phrase;
  return null;
}

/** How many distinct phrases of `list` occur in `lower`. */
export function countPhrases(lower: string, list: PhraseList): number {
  let n = 0;
  for (const phrase of all(list)) if (lower.includes(phrase)) n++;
  return n;
}

/** The phrase that `lower` starts with, or null. */
export function startPhrase(lower: string, list: PhraseList): string | null {
  for (const phrase of all(list)) if (lower.startsWith(phrase)) return phrase;
  return null;
}

/** `lower` is exactly one of the phrases (ignoring surrounding punctuation). */
export function isPhrase(lower: string, list: PhraseList): string | null {
  const bare = lower.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  for (const phrase of all(list)) if (bare === phrase) return phrase;
  return null;
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

/** Match an element's class/id string against a vocabulary from `class-words.ts`. */
import type { ClassVocabulary } from './class-words.js';

interface Compiled {
  words: Set<string>;
  parts: readonly string[];
  /** Class strings repeat a lot within and across pages; remember recent answers. */
  seen: Map<string, string | null>;
}
const cache = new WeakMap<ClassVocabulary, Compiled>();

/** Class strings split into tokens once, shared by every vocabulary asked about them. */
const tokensOf = new Map<string, string[]>();

function tokens(classId: string): string[] {
  let list = tokensOf.get(classId);
  if (!list) {
    list = classId.split(/[^a-z0-9]+/).filter(Boolean);
    if (tokensOf.size > 5000) tokensOf.clear();
    tokensOf.set(classId, list);
  }
  return list;
}

/** The first vocabulary entry found in `classId` (lower-cased class + id), or null. */
export function matchClass(classId: string, vocab: ClassVocabulary): string | null {
  if (!classId) return null;
  let compiled = cache.get(vocab);
  if (!compiled) {
    compiled = { words: new Set(vocab.words), parts: vocab.parts, seen: new Map() };
    cache.set(vocab, compiled);
  }
  const known = compiled.seen.get(classId);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const token of tokens(classId)) {
    if (compiled.words.has(token)) {
      found = token;
      break;
    }
  }
  if (!found) found = compiled.parts.find((part) => classId.includes(part)) ?? null;
  if (compiled.seen.size > 5000) compiled.seen.clear();
  compiled.seen.set(classId, found);
  return found;
}

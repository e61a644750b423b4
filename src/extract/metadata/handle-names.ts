/**
 * A CMS account name in the author field ("christian.stadtfeld") is no name a reader sees, but the
 * page often signs the article with the person's name ("(Christian P. Stadtfeld)" after the last
 * paragraph). The name is taken only when the page shows it, never guessed from the handle.
 */
import type { AnyNode } from 'domhandler';
import { textContent } from './node-text.js';

/** "first.last" or "first_last" in lower case, two words of two letters or more ("jean-pierre" is a name). */
const HANDLE = /^(\p{Ll}{2,})[._](\p{Ll}{2,})$/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalised = (word: string) => escapeRe(word[0]!.toUpperCase() + word.slice(1));

/** Whether `name` is a "first.last" account name. */
export function isNameHandle(name: string): boolean {
  return HANDLE.test(name);
}

/**
 * The person's name as the page writes it ("Christian Stadtfeld", "Christian P. Stadtfeld"), or null
 * when the page never shows the two words, capitalised and side by side (a middle initial allowed).
 */
export function shownNameOf(handle: string, root: AnyNode): string | null {
  const match = HANDLE.exec(handle);
  if (!match) return null;
  const [, first, last] = match;
  const re = new RegExp(
    `(?<!\\p{L})${capitalised(first!)}(?:\\s+\\p{Lu}\\.)?\\s+${capitalised(last!)}(?!\\p{L})`,
    'u',
  );
  const found = re.exec(textContent(root));
  return found ? found[0].replace(/\s+/g, ' ') : null;
}

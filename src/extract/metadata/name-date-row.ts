/**
 * A byline row with no lead-in and no markup: "Соломія Гнатів · 22 серпня 2024", "Jane Doe | 3 March
 * 2025" in the lines just below the headline. A name alone there could be a kicker or a caption, so
 * the row counts only when a date follows the names after a separator: the shape of a byline row.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { parseAuthorNames } from './author-names.js';
import { blockOf, lineFrom, SKIPPED } from './byline-line-text.js';
import { NAME_PARTICLES } from './byline-vocab.js';
import { parseDateText } from './date-text.js';

/** Lines read below the h1: the byline row sits right under the headline or its standfirst. */
const MAX_LINES = 3;
const MAX_ROW_LENGTH = 90;
const MAX_NAME_WORDS = 4;
/** Between the names and the date. A comma is left out: "Kyiv, 3 March 2025" is a dateline. */
const SEPARATOR = /\s+[·•|–—-]\s+|\s*[·•|]\s*/u;
/** What may follow the date: a time, a zone, "Uhr". Anything longer is prose that mentions a date. */
const MAX_DATE_PART = 40;

/** Names of the first name-and-date row among the first lines after the `<h1>`, or []. */
export function readNameDateRow(h1: Element | null): string[] {
  if (!h1) return [];
  const state = { lines: 0, names: [] as string[] };
  for (let node: AnyNode | null = h1; node && state.lines < MAX_LINES; node = node.parent) {
    for (let next = node.next; next && state.lines < MAX_LINES; next = next.next) {
      visit(next, state);
      if (state.names.length) return state.names;
    }
  }
  return [];
}

interface State {
  lines: number;
  names: string[];
}

function visit(node: AnyNode, state: State): void {
  if (state.lines >= MAX_LINES || state.names.length) return;
  if (node.type === 'text') {
    if (!node.data.trim()) return;
    const line = lineOf(node);
    if (line === null) return;
    state.lines++;
    state.names = namesOfRow(line);
    return;
  }
  if (node.type !== 'tag' || SKIPPED.has((node as Element).name)) return;
  for (const child of (node as Element).children) visit(child, state);
}

/** The line `text` opens, or null when it continues one already counted. */
function lineOf(text: Text): string | null {
  const block = blockOf(text);
  return block ? lineFrom(block, text) : null;
}

/** "Jane Doe · 3 March 2025" → ["Jane Doe"]; [] unless people's names precede a bare date. */
export function namesOfRow(line: string): string[] {
  if (line.length > MAX_ROW_LENGTH) return [];
  const sep = SEPARATOR.exec(line);
  if (!sep || sep.index === 0) return [];
  const names = line.slice(0, sep.index);
  const rest = line.slice(sep.index + sep[0].length);
  if (!/^\d|^\p{L}+\.?\s+\d/u.test(rest) || rest.length > MAX_DATE_PART || !parseDateText(rest)) return [];
  const people = parseAuthorNames(names);
  return people.length && people.every(isPersonName) ? people : [];
}

/** Two to four capitalised words (name particles aside). */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w));
}

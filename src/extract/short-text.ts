/**
 * The whitespace-collapsed text of an element, given up as soon as it runs past a limit: for
 * callers that only want short elements (date lines, hashtag lines). Date holders include whole
 * `<article>`s (class "status-publish"): reading their full text only to throw it away costs more
 * than every short holder together, and raw text full of indentation can exceed a limit that its
 * visible text meets.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS } from './body/dom.js';

/** A text node this long (raw) cannot collapse to a short date line. */
const MAX_RAW_FACTOR = 20;

/** `el`'s text with whitespace runs as single spaces, trimmed; null when longer than `max`. */
export function shortText(el: Element, max: number): string | null {
  const state = { out: '', max };
  if (!collect(el.children, state)) return null;
  const text = state.out.trim();
  return text.length <= max ? text : null;
}

function collect(nodes: readonly AnyNode[], state: { out: string; max: number }): boolean {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data.length > state.max * MAX_RAW_FACTOR) return false;
      const piece = node.data.replace(/\s+/g, ' ');
      state.out += state.out.endsWith(' ') && piece.startsWith(' ') ? piece.slice(1) : piece;
      // One leading space may still be trimmed away.
      if (state.out.length > state.max + 1) return false;
    } else if (node.type === 'tag') {
      // A block's edges are line breaks: "#Urbanismo" then a share bar's "Comparte" are two words.
      const name = (node as Element).name;
      const block = name === 'br' || BLOCK_TAGS.has(name);
      if (block && !state.out.endsWith(' ')) state.out += ' ';
      if (!collect((node as Element).children, state)) return false;
      if (block && !state.out.endsWith(' ')) state.out += ' ';
    }
  }
  return true;
}

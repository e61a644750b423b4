/**
 * The text `--explain` lists for a removed element. Like `cleanText`, but two elements side by side
 * with no text between them are spaced: a share bar's links or a widget's buttons have no
 * separators in the markup, and "Share on FacebookShare on X" reads as one word.
 */
import { collapseSpaces } from '../text.js';
import { type AnyNode, BLOCK_TAGS, type Element, isElement, isText } from './dom.js';

export function snippetText(node: AnyNode): string {
  return collapseSpaces(spaced(node)).trim();
}

function spaced(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) && node.type !== 'root') return '';
  const el = node as Element;
  if (el.name === 'br') return ' ';
  let out = '';
  let previous: AnyNode | null = null;
  for (const child of el.children) {
    if (isElement(child) && isElement(previous)) out += ' ';
    out += spaced(child);
    // Comments and processing instructions are no text between two elements.
    if (isText(child) || isElement(child)) previous = child;
  }
  return BLOCK_TAGS.has(el.name) ? ` ${out} ` : out;
}

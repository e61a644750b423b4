/**
 * The text line of a block element that a given text node starts: what a byline line reader sees
 * as "one line" (`<br>` and block elements end it, inline elements do not).
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { BYLINE_NOISE_TAGS } from './selectors.js';

/** Elements whose text is never part of a byline line. */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'select',
  'button',
  'form',
]);
/** Elements that make a line of their own; the byline is read within the nearest one. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'li',
  'dd',
  'td',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'address',
  'section',
  'header',
  'figcaption',
  'article',
  'main',
  'body',
]);
/** Enough text to hold a byline line and what precedes it; collecting stops beyond. */
const MAX_COLLECTED = 480;

/** The nearest block element holding `text`, or null. */
export function blockOf(text: Text): Element | null {
  for (let node = text.parent; node && node.type === 'tag'; node = node.parent) {
    if (BLOCK_TAGS.has(node.name)) return node;
  }
  return null;
}

/**
 * The block's text from `start` to the end of its line, when `start` opens the line (only
 * punctuation before it) or is a lead-in of its own (`<span>By</span>`); else null.
 */
export function lineFrom(block: Element, start: Text): string | null {
  const parent = start.parent;
  const own = parent?.type === 'tag' && parent !== block && parent.children.length === 1;
  const line: Line = { text: '', start: -1, done: false, edge: false };
  collect(block.children, start, line);
  if (line.start < 0) return null;
  if (!own && /[\p{L}\p{N}]/u.test(line.text.slice(0, line.start))) return null;
  return line.text.slice(line.start).replace(/\s+/g, ' ').trim();
}

interface Line {
  text: string;
  /** Where `start` begins in `text`; -1 until it is reached. */
  start: number;
  done: boolean;
  /** An element began or ended since the last text. */
  edge: boolean;
}

/** The block's text line by line: a break before `start` starts a new line, one after it ends. */
function collect(nodes: readonly AnyNode[], start: Text, line: Line): void {
  for (const node of nodes) {
    if (line.done) return;
    if (node.type === 'text') {
      // Figures in two elements side by side are two ("<span>March 4, 2025</span><span>6:12 AM</span>").
      if (line.edge && DIGIT_END.test(line.text) && DIGIT_START.test(node.data)) line.text += ' ';
      line.edge = false;
      if (node === start) line.start = line.text.length;
      line.text += node.data;
      if (line.text.length > MAX_COLLECTED) line.done = line.start >= 0;
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (BYLINE_NOISE_TAGS.has(el.name) || SKIPPED.has(el.name)) continue;
    const brk = el.name === 'br' || BLOCK_TAGS.has(el.name);
    if (brk) breakLine(line);
    line.edge = true;
    collect(el.children, start, line);
    line.edge = true;
    if (brk) breakLine(line);
  }
}
const DIGIT_END = /\d$/;
const DIGIT_START = /^\d/;

function breakLine(line: Line): void {
  if (line.start >= 0) line.done = true;
  else line.text = '';
}

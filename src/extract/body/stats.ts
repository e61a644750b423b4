/**
 * One bottom-up pass that measures every element: text length, text inside links, punctuation
 * and long paragraphs. Scoring and cleaning read these numbers instead of re-walking subtrees.
 */
import { type Element, isElement, isText, type ParentNode } from './dom.js';

export interface NodeStats {
  /** Characters of text, whitespace runs counted once. CJK characters count double (denser). */
  text: number;
  /** The part of `text` inside <a>. */
  linkText: number;
  /** Commas and sentence marks, in any script. */
  punct: number;
  /** Paragraph-like descendants with at least 80 characters and few links. */
  paragraphs: number;
}

export type StatsMap = Map<Element, NodeStats>;

// measureText's results: two numbers per text node, returned without allocating an object.
let measuredLength = 0;
let measuredPunct = 0;

/** Length with whitespace runs counted once, CJK doubled, and punctuation; one pass, no copies. */
function measureText(data: string): void {
  let len = 0;
  let punct = 0;
  let space = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) len++;
      space = true;
      continue;
    }
    space = false;
    len++;
    if (c < 128) {
      if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63) punct++;
    } else if (c >= 0x3040 && c <= 0x9fff) {
      len++;
      if (c === 0x3001 || c === 0x3002) punct++;
    } else if (c === 0xff0c || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x060c) punct++;
  }
  measuredLength = len;
  measuredPunct = punct;
}

/** Measure `el` and its descendant elements; text nodes are summed into their parent directly. */
function visit(el: Element, inLink: boolean, map: StatsMap): NodeStats {
  const stats: NodeStats = { text: 0, linkText: 0, punct: 0, paragraphs: 0 };
  const link = inLink || el.name === 'a';
  for (const child of el.children) {
    if (isText(child)) {
      measureText(child.data);
      stats.text += measuredLength;
      stats.punct += measuredPunct;
      if (link) stats.linkText += measuredLength;
    } else if (isElement(child)) {
      const s = visit(child, link, map);
      stats.text += s.text;
      stats.linkText += s.linkText;
      stats.punct += s.punct;
      stats.paragraphs += s.paragraphs;
    }
  }
  if ((el.name === 'p' || el.name === 'pre' || el.name === 'blockquote') && stats.text >= 80) {
    if (stats.linkText < stats.text * 0.5) stats.paragraphs += 1;
  }
  map.set(el, stats);
  return stats;
}

/** Measure every element under `root`. */
export function measure(root: ParentNode): StatsMap {
  const map: StatsMap = new Map();
  if (isElement(root)) visit(root, false, map);
  else for (const child of root.children) if (isElement(child)) visit(child, false, map);
  return map;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(stats: NodeStats | undefined): number {
  if (!stats || stats.text === 0) return 0;
  return stats.linkText / stats.text;
}

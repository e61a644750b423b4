/**
 * The second strategy. When the scored container yields little text, compare it with the JSON-LD
 * `articleBody` and with a looser sweep of every prose paragraph on the pruned page, and keep the
 * better: the longer one, unless it is mostly links or much longer than the page's own evidence.
 */
import { domToBlocks } from '../blocks.js';
import { blocksToText, collapseSpaces, textLength } from '../text.js';
import type { Block } from '../types.js';
import { type Element, type ParentNode, walkElements } from './dom.js';
import { linkDensity, measure } from './stats.js';

/** Below this many characters the first result is considered thin. */
const THIN = 250;

function looseParagraphs(root: ParentNode, base: string | null): Block[] {
  const stats = measure(root);
  const picked: Element[] = [];
  walkElements(root, (el) => {
    if (el.name !== 'p' && el.name !== 'pre') return true;
    const s = stats.get(el);
    if (s && s.text >= 60 && linkDensity(s) < 0.3 && s.punct > 0) picked.push(el);
    return false;
  });
  return domToBlocks(picked, base);
}

function paragraphsOf(text: string): Block[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => collapseSpaces(p).trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ type: 'paragraph', children: [{ type: 'text', text: p }] }));
}

const squash = (text: string) => collapseSpaces(text).trim();

/**
 * The visible standfirst that JSON-LD `articleBody` leaves out: among the first few extracted
 * blocks, a paragraph whose text is the page description and is not already in `ldBody`.
 */
function leadMissingFrom(blocks: Block[], ldBody: string, descriptions: string[]): Block | null {
  const body = squash(ldBody);
  const wanted = new Set(descriptions.map(squash).filter((d) => d.length >= 40));
  for (const block of blocks.slice(0, 5)) {
    if (block.type !== 'paragraph') continue;
    const text = squash(blocksToText([block]));
    if (wanted.has(text) && !body.includes(text)) return block;
  }
  return null;
}

export function chooseResult(
  blocks: Block[],
  ldBody: string | null,
  root: ParentNode,
  base: string | null,
  descriptions: string[] = [],
): Block[] {
  const length = textLength(blocks);
  if (ldBody && ldBody.trim().length > Math.max(THIN, length * 1.5)) {
    const lead = leadMissingFrom(blocks, ldBody, descriptions);
    const ld = paragraphsOf(ldBody);
    return lead ? [lead, ...ld] : ld;
  }
  if (length >= THIN) return blocks;
  const loose = looseParagraphs(root, base);
  const looseLength = textLength(loose);
  return looseLength > Math.max(THIN, length * 2) ? loose : blocks;
}

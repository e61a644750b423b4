/**
 * A fundraising widget's counter: the short line beside its progress bar ("Noch 412 Förderer bis
 * zum Jahresziel", "本月已有1,508位会员加入，目标2,000位"). The wording varies without end, but the
 * markup does not: a <progress> or <meter> element, or an element with role="progressbar", in the
 * same small container as a short line with a figure. Judged after the appeal cleaner, which reads
 * such counters as evidence of an appeal.
 */
import type { SourcedBlock } from '../blocks.js';
import { cleanText, type Element } from '../body/dom.js';
import { hasDescendant } from '../metadata/node-text.js';
import { blockText, wordCount } from './block-text.js';

/** A counter is one short line. */
const COUNTER_WORDS = 25;
/** The container is the widget's counter box, not a section of the article that shows a bar. */
const BOX_WORDS = 60;

function isProgressBar(el: Element): boolean {
  return el.name === 'progress' || el.name === 'meter' || el.attribs.role === 'progressbar';
}

/**
 * Whether `sb` is a counter: a short paragraph with a figure, in a small container (its `group`)
 * that also holds a progress bar. `boxes` remembers each container's verdict for one pass.
 */
export function isProgressCounter(sb: SourcedBlock, boxes: Map<Element, boolean>): boolean {
  const box = sb.group;
  if (!box || sb.block.type !== 'paragraph') return false;
  const text = blockText(sb);
  if (!/\d/.test(text) || wordCount(text) > COUNTER_WORDS) return false;
  let verdict = boxes.get(box);
  if (verdict === undefined) {
    verdict = hasDescendant(box, isProgressBar) && wordCount(cleanText(box)) <= BOX_WORDS;
    boxes.set(box, verdict);
  }
  return verdict;
}

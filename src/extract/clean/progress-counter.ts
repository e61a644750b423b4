/**
 * A fundraising widget's counter: the short line beside its progress bar ("Noch 412 Förderer bis
 * zum Jahresziel", "本月已有1,508位会员加入，目标2,000位"). The wording varies without end, but the
 * markup does not: a <progress> or <meter> element, or an element with role="progressbar", in the
 * same small container as a short line with a figure. Judged after the appeal cleaner, which reads
 * such counters as evidence of an appeal.
 */
import type { SourcedBlock } from '../blocks.js';
import { cleanText, type Element, isElement, walkElements } from '../body/dom.js';
import { hasDescendant } from '../metadata/node-text.js';
import { blockText, wordCount } from './block-text.js';

/** A counter is one short line. */
const COUNTER_WORDS = 25;
/** The container is the widget's counter box, not a section of the article that shows a bar. */
const BOX_WORDS = 60;
/** How far up from a line its counter box may be: the line's own element, its box, the widget. */
const BOX_LEVELS = 3;

function isProgressBar(el: Element): boolean {
  return el.name === 'progress' || el.name === 'meter' || el.attribs.role === 'progressbar';
}

/** A bar's fill drawn in CSS: an element with no text whose inline style gives it a width in percent. */
const WIDTH_PERCENT = /(?:^|;)\s*width\s*:\s*\d{1,3}(?:\.\d+)?%/;

function isStyleBar(el: Element): boolean {
  const style = el.attribs.style;
  return style !== undefined && WIDTH_PERCENT.test(style) && cleanText(el) === '';
}

/**
 * Whether a box shows one progress bar: a bar element, or one fill drawn in CSS. A poll's results
 * draw a fill per answer; a fundraiser's counter draws one.
 */
function showsProgress(box: Element): boolean {
  if (hasDescendant(box, isProgressBar)) return true;
  let fills = 0;
  walkElements(box, (el) => {
    if (isStyleBar(el)) fills++;
    return fills < 2;
  });
  return fills === 1;
}

/**
 * Whether `sb` is a counter: a short paragraph with a figure, in a small container (its `group`, or
 * up to two containers around it: "<div class=counter><div>143 / 200</div><div role=progressbar>")
 * that also holds a progress bar. `boxes` remembers each container's verdict for one pass.
 */
export function isProgressCounter(sb: SourcedBlock, boxes: Map<Element, boolean>): boolean {
  if (!sb.group || sb.block.type !== 'paragraph') return false;
  const text = blockText(sb);
  if (!/\d/.test(text) || wordCount(text) > COUNTER_WORDS) return false;
  let box: Element | null = sb.group;
  for (let level = 0; box && level < BOX_LEVELS; level++, box = parentElement(box)) {
    let verdict = boxes.get(box);
    if (verdict === undefined) {
      const small = wordCount(cleanText(box)) <= BOX_WORDS;
      verdict = small && showsProgress(box);
      boxes.set(box, verdict);
      if (!small) return false;
    }
    if (verdict) return true;
  }
  return false;
}

function parentElement(el: Element): Element | null {
  return isElement(el.parent) ? el.parent : null;
}

/**
 * A fundraising widget's counter: the short line beside its progress bar ("Noch 412 Förderer bis
 * zum Jahresziel", "本月已有1,508位会员加入，目标2,000位"). The wording varies without end, but the
 * markup does not: a <progress> or <meter> element, an element with role="progressbar", a ring
 * drawn in SVG or one fill drawn in CSS, in the same small container as a short line with a figure.
 * Judged after the appeal cleaner, which reads such counters as evidence of an appeal.
 *
 * A story draws bars too: a poll's or an election's results (a bar per answer), a building's
 * progress, a charity's thermometer in a story about its drive. Those stay: a chart draws several
 * bars, a counter one; a counter counts money or people towards a goal; and a thermometer the story
 * shows is titled with the story's words.
 */
import type { AnyNode } from 'domhandler';
import type { SourcedBlock } from '../blocks.js';
import {
  cleanText,
  type Element,
  isElement,
  parentElement,
  siblingElement,
  walkElements,
} from '../body/dom.js';
import { shortText } from '../short-text.js';
import {
  AMOUNT_IN_TEXT,
  PLEDGE_COUNTER,
  PLEDGE_TO_GOAL,
  SUPPORTER_TALLY,
  TALLY_GOAL,
} from '../vocab/phrases/donation.js';
import { blockText, wordCount } from './block-text.js';
import { storyBox } from './story-graphic.js';
import { sharesTopic } from './topic.js';

/** A counter is one short line. */
const COUNTER_WORDS = 25;
/** The container is the widget's counter box, not a section of the article that shows a bar. */
const BOX_WORDS = 60;
/** Characters of a counter box's text at most (sixty words, or CJK text of about that length). */
const BOX_CHARS = 900;
/** How far up from a line its counter box may be: the line's own element, its box, the widget. */
const BOX_LEVELS = 3;
/**
 * Headline words a story's thermometer shares with it ("Pellow Street Library roof appeal"); one
 * may be a money word the outlet's counter shares with a story about a drive ("raccolti").
 */
const STORY_WORDS = 2;

/** A bar element; a ring drawn in SVG is one too, marked as such when the page was pruned. */
function isProgressBar(el: Element): boolean {
  return el.name === 'progress' || el.name === 'meter' || el.attribs.role === 'progressbar';
}

/** A bar's fill drawn in CSS: an element with no text whose inline style gives it a width in percent. */
const WIDTH_PERCENT = /(?:^|;)\s*width\s*:\s*\d{1,3}(?:\.\d+)?%/;

function isStyleBar(el: Element): boolean {
  const style = el.attribs.style;
  return style !== undefined && WIDTH_PERCENT.test(style) && cleanText(el) === '';
}

/** How many bars a box draws, counting to two: bar elements, and fills drawn in CSS outside them. */
function bars(box: Element): number {
  let found = 0;
  walkElements(box, (el) => {
    if (isProgressBar(el) || isStyleBar(el)) {
      found++;
      return false;
    }
    return found < 2;
  });
  return found;
}

/** People counted in Chinese or Japanese ("已有842位读者加入", "会員 812人"). */
const PEOPLE_COUNTED = /\d\s*(?:位|人|名)/u;

/** A row of a chart: an element right beside the box draws a bar too (another answer's, party's). */
function chartRow(box: Element): boolean {
  return [siblingElement(box, -1), siblingElement(box, 1)].some((el) => el !== null && bars(el) > 0);
}

/** A figure: digits with their group separators, not a year or a percentage. */
const FIGURE =
  /(?<![\d.,])\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?![\d%])|(?<![\d.,])\d+(?![\d.,]*\s*%)(?![\d.,])/gu;
const YEAR = /^(?:19|20)\d\d$/;

/** Figures a box holds besides years and percentages ("3 486 … z zakładanych 4 000": two). */
function figures(text: string): number {
  let n = 0;
  for (const m of text.matchAll(FIGURE)) if (!YEAR.test(m[0])) n++;
  return n;
}

/**
 * What a counter counts: money, people towards a goal, or two figures, a count and its goal
 * ("143 / 200", "会员人数：18,405 · 年底目标：20,000"). A building's "63% done by May 2025" is none.
 */
function countsFunding(text: string): boolean {
  return (
    figures(text) >= 2 ||
    AMOUNT_IN_TEXT.test(text) ||
    PLEDGE_COUNTER.test(text) ||
    PLEDGE_TO_GOAL.test(text) ||
    SUPPORTER_TALLY.test(text) ||
    TALLY_GOAL.test(text.toLowerCase()) ||
    PEOPLE_COUNTED.test(text)
  );
}

/**
 * A box's verdict: a counter's box (true), a box that is none but may sit in one (false), or too
 * big to be or sit in one (null).
 */
function judge(box: Element, topic: ReadonlySet<string>): boolean | null {
  // The story's own info box: its bars chart the story, and no counter sits further out.
  if (storyBox(box)) return null;
  // The text read no further than a counter box's can run: the box above may be the whole story.
  const whole = shortText(box, BOX_CHARS);
  if (whole === null || wordCount(whole) > BOX_WORDS) return null;
  if (bars(box) !== 1) return false;
  if (chartRow(box)) return null;
  const text = labels(box);
  return countsFunding(text) && !sharesTopic(text, topic, STORY_WORDS);
}

/** A box's text without its bar's own (a <progress> element's fallback "64%" would run into "6,000"). */
function labels(box: Element): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && !isProgressBar(node)) for (const child of node.children) visit(child);
  };
  visit(box);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `sb` is a counter: a short paragraph with a figure, in a small container (its `group`, or
 * up to two containers around it: "<div class=counter><div>143 / 200</div><div role=progressbar>")
 * that also holds one progress bar. `topic` holds the headline's words. `boxes` remembers each
 * container's verdict for one pass.
 */
export function isProgressCounter(
  sb: SourcedBlock,
  boxes: Map<Element, boolean | null>,
  topic: ReadonlySet<string>,
): boolean {
  if (!sb.group || sb.block.type !== 'paragraph') return false;
  const text = blockText(sb);
  if (!/\d/.test(text) || wordCount(text) > COUNTER_WORDS) return false;
  let box: Element | null = sb.group;
  for (let level = 0; box && level < BOX_LEVELS; level++, box = parentElement(box)) {
    let verdict = boxes.get(box);
    if (verdict === undefined) {
      verdict = judge(box, topic);
      boxes.set(box, verdict);
    }
    if (verdict !== false) return verdict === true;
  }
  return false;
}

/**
 * Small boxes that held a lone button. The markup pass removes a short link standing alone in a
 * box ("Je rejoins les lecteurs-financeurs", "Chip in") as link-dense, before the text cleaners see
 * it; the appeal cleaner still wants to know a button was there, as a box of two short lines that
 * ends in a button is an appeal box however its button is worded. Kept per element, so a page's
 * marks never meet another page's blocks.
 */
import { cleanText, type Element, isElement } from '../body/dom.js';

/** Words of a button's label: a call to action, not a teaser's headline. */
export const BUTTON_WORDS = 6;
/** Elements of such a box, the button last: a line or two and the button, not a section of the page. */
export const BUTTON_BOX_ELEMENTS = 7;

const boxes = new WeakSet<Element>();

/** Levels above a removed button where its box may sit (the button in an `<li>` of a `<ul>`). */
const BOX_LEVELS = 3;

/**
 * The box of a button the pruning removes: the nearest container, up to three levels up, with text
 * besides the button's own label; null when there is none that close.
 */
export function boxOfButton(button: Element, label: string): Element | null {
  let el: Element = button;
  for (let up = 0; up < BOX_LEVELS; up++) {
    const parent = el.parent;
    if (!parent || !isElement(parent)) return null;
    if (cleanText(parent).length > label.length) return parent;
    el = parent;
  }
  return null;
}

/** Remember that `box` held a lone button the markup pass removed. */
export function markButtonBox(box: Element): void {
  boxes.add(box);
}

/** Whether `box` held a lone button the markup pass removed. */
export function heldButton(box: Element | null): boolean {
  return box !== null && boxes.has(box);
}

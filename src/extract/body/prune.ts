/**
 * First pass over the whole page: drop what is never article text (scripts, styles, embeds, form
 * controls, navigation, hidden elements). Forms are judged, not dropped blindly: ASP.NET and some
 * CMSs wrap the whole page in one <form>, so a form holding real paragraphs is unwrapped instead.
 */

import { Text as DomText } from 'domhandler';
import { amountLabelCount } from '../clean/amount-row.js';
import { appealControl } from '../clean/appeal-cues.js';
import { boxOfButton, markButtonBox } from '../clean/button-boxes.js';
import { hasDescendant } from '../metadata/node-text.js';
import type { RemovalCategory } from '../types.js';
import { AMOUNT } from '../vocab/phrases/donation.js';
import {
  cleanText,
  denseLength,
  type Element,
  isElement,
  isText,
  type ParentNode,
  removeNode,
  removeNodes,
  snippetText,
  textOf,
  unwrap,
  walkElements,
} from './dom.js';
import type { Removals } from './removed.js';
import {
  asksForEmail,
  formOf,
  inForm,
  isEmailField,
  isFieldless,
  looseSignupBox,
  signupBox,
  signupControl,
  signupControlBox,
  signupTitleBox,
} from './signup-form.js';

/** A ring drawn in SVG: a circle whose dashed stroke shows the share reached. */
function isRing(svg: Element): boolean {
  return hasDescendant(svg, (el) => el.name === 'circle' && el.attribs['stroke-dasharray'] !== undefined);
}

/** Never text: removed with their subtree, silently. */
const JUNK_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'head',
  'title',
  'audio',
  'video',
  'source',
  'map',
  'area',
  'applet',
  'frame',
  'frameset',
  'dialog',
  'menu',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * One pass over the attributes an element has: most have one or two, and asking for three that are
 * mostly absent cost more (attribute objects come in many shapes; see metadata/element-hints.ts).
 */
function isHidden(el: Element): boolean {
  const a = el.attribs;
  for (const name in a) {
    if (name === 'hidden') return true;
    if (name === 'aria-hidden') {
      if (a[name] === 'true' && el.name !== 'img' && el.name !== 'figure') return true;
    } else if (name === 'style' && HIDDEN_STYLE.test(a[name]!)) return true;
  }
  return false;
}

/** A form that holds the article (long paragraphs), not a search box or a newsletter sign-up. */
function formHoldsArticle(form: Element): boolean {
  let long = 0;
  walkElements(form, (el) => {
    if (el.name === 'p' && denseLength(cleanText(el)) > 120) long++;
    return long < 2;
  });
  return long >= 2 || denseLength(textOf(form)) > 3000;
}

/**
 * A donation widget's amount buttons ("£3", "€ 6", "20 €") are the strongest evidence of an appeal
 * in plain markup, so a group of them keeps its amounts as plain text (a block of amounts only, which
 * the donation cleaner always removes) instead of vanishing with the other controls. Only a parent
 * that holds nothing but controls and two or more amounts: an amount button inside a sentence
 * would otherwise leave its figure in the article's text. Returns those buttons' labels, or null.
 */
function amountLabels(parent: Element): Map<Element, string> | null {
  const labels = new Map<Element, string>();
  for (const child of parent.children) {
    if (isText(child)) {
      if (child.data.trim()) return null;
    } else if (isElement(child)) {
      const label = child.name === 'button' ? cleanText(child) : '';
      // An amount alone ("£3") or with its period ("€ 4 per maand").
      if (label && (AMOUNT.test(label) || amountLabelCount(label) === 1)) labels.set(child, label);
      else if (!CONTROL_TAGS.has(child.name)) return null;
    }
  }
  return labels.size >= 2 ? labels : null;
}

const CONTROL_TAGS = new Set(['button', 'input', 'label', 'select', 'script', 'svg']);

/** Replace an amount button by its label, spaced from its neighbours. */
function keepLabel(button: Element, label: string): void {
  button.children = [];
  button.name = 'span';
  button.attribs = {};
  button.children.push(new DomText(` ${label} `));
  button.children[0]!.parent = button;
}

/** Prune the page in place, noting in `removals` what a reader would have seen. */
export function prunePage(root: ParentNode, removals: Removals): void {
  // No depth guard here: extraction's parser (parse-page.ts) caps how deep the DOM nests.
  const drop: Array<[Element, RemovalCategory, string]> = [];
  const forms: Element[] = [];
  // Read before the form's inputs go with the other controls.
  const signups = new Set<Element>();
  // Containers of email fields outside any form (see `looseSignupBox`).
  const looseFields: Element[] = [];
  // Per parent of a button: its amount buttons' labels, or null when it is no amount group.
  const groups = new Map<Element, Map<Element, string> | null>();
  // Sign-up buttons and links outside any form (see `signupControl`), read before buttons go.
  const controls: Array<[Element, Element, boolean]> = [];
  walkElements(root, (el) => {
    if ((el.name === 'button' || el.name === 'a') && el.parent && isElement(el.parent)) {
      const control = signupControl(el);
      const form = control ? formOf(el) : null;
      if (control && (!form || isFieldless(form))) controls.push([el.parent, el, control.strong]);
    }
    if (el.name === 'button' && el.parent && isElement(el.parent)) {
      let labels = groups.get(el.parent);
      if (labels === undefined) {
        labels = amountLabels(el.parent);
        groups.set(el.parent, labels);
      }
      const label = labels?.get(el);
      if (label !== undefined) {
        keepLabel(el, label);
        return false;
      }
    }
    // A ring drawn in SVG shows a counter's progress: kept empty, as a bar, for the counter it sits by.
    if (el.name === 'svg' && isRing(el)) {
      el.children = [];
      el.attribs = { role: 'progressbar' };
      return false;
    }
    if (JUNK_TAGS.has(el.name)) {
      if (el.name === 'input' && isElement(el.parent) && isEmailField(el) && !inForm(el)) {
        looseFields.push(el.parent);
      }
      // An appeal's button ("Je soutiens Le Rebond") leaves no text, but its box still asked.
      if (el.name === 'button') {
        const label = cleanText(el);
        const box = label && appealControl(label) ? boxOfButton(el, label) : null;
        if (box) markButtonBox(box);
      }
      drop.push([el, 'other', '']);
      return false;
    }
    if (isHidden(el)) {
      drop.push([el, 'other', 'hidden']);
      return false;
    }
    if (el.name === 'nav') {
      drop.push([el, 'nav', 'tag:nav']);
      return false;
    }
    if (el.name === 'form') {
      forms.push(el);
      if (asksForEmail(el)) signups.add(el);
    }
    return true;
  });
  if (removals.enabled)
    for (const [el, category, rule] of drop) if (rule) removals.add(category, rule, snippetText(el));
  removeNodes(drop.map(([el]) => el));
  for (const container of looseFields) {
    const box = looseSignupBox(container);
    if (!box) continue;
    if (removals.enabled) removals.add('newsletter', 'field:email-signup', snippetText(box));
    removeNode(box);
  }
  // A heading, a blurb and a sign-up button or link, with no field: judged once the buttons are
  // gone, as a field's box is.
  for (const [container, control, strong] of controls) {
    const box = container.parent ? signupControlBox(container, control, strong) : null;
    if (!box?.parent) continue;
    if (removals.enabled) removals.add('newsletter', 'box:signup-control', snippetText(box));
    removeNode(box);
  }
  // Innermost forms first, so an outer page-wrapping form is judged after its inner sign-up forms go.
  for (const form of forms.reverse()) {
    if (!form.parent) continue;
    if (formHoldsArticle(form)) {
      unwrap(form);
    } else if (signups.has(form)) {
      const box = signupBox(form);
      const title = signupTitleBox(box, form);
      if (removals.enabled) removals.add('newsletter', 'form:email-signup', snippetText(box));
      if (title) {
        if (removals.enabled) removals.add('newsletter', 'form:email-signup', snippetText(title));
        removeNode(title);
      }
      removeNode(box);
    } else {
      if (removals.enabled) removals.add('other', 'tag:form', snippetText(form));
      removeNode(form);
    }
  }
}

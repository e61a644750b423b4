/**
 * First pass over the whole page: drop what is never article text (scripts, styles, embeds, form
 * controls, navigation, hidden elements). Forms are judged, not dropped blindly: ASP.NET and some
 * CMSs wrap the whole page in one <form>, so a form holding real paragraphs is unwrapped instead.
 */
import type { RemovalCategory } from '../types.js';
import {
  cleanText,
  type Element,
  type ParentNode,
  removeNode,
  removeNodes,
  textOf,
  unwrap,
  walkElements,
} from './dom.js';
import type { Removals } from './removed.js';
import { asksForEmail, signupBox } from './signup-form.js';

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

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'img' && el.name !== 'figure') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** A form that holds the article (long paragraphs), not a search box or a newsletter sign-up. */
function formHoldsArticle(form: Element): boolean {
  let long = 0;
  walkElements(form, (el) => {
    if (el.name === 'p' && cleanText(el).length > 120) long++;
    return long < 2;
  });
  return long >= 2 || textOf(form).length > 3000;
}

/** Prune the page in place, noting in `removals` what a reader would have seen. */
export function prunePage(root: ParentNode, removals: Removals): void {
  // No depth guard here: extraction's parser (parse-page.ts) caps how deep the DOM nests.
  const drop: Array<[Element, RemovalCategory, string]> = [];
  const forms: Element[] = [];
  // Read before the form's inputs go with the other controls.
  const signups = new Set<Element>();
  walkElements(root, (el) => {
    if (JUNK_TAGS.has(el.name)) {
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
    for (const [el, category, rule] of drop) if (rule) removals.add(category, rule, cleanText(el));
  removeNodes(drop.map(([el]) => el));
  // Innermost forms first, so an outer page-wrapping form is judged after its inner sign-up forms go.
  for (const form of forms.reverse()) {
    if (!form.parent) continue;
    if (formHoldsArticle(form)) {
      unwrap(form);
    } else if (signups.has(form)) {
      const box = signupBox(form);
      if (removals.enabled) removals.add('newsletter', 'form:email-signup', cleanText(box));
      removeNode(box);
    } else {
      if (removals.enabled) removals.add('other', 'tag:form', cleanText(form));
      removeNode(form);
    }
  }
}

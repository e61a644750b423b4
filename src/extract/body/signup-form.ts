/**
 * Newsletter sign-up boxes: a form that asks for an email address, with the heading and one-line
 * blurb around it ("Get the Science Briefing" / "The week's discoveries, every Friday" / email +
 * button). The form alone would go with the other forms; its box would be left as two loose blocks
 * that read like a subheading and a sentence of the article.
 */
import { hashtagLine } from '../clean/hashtags.js';
import { cleanText, type Element, isElement, walkElements } from './dom.js';

/**
 * A form with a field for an email address (by type, name, id or placeholder) and nothing else to
 * write: a comment or contact form has a text area, a login form a password.
 */
export function asksForEmail(form: Element): boolean {
  let email = false;
  let other = false;
  walkElements(form, (el) => {
    const a = el.attribs;
    if (el.name === 'textarea' || (el.name === 'input' && a.type === 'password')) other = true;
    else if (el.name === 'input') email ||= isEmailField(el);
    return !other;
  });
  return email && !other;
}

/** An input for an email address, by its type, name, id, placeholder or autocomplete hint. */
export function isEmailField(input: Element): boolean {
  const a = input.attribs;
  const hint = `${a.type ?? ''} ${a.name ?? ''} ${a.id ?? ''} ${a.placeholder ?? ''} ${a.autocomplete ?? ''}`;
  return /e-?mail|@/i.test(hint);
}

/** Whether `el` sits inside a `<form>`. */
export function inForm(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p.name === 'form') return true;
  return false;
}

/**
 * The box of an email field outside any form (script-driven sign-ups: `<div><p>Every Friday in your
 * inbox</p><input type="email"><a>Sign up</a></div>`): its container when that holds no more than a
 * heading and a blurb, grown as `signupBox` grows a form's; null when the field sits among article
 * text. Run after the controls are gone.
 */
export function looseSignupBox(container: Element): Element | null {
  if (!container.parent || NOT_A_BOX.has(container.name)) return null;
  if (cleanText(container).length > BOX_TEXT || holdsHeadline(container)) return null;
  return signupBox(container);
}

/** The box's own text beside the form stays within a heading and a blurb. */
const BOX_TEXT = 250;
/** Never a box: these hold the page or the article. */
const NOT_A_BOX = new Set(['body', 'html', 'main', 'article']);

/**
 * The largest container around `form` (at most three levels up) whose text, beside the form's,
 * is a heading and a short blurb, and which holds no headline; `form` itself when there is none.
 * Run after the form's controls are gone, so their labels do not count.
 */
export function signupBox(form: Element): Element {
  const own = cleanText(form).length;
  let box = form;
  for (let up = 0; up < 3; up++) {
    const parent = box.parent;
    if (!parent || !isElement(parent) || NOT_A_BOX.has(parent.name)) break;
    if (cleanText(parent).length - own > BOX_TEXT || holdsHeadline(parent)) break;
    if (holdsHashtagLine(parent, box)) break;
    box = parent;
  }
  return box;
}

/**
 * A hashtag line beside the box in `parent` ("#Zwolle #Fietsen" above the share bar and the sign-up
 * form of an article footer): the container is the article's footer, whose tags are the story's, not
 * the sign-up box.
 */
function holdsHashtagLine(parent: Element, box: Element): boolean {
  for (const child of parent.children) {
    if (child !== box && isElement(child) && hashtagLine(cleanText(child))) return true;
  }
  return false;
}

function holdsHeadline(el: Element): boolean {
  let found = false;
  walkElements(el, (child) => {
    found ||= child.name === 'h1';
    return !found;
  });
  return found;
}

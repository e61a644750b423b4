/**
 * Newsletter sign-up boxes: a form that asks for an email address, with the heading and one-line
 * blurb around it ("Get the Science Briefing" / "The week's discoveries, every Friday" / email +
 * button). The form alone would go with the other forms; its box would be left as two loose blocks
 * that read like a subheading and a sentence of the article.
 */
import { hashtagLine } from '../clean/hashtags.js';
import { newsletterWords } from '../clean/newsletter.js';
import { startPhrase } from '../clean/phrases.js';
import { SIGN_UP_NOW } from '../vocab/phrases/boilerplate.js';
import { cleanText, denseLength, type Element, isElement, textOf, walkElements } from './dom.js';

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
  return formOf(el) !== null;
}

/** The `<form>` around `el`, or null. */
export function formOf(el: Element): Element | null {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p.name === 'form') return p;
  return null;
}

/**
 * Whether `form` has no field to fill in (hidden inputs and buttons aside): a sign-up button wrapped
 * in a form of its own is judged like a loose sign-up control ("<form><button>Aanmelden</button>
 * </form>" under "Ontvang De Ochtend van het Noorden").
 */
export function isFieldless(form: Element): boolean {
  let field = false;
  walkElements(form, (d) => {
    const type = (d.attribs.type ?? '').toLowerCase();
    if (d.name === 'textarea' || d.name === 'select' || (d.name === 'input' && !FORMLESS_INPUTS.has(type)))
      field = true;
    return !field;
  });
  return !field;
}
const FORMLESS_INPUTS: ReadonlySet<string> = new Set(['hidden', 'submit', 'button']);

/**
 * The box of an email field outside any form (script-driven sign-ups: `<div><p>Every Friday in your
 * inbox</p><input type="email"><a>Sign up</a></div>`): its container when that holds no more than a
 * heading and a blurb, grown as `signupBox` grows a form's; null when the field sits among article
 * text. Run after the controls are gone.
 */
export function looseSignupBox(container: Element): Element | null {
  if (!container.parent || NOT_A_BOX.has(container.name)) return null;
  if (boxText(container) > BOX_TEXT || holdsHeadline(container)) return null;
  return signupBox(container);
}

/**
 * A sign-up control's label is a few words ("Sign up free", "S'inscrire gratuitement"), and a few
 * dozen characters of raw text: longer, it is no button's, and its text is not even collapsed.
 */
const CONTROL_WORDS = 5;
const CONTROL_CHARS = 60;
/** A link to the outlet's newsletter page ("/newsletters/bell-schedule", "/newsletter?list=am"). */
const NEWSLETTER_PATH = /\/newsletters?(?:[/?#._-]|$)/i;

/**
 * Whether `el` is a sign-up control with no form around it (script-driven boxes: a heading, a blurb
 * and a button or a link): a button or link whose short label calls to sign up, or a link to a
 * newsletter page. `strong` when its target names the newsletter itself.
 */
export function signupControl(el: Element): { strong: boolean } | null {
  if (el.name !== 'button' && el.name !== 'a') return null;
  // A link in running text ("… einfach auf gitarrebass.de/newsletter bestellen") is the sentence's.
  if (inRunningText(el)) return null;
  // Asked of every link on the page, so the raw text is measured before it is cleaned.
  const raw = textOf(el);
  if (raw.length > CONTROL_CHARS) return null;
  const label = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!label || label.split(' ').length > CONTROL_WORDS) return null;
  const strong = el.name === 'a' && NEWSLETTER_PATH.test(el.attribs.href ?? '');
  return strong || startPhrase(label, SIGN_UP_NOW) !== null ? { strong } : null;
}

/** Wrappers a control may sit in within a line of text. */
const INLINE = new Set(['span', 'strong', 'b', 'em', 'i', 'u', 'small', 'font', 'mark', 'sup', 'sub']);
/** Blocks of running text. */
const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether `el` sits in a paragraph, list item, cell or heading (past any inline wrappers). */
function inRunningText(el: Element): boolean {
  let up = el.parent;
  while (up && isElement(up) && INLINE.has(up.name)) up = up.parent;
  return !!up && isElement(up) && TEXT_BLOCKS.has(up.name);
}

/**
 * The box of a sign-up control (see `signupControl`), grown as `looseSignupBox` grows an email
 * field's, when its own text speaks of a newsletter, or the control links to one; null otherwise (a
 * "Subscribe" button beside a paywall's offer is the donation and paywall cleaners' to judge).
 */
export function signupControlBox(container: Element, control: Element, strong: boolean): Element | null {
  const box = looseSignupBox(container);
  if (!box || box === control) return null;
  const own = cleanText(box).replace(cleanText(control), ' ');
  return strong || newsletterWords(own) ? box : null;
}

/** Containers that may hold a sign-up box's title and blurb beside its form. */
const TITLE_BOXES = new Set(['div', 'section', 'aside', 'header']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A form box's own small print ("No spam. Unsubscribe with one click."). */
const SMALL_PRINT = 80;

/**
 * The sign-up box's title and blurb when they sit in a container of their own just before the
 * form's ("<div><h3>Get The Paper Trail</h3><p>A weekly note from our reporters …</p></div><div><form>"):
 * a small container that opens with a heading and holds a line or two, before a form box with no
 * words of its own (a box with its own title is a widget of its own). Null when there is none.
 */
export function signupTitleBox(box: Element, form: Element): Element | null {
  // A box with a heading, or more than a line of small print beside its form, holds its own title.
  if (cleanText(box).length - cleanText(form).length > SMALL_PRINT) return null;
  let titled = false;
  walkElements(box, (el) => {
    if (HEADINGS.has(el.name)) titled = true;
    return !titled;
  });
  if (titled) return null;
  let prev = box.prev;
  while (prev && prev.type === 'text' && !textOf(prev).trim()) prev = prev.prev;
  if (!isElement(prev) || !TITLE_BOXES.has(prev.name)) return null;
  if (cleanText(prev).length > BOX_TEXT) return null;
  const first = prev.children.find(isElement);
  return first && HEADINGS.has(first.name) ? prev : null;
}

/** The box's own text beside the form stays within a heading and a blurb. */
const BOX_TEXT = 250;
/**
 * Characters of an element's text, CJK counted twice as the page stats count them: 250 characters
 * of Chinese are a short story of three paragraphs, not a heading and a blurb.
 */
function boxText(el: Element): number {
  return denseLength(cleanText(el));
}
/** Never a box: these hold the page or the article. */
const NOT_A_BOX = new Set(['body', 'html', 'main', 'article']);

/**
 * The largest container around `form` (at most three levels up) whose text, beside the form's,
 * is a heading and a short blurb, and which holds no headline; `form` itself when there is none.
 * Run after the form's controls are gone, so their labels do not count.
 */
export function signupBox(form: Element): Element {
  const own = boxText(form);
  let box = form;
  for (let up = 0; up < 3; up++) {
    const parent = box.parent;
    if (!parent || !isElement(parent) || NOT_A_BOX.has(parent.name)) break;
    if (boxText(parent) - own > BOX_TEXT || holdsHeadline(parent)) break;
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

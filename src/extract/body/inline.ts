/** DOM → inline nodes (text, links, emphasis, strong, code, line breaks) for one paragraph. */

import { toNfc } from '../text.js';
import type { Inline } from '../types.js';
import { type AnyNode, type Element, isElement, isText, textOf } from './dom.js';

const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);
const CODE = new Set(['code', 'kbd', 'samp', 'tt']);
/** Inline elements whose content is never text. */
const SKIP = new Set(['img', 'picture', 'wbr', 'sup-ref']);
/**
 * Soft hyphens are invisible line-break hints (hyphenated German pages carry one per syllable).
 * Text is NFC-normalised: some pages write "ü" as "u" plus a combining mark.
 */
const SOFT_HYPHENS = /\u00ad/g;

/** Resolve a URL against the page address; unresolvable or script URLs give null. */
export function resolveUrl(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(?:javascript|data|vbscript):/i.test(trimmed)) return null;
  // Without a base, an address with no colon has no scheme and `new URL` would throw: skip the
  // throw (costly, and relative links are most of a page's links when no --url is given).
  if (!base && !trimmed.includes(':')) return trimmed.startsWith('#') ? null : trimmed;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return trimmed.startsWith('#') ? null : trimmed;
  }
}

/** Inline elements a template styles as separate pills or buttons. */
const PILLS = new Set(['span', 'a', 'button', 'label']);

/**
 * A classed span, link or button straight after another of the same name, with no text between
 * ("<span class=pill>PayPal</span><span class=pill>Satispay</span>"): a row of pills or buttons
 * that CSS sets apart, so their labels are separate words.
 */
function pillAfterPill(node: Element): boolean {
  const prev = node.prev;
  return (
    PILLS.has(node.name) &&
    !!node.attribs.class &&
    prev !== null &&
    isElement(prev) &&
    prev.name === node.name &&
    !!prev.attribs.class
  );
}

/** Inline elements a template sets as labels and buttons side by side. */
const LABELS = new Set(['span', 'a', 'button', 'label', 'small', 'strong', 'b']);

/**
 * An element straight after another such element, with no text between, where the first ends in a
 * lower-case word of three letters or more and the second opens with a capital ("<span>Podziel się</span><a>Facebook</a>"):
 * two labels CSS sets apart, not one word split by markup.
 */
function labelAgainstLabel(node: Element, out: readonly Inline[]): boolean {
  const prev = node.prev;
  if (!prev || !isElement(prev) || !LABELS.has(prev.name) || !LABELS.has(node.name)) return false;
  return LABEL_END.test(lastText(out)) && /^\p{Lu}/u.test(firstText(node));
}

/** The first text inside `node`, trimmed at its start: its first text node, not the whole text. */
function firstText(node: AnyNode): string {
  if (isText(node)) return node.data.trimStart();
  if (!isElement(node)) return '';
  for (const child of node.children) {
    const text = firstText(child);
    if (text) return text;
  }
  return '';
}

/** A word of three letters or more, ending in lower case: "i" + "Phone" or "Mc" + "Donald" are one word. */
const LABEL_END = /(?:^|[^\p{L}])\p{L}{2,}\p{Ll}$/u;

/** The text that ends `inlines`, inside a link or emphasis too. */
function lastText(inlines: readonly Inline[]): string {
  const last = inlines[inlines.length - 1];
  if (!last) return '';
  if (last.type === 'text' || last.type === 'code') return last.text;
  return 'children' in last ? lastText(last.children) : '';
}

function push(out: Inline[], node: Inline): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.text += node.text;
  else out.push(node);
}

/** Append the inline content of `node` to `out`. */
export function collectInline(node: AnyNode, base: string | null, out: Inline[]): void {
  if (isText(node)) {
    const data = node.data;
    const text = toNfc(data.includes('\u00ad') ? data.replace(SOFT_HYPHENS, '') : data);
    if (text) push(out, { type: 'text', text });
    return;
  }
  if (!isElement(node) || SKIP.has(node.name)) return;
  if (node.name === 'br') {
    out.push({ type: 'break' });
    return;
  }
  const name = node.name;
  if (pillAfterPill(node) || labelAgainstLabel(node, out)) push(out, { type: 'text', text: ' ' });
  if (name !== 'a' && !EMPHASIS.has(name) && !STRONG.has(name) && !CODE.has(name)) {
    // A plain wrapper (span, font, …) adds its content as is: straight into `out`, which merges
    // adjacent text the same way, without an array per element.
    for (const child of node.children) collectInline(child, base, out);
    return;
  }
  const kids: Inline[] = [];
  for (const child of node.children) collectInline(child, base, kids);
  if (kids.length === 0) return;
  if (name === 'a') {
    const href = resolveUrl(node.attribs.href, base);
    if (href) out.push({ type: 'link', href, children: kids });
    else for (const k of kids) push(out, k);
  } else if (EMPHASIS.has(name)) out.push({ type: 'emphasis', children: kids });
  else if (STRONG.has(name)) out.push({ type: 'strong', children: kids });
  else out.push({ type: 'code', text: textOf(node) });
}

function isBlank(node: Inline): boolean {
  return (node.type === 'text' && !node.text.trim()) || node.type === 'break';
}

/** Drop leading/trailing blank text and breaks; null when nothing visible remains. */
export function trimInlines(inlines: Inline[]): Inline[] | null {
  let start = 0;
  let end = inlines.length;
  while (start < end && isBlank(inlines[start]!)) start++;
  while (end > start && isBlank(inlines[end - 1]!)) end--;
  if (start === end) return null;
  const out = inlines.slice(start, end);
  const first = out[0]!;
  // trimStart/trimEnd strip exactly what `\s` matches; a /\s+$/ replace scanned the whole text.
  if (first.type === 'text') out[0] = { type: 'text', text: first.text.trimStart() };
  const last = out[out.length - 1]!;
  if (last.type === 'text') out[out.length - 1] = { type: 'text', text: last.text.trimEnd() };
  return out;
}

/**
 * Split loose inline content at blank lines: two or more line breaks with only whitespace between
 * them. Old and hand-made pages separate paragraphs with <br><br> instead of <p>; each piece is a
 * paragraph of its own, as a reader sees it. A single break stays inside its paragraph.
 */
export function splitAtBlankLines(inlines: Inline[]): Inline[][] {
  const parts: Inline[][] = [];
  let start = 0;
  let lastBreak = -1;
  for (let i = 0; i < inlines.length; i++) {
    const node = inlines[i]!;
    if (node.type === 'break') {
      if (lastBreak >= start) {
        parts.push(inlines.slice(start, lastBreak));
        start = i + 1;
        lastBreak = -1;
        continue;
      }
      lastBreak = i;
    } else if (node.type !== 'text' || node.text.trim()) lastBreak = -1;
  }
  if (parts.length === 0) return [inlines];
  parts.push(inlines.slice(start));
  return parts;
}

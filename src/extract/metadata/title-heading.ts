/**
 * The page's `<h1>` as a headline candidate: its text without kickers, overlines and hidden helper
 * text, and whether it is the site's logo rather than a headline. Read by walking the h1's children:
 * the DOM stays untouched and no selector runs.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { walkText } from './node-text.js';
import { HEADLINE_NOISE_CLASS_WORDS, HEADLINE_NOISE_TAGS } from './selectors.js';
import { containsText, coverage } from './title-similarity.js';
import { breaksTitleLine, cleanTitle } from './title-text.js';

export interface Heading {
  text: string;
  /** The h1 is the site's logo or name (a hint for stripping the site from titles, never the headline). */
  logo: boolean;
}

/** Kicker class words beyond the shared list: topic labels and rubrics set above the headline. */
const EXTRA_KICKER_WORDS = ['label', 'rubri'];
const NOISE_CLASS = new RegExp([...HEADLINE_NOISE_CLASS_WORDS, ...EXTRA_KICKER_WORDS].join('|'), 'i');
/** Class words of an h1 (or its only link) that holds the site's logo or name. */
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?title|site-?name|masthead)(?:$|[\s_-])/i;
const MAX_H1S = 5;
/** Unwrapping `<h1><a><span>…` to find where a kicker starts: a few levels are enough. */
const MAX_WRAPPERS = 3;

/** Controls and icons set in a headline: an icon's `<svg><title>` ("Premium") or a "Share" button. */
const EXTRA_NOISE_TAGS = new Set(['svg', 'button', 'template', 'select']);

const isNoise = (el: Element) =>
  HEADLINE_NOISE_TAGS.has(el.name) ||
  EXTRA_NOISE_TAGS.has(el.name) ||
  (el.attribs.class !== undefined && NOISE_CLASS.test(el.attribs.class));
/** "Rivers rise<br>in the north" reads as two words, not "risein". */
const WALK = { skip: isNoise, breaks: breaksTitleLine };

/** The `<h1>` that best matches the named titles (the first one when none match), or null. */
export function readHeading(
  $: CheerioAPI,
  h1s: readonly Element[],
  named: readonly string[],
): Heading | null {
  let best: { heading: Heading; score: number } | null = null;
  for (const el of h1s.slice(0, MAX_H1S)) {
    const text = headlineText($, el, named);
    if (!text || text.length < 4 || text.length > 300) continue;
    // Both directions: a logo h1 is covered by the <title> but covers little of it.
    const score = Math.max(0, ...named.map((t) => coverage(text, t) + coverage(t, text)));
    const logo = isLogoElement(el);
    // Any headline beats a logo; among equals, the better match and then the first wins.
    const rank = logo ? score - 10 : score;
    if (!best || rank > best.score) best = { heading: { text, logo }, score: rank };
  }
  return best?.heading ?? null;
}

/** An h1's text without kickers and hidden helper text. */
function headlineText($: CheerioAPI, el: Element, named: readonly string[]): string | null {
  const text = cleanTitle(walkText(el, WALK)) ?? cleanTitle($(el).text());
  if (!text) return null;
  return withoutLead(el, named) ?? text;
}

/**
 * "<h1><span>Press release of the ministry</span>Vaccines stay available</h1>": when a named title
 * holds the text after the h1's first element but not that element's own text, the element is a
 * kicker the site did not count as part of the headline.
 */
function withoutLead(h1: Element, named: readonly string[]): string | null {
  let parts = meaningful(h1.children);
  for (let i = 0; i < MAX_WRAPPERS && parts.length === 1 && parts[0]!.type === 'tag'; i++) {
    parts = meaningful((parts[0] as Element).children);
  }
  const [first, ...after] = parts;
  if (first?.type !== 'tag' || !after.length) return null;
  const lead = cleanTitle(walkText(first as Element, WALK));
  const rest = cleanTitle(after.map(textOfNode).join(''));
  if (!lead || !rest || rest.split(' ').length < 3) return null;
  return named.some((t) => containsText(t, rest) && !containsText(t, lead)) ? rest : null;
}

/** Children that carry text: no whitespace-only text nodes, comments, scripts or noise elements. */
function meaningful(nodes: readonly AnyNode[]): AnyNode[] {
  return nodes.filter((n) => {
    if (n.type === 'text') return n.data.trim() !== '';
    return n.type === 'tag' && !isNoise(n as Element);
  });
}

function textOfNode(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  const text = walkText(node as Element, WALK);
  return breaksTitleLine(node as Element) ? `\n${text}\n` : text;
}

/** `<h1 class="logo">`, or an h1 whose only content is a link to the site's front page. */
function isLogoElement(h1: Element): boolean {
  if (LOGO_CLASS.test(h1.attribs.class ?? '')) return true;
  const parts = meaningful(h1.children);
  if (parts.length !== 1 || parts[0]!.type !== 'tag') return false;
  const only = parts[0] as Element;
  if (only.name !== 'a') return false;
  if (LOGO_CLASS.test(only.attribs.class ?? '')) return true;
  const href = only.attribs.href ?? '';
  return /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(href.trim()) && href.trim() !== '';
}

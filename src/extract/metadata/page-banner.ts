/**
 * The site's banner: a `<header>` outside any `<article>`/`<main>` that links to the front page
 * and holds no `<h1>`. A date there is the site's "today" display ("Mittwoch, 01. November 2023"
 * next to the logo), not the article's. Checked only for a date about to be taken.
 */
import type { AnyNode, Element } from 'domhandler';

/** Descendants read at most when looking for the logo link and the h1. */
const MAX_NODES = 3000;
const HOME_HREF = /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?(?:[?#].*)?$/i;

/** True when `el` sits in the site banner. */
export function inPageBanner(el: Element): boolean {
  let header: Element | null = null;
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const tag = (node as Element).name;
    if (tag === 'article' || tag === 'main') return false;
    if (tag === 'header') header ??= node as Element;
  }
  return header !== null && isBanner(header);
}

function isBanner(header: Element): boolean {
  let homeLink = false;
  let budget = MAX_NODES;
  const stack: AnyNode[] = [...header.children];
  while (stack.length && budget-- > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'h1') return false;
    if (el.name === 'a' && el.attribs.href && HOME_HREF.test(el.attribs.href.trim())) homeLink = true;
    stack.push(...el.children);
  }
  return homeLink;
}

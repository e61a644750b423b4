/**
 * Pick the article container from the ranked candidates and gather the siblings that continue
 * it (a lead paragraph or a second text column often sits next to the main block, not inside it).
 */
import { type Element, isElement } from './dom.js';
import type { Scored } from './score.js';
import { linkDensity, type StatsMap } from './stats.js';

/** Below this, the best candidate is not an article (one short sentence scores about 3). */
const MIN_SCORE = 3;

/** Climb while the parent clearly holds more of the article than the candidate alone. */
function refine(top: Element, scored: Scored, stats: StatsMap): Element {
  const { scores, ranked } = scored;
  const topScore = scores.get(top)!;
  // Several strong candidates under one ancestor mean the article is split into sections.
  const rivals = ranked.slice(1, 6).filter((el) => scores.get(el)! >= topScore * 0.75);
  if (rivals.length >= 2) {
    let ancestor = top.parent;
    while (ancestor && isElement(ancestor) && ancestor.name !== 'body') {
      const holds = rivals.filter((r) => isInside(r, ancestor as Element)).length;
      if (holds >= 2) {
        top = ancestor;
        break;
      }
      ancestor = ancestor.parent;
    }
  }
  // A strong rival close by (the article split into sibling sections): take their common parent.
  for (const rival of ranked.slice(1, 6)) {
    if (scores.get(rival)! < topScore * 0.5 || isInside(rival, top) || isInside(top, rival)) continue;
    const common = commonAncestor(top, rival, 3);
    const cs = common ? stats.get(common) : undefined;
    if (common && cs && linkDensity(cs) <= 0.3) top = common;
  }
  let last = scores.get(top) ?? topScore;
  let parent = top.parent;
  while (parent && isElement(parent) && parent.name !== 'body' && parent.name !== 'html') {
    const ps = scores.get(parent);
    if (ps !== undefined) {
      if (ps < last / 3) break;
      if (ps > last) {
        top = parent;
        last = ps;
      }
    }
    parent = parent.parent;
  }
  // An ancestor with clearly more prose, few links and a comparable score holds the rest of the
  // article (a lead or a first section outside a "read more" wrapper).
  const base = stats.get(top);
  let a = top.parent;
  for (let up = 0; up < 4 && a && isElement(a) && a.name !== 'body'; up++, a = a.parent) {
    const as = stats.get(a);
    if (!as || !base || linkDensity(as) > 0.25) break;
    // A thin wrapper in between scores little itself; look past it.
    if ((scores.get(a) ?? 0) < topScore * 0.6) continue;
    if (as.text - as.linkText >= (base.text - base.linkText) * 1.3) top = a;
  }
  // A lone child adds nothing; its parent may carry siblings' context (same text either way).
  while (top.parent && isElement(top.parent) && top.parent.name !== 'body') {
    const kids = top.parent.children.filter((c) => isElement(c) || (c.type === 'text' && c.data.trim()));
    if (kids.length !== 1) break;
    top = top.parent;
  }
  return top;
}

/** The nearest common ancestor of `a` and `b` within `maxUp` levels above `a`, or null. */
function commonAncestor(a: Element, b: Element, maxUp: number): Element | null {
  let p = a.parent;
  for (let up = 0; up < maxUp && p && isElement(p) && p.name !== 'body'; up++, p = p.parent) {
    if (isInside(b, p)) return p;
  }
  return null;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Sibling elements that are the page's, not the article's. */
const PAGE_LANDMARKS = new Set(['footer', 'nav', 'aside']);

/** The article's top container plus the siblings that belong with it, in document order. */
export function selectContent(scored: Scored, stats: StatsMap, root: Element | null): Element[] {
  const first = scored.ranked[0];
  if (!first) {
    // Prose straight in <body>, with no container to score: take the body if it reads as text.
    const s = root ? stats.get(root) : undefined;
    return root && s && s.text >= 200 && linkDensity(s) < 0.3 ? [root] : [];
  }
  // Nothing scored like prose (a home page, a list of links): no article, rather than menus.
  if (scored.scores.get(first)! < MIN_SCORE) return [];
  const top = refine(first, scored, stats);
  const topScore = scored.scores.get(top) ?? scored.scores.get(first)!;
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const parts = parallelParts(top, topScore, scored, stats);
  if (parts.length > 0) return parts;
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    // The page's landmarks beside the article (its footer's imprint and links, a sidebar) never
    // continue it, however much prose a short story lets them outscore.
    if (PAGE_LANDMARKS.has(sib.name)) continue;
    let score = scored.scores.get(sib) ?? 0;
    if (top.attribs.class && sib.attribs.class === top.attribs.class) score += topScore * 0.2;
    if (score >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.name === 'p') {
      const s = stats.get(sib);
      if (!s) continue;
      const ld = linkDensity(s);
      if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld === 0 && s.punct > 0))
        out.push(sib);
    }
  }
  return out;
}

/** A part of a split article scores at least this share of the top (a first section of four paragraphs). */
const PART_SCORE = 0.2;

/**
 * An article its template splits into parallel wrappers, with related links between them ("<div
 * class=story-body-supplemental><div class='story-body story-body-1'>…</div></div> <div
 * class=supplemental>…</div> <div class=story-body-supplemental><div class='story-body
 * story-body-2'>…"): the top's wrapper has siblings of the same tag and class, and the candidate
 * inside each that shares the top's first class word is a part. All parts in document order, or
 * empty when the top is whole.
 */
function parallelParts(top: Element, topScore: number, scored: Scored, stats: StatsMap): Element[] {
  const wrapper = top.parent;
  const word = firstClass(top);
  if (!word || !isElement(wrapper) || !wrapper.attribs.class || !isElement(wrapper.parent)) return [];
  const parts: Element[] = [];
  for (const sibling of wrapper.parent.children) {
    if (sibling === wrapper) {
      parts.push(top);
      continue;
    }
    if (
      !isElement(sibling) ||
      sibling.name !== wrapper.name ||
      sibling.attribs.class !== wrapper.attribs.class
    )
      continue;
    for (const child of sibling.children) {
      if (!isElement(child) || firstClass(child) !== word) continue;
      const s = stats.get(child);
      if ((scored.scores.get(child) ?? 0) < topScore * PART_SCORE || !s || linkDensity(s) > 0.3) continue;
      parts.push(child);
    }
  }
  return parts.length > 1 ? parts : [];
}

function firstClass(el: Element): string | null {
  const cls = el.attribs.class?.trim();
  return cls ? cls.split(/\s+/)[0]! : null;
}

import type { Element, ParentNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parsePage } from '../../src/extract/parse-page.js';

/** How many elements deep the tree goes, counted without recursion. */
function depthOf(root: ParentNode): number {
  let max = 0;
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of node.children) if ('children' in child) stack.push([child as Element, depth + 1]);
  }
  return max;
}

const text = (root: ParentNode): string =>
  root.children
    .map((c) => ('data' in c ? String(c.data) : 'children' in c ? text(c as Element) : ''))
    .join('');

describe('parsePage', () => {
  it('parses a page whole or in pieces to the same tree, a tag split between pieces included', () => {
    const html = '<html><body><p class="a">One <b>two</b></p><p>three</p></body></html>';
    const whole = parsePage(html);
    const pieces = parsePage([html.slice(0, 20), html.slice(20, 23), html.slice(23)]);
    expect(text(pieces)).toBe(text(whole));
    expect(depthOf(pieces)).toBe(depthOf(whole));
  });

  it('caps nesting at MAX_DEPTH, keeping the deeper text with spaces where tags were', () => {
    const levels = MAX_DEPTH * 50;
    const html = `<body>${'<div>'.repeat(levels)}deep<p>text</p>${'</div>'.repeat(levels)}<p>after</p></body>`;
    const root = parsePage(html);
    expect(depthOf(root)).toBe(MAX_DEPTH);
    expect(text(root).replace(/\s+/g, ' ').trim()).toBe('deep text after');
  });

  it('leaves a page within the cap untouched', () => {
    const html = `${'<div>'.repeat(MAX_DEPTH - 1)}<p>x</p>${'</div>'.repeat(MAX_DEPTH - 1)}`;
    expect(depthOf(parsePage(html))).toBe(MAX_DEPTH);
    expect(text(parsePage(html))).toBe('x');
  });
});

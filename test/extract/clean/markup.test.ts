import { describe, expect, it } from 'vitest';
import { Removals } from '../../../src/extract/body/removed.js';
import { measure } from '../../../src/extract/body/stats.js';
import { cleanMarkup } from '../../../src/extract/clean/markup.js';
import { loadPage } from '../../../src/extract/index.js';
import { prose } from '../helpers.js';

/** The removals the markup pass makes in an article of prose followed by `boxes`. */
function removed(boxes: string): { category: string; rule: string }[] {
  const $ = loadPage(`<div id="root"><div class="story">${prose(6)}</div>${boxes}</div>`);
  const root = $('#root')[0]!;
  const removals = new Removals(true);
  cleanMarkup([root], measure(root), removals, []);
  return removals.items.map(({ category, rule }) => ({ category, rule }));
}

describe('markup pass class words', () => {
  it('removes a box by the first category, in vocabulary order, that its class words name', () => {
    expect(removed('<div class="box newsletter-signup share">Sign up</div>')).toEqual([
      { category: 'newsletter', rule: 'class-word:newsletter' },
    ]);
    expect(removed('<div class="social-share">Share</div>')).toEqual([
      { category: 'share', rule: 'class-word:social' },
    ]);
  });

  it('keeps boxes whose class and id name no category', () => {
    expect(removed('<div class="story-footnote-body" id="more-text"><p>More text.</p></div>')).toEqual([]);
  });
});

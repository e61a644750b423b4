import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/extract/body/dom.js';
import { linkDensity, measure } from '../../../src/extract/body/stats.js';

const page = (html: string) => {
  const $ = cheerio.load(`<div id="root">${html}</div>`);
  const root = $('#root')[0]!;
  return { stats: measure(root), el: (sel: string) => $(sel)[0] as Element };
};

describe('measure: the per-element text figures scoring and cleaning read', () => {
  it('counts a run of whitespace once, wherever it sits in a text node', () => {
    const { stats, el } = page('<p id="p">\n    one  two\t\n three   </p>');
    // "\n    " → 1, "one" 3, "  " 1, "two" 3, "\t\n " 1, "three" 5, "   " 1
    expect(stats.get(el('#p'))?.text).toBe(15);
  });

  it('counts sentence marks in any script, and CJK characters twice', () => {
    const { stats, el } = page(
      '<p id="en">Yes, no. Why? Go!</p><p id="zh">你好，世界！</p><p id="ar">نعم، لا</p><p id="ja">はい、そうです。</p>',
    );
    expect(stats.get(el('#en'))).toMatchObject({ text: 17, punct: 4 });
    // 你好 and 世界 double; the full-width comma and exclamation mark count once, as marks.
    expect(stats.get(el('#zh'))).toMatchObject({ text: 10, punct: 2 });
    expect(stats.get(el('#ar'))).toMatchObject({ text: 7, punct: 1 });
    // The ideographic comma and full stop are marks too (they were missed before).
    expect(stats.get(el('#ja'))).toMatchObject({ text: 14, punct: 2 });
  });

  it('sums children into parents and counts link text and long paragraphs', () => {
    const long =
      'This paragraph is long enough to count as a paragraph of the article body, and a little more here.';
    const { stats, el } = page(
      `<div id="d"><p>${long}</p><p><a href="#">${long}</a></p><ul><li><a href="#">Menu</a></li></ul></div>`,
    );
    const d = stats.get(el('#d'))!;
    expect(d.text).toBe(long.length * 2 + 4);
    expect(d.linkText).toBe(long.length + 4);
    // The linked paragraph is mostly link: not an article paragraph.
    expect(d.paragraphs).toBe(1);
    expect(linkDensity(d)).toBeCloseTo((long.length + 4) / (long.length * 2 + 4));
  });
});

import { describe, expect, it } from 'vitest';
import { removePageAsides } from '../../../src/extract/clean/page-asides.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('counters beside a progress bar', () => {
  it('removes the line with a figure next to a <progress>, <meter> or role="progressbar"', () => {
    const ctx = context();
    const html =
      `${prose(1)}<div><progress max="100" value="40"></progress> <span>Mancano 230 soci all'obiettivo</span></div>` +
      `${prose(1, 2)}<div><div role="progressbar" aria-valuenow="60"><span></span></div><p>已有842位读者加入</p></div>` +
      `${prose(1, 3)}<div><meter value="0.7"></meter><p>7 von 10 Plätzen vergeben</p></div>${prose(1, 4)}`;
    const kept = textOf(removePageAsides(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Mancano|842|Plätzen/);
    expect(kept).toContain('Article paragraph 4');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(Array(3).fill('markup:progress-counter'));
  });

  it('keeps lines without a figure, long paragraphs, and a big container that happens to hold a bar', () => {
    const noFigure = `${prose(2)}<div><progress value="3" max="4"></progress><p>Almost there!</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(noFigure), context()))).toContain('Almost there!');
    const section = `<div><progress value="10" max="100"></progress>${prose(3)}<p>In 2024 the turnout was 61%.</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(section), context()))).toContain('turnout was 61%');
    const noBar = `${prose(2)}<div><p>Noch 412 Förderer bis zum Jahresziel</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(noBar), context()))).toContain('Noch 412');
  });
});

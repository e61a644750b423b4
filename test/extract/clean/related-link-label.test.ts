import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/extract/clean/index.js';
import { removeTeasers, teaserRule } from '../../../src/extract/clean/related.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const rule = (html: string) => teaserRule(blocksFrom(html)[0]!);

describe('"label: linked headline" teasers', () => {
  it('reads a teaser label behind a triangle mark', () => {
    expect(rule('<p>▼ 往期推荐：《西关大屋的最后一位守屋人》</p>')).toBe('phrase:往期推荐');
  });

  it('takes a label and a colon before a link that makes up most of the line', () => {
    expect(
      rule('<p><b>Also on the Courier:</b> <a href="/a">Ferry timetable cut for the winter months</a></p>'),
    ).toBe('phrase:also on');
    expect(
      rule('<p>Mehr aus der Region: <a href="/b">Stadtrat streitet über neue Parkgebühren</a></p>'),
    ).toBe('phrase:mehr aus');
    expect(
      rule('<p>Aussi sur Le Réveil : <a href="/c">La piscine municipale rouvre en mars</a></p>'),
    ).not.toBeNull();
    expect(
      rule('<p>Також на сайті: <a href="/d">Міст через річку відремонтують до літа</a></p>'),
    ).not.toBeNull();
  });

  it('keeps prose that opens with the same words', () => {
    expect(
      rule(
        '<p>Also on Tuesday, the council approved <a href="/x">the new budget</a> after a long debate.</p>',
      ),
    ).toBeNull();
    expect(
      rule('<p>Also on the agenda: a plan to close two libraries and merge the bus routes.</p>'),
    ).toBeNull();
    expect(
      rule('<p>Also including: <a href="/z">a new playground, two tennis courts and a café</a></p>'),
    ).toBeNull();
  });

  it('removes the line as related and keeps the article around it', () => {
    const ctx = context();
    const html = `${prose(2)}<p><strong>Anche su Il Corriere:</strong> <a href="/r">Il mercato coperto chiude per lavori</a></p>${prose(1, 3)}`;
    const kept = textOf(removeTeasers(blocksFrom(html), ctx));
    expect(kept).not.toContain('mercato coperto');
    expect(kept).toContain('Article paragraph 3');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'related', rule: 'phrase:anche su' });
  });
});

describe('link-only lines that lead to the support page', () => {
  it('are filed as donation, not as related teasers', () => {
    const ctx = context();
    const html = `${prose(2)}<p><a href="/support?x=0">Give monthly</a> | <a href="https://example.org/donate">Give once</a></p><p><a href="/2025/01/bridge">Bridge to close for repairs</a></p>`;
    const kept = textOf(removeTeasers(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Give monthly|Bridge to close/);
    expect(ctx.removals.items.map((r) => [r.category, r.rule])).toEqual([
      ['donation', 'link-only:support'],
      ['related', 'link-only'],
    ]);
  });
});

describe('a lone link to the comments', () => {
  it('is filed as comments wherever it stands', () => {
    const ctx = context();
    const html = `<p><a href="https://example.org/a#comments">Comentários (7)</a></p>${prose(3)}`;
    expect(textOf(removeTeasers(blocksFrom(html), ctx))).not.toContain('Comentários');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'comments', rule: 'link-only:comment-count' });
  });
});

// The cleaners read such lines one by one in a second pass (clean/br-lines.ts).
describe('teaser lines inside a paragraph of <br>-separated lines', () => {
  it('drops the teaser line and keeps the rest of the paragraph', () => {
    const ctx = context();
    const html = `${prose(1)}<p><b>Des parts à 100 euros</b><br><b>Lire aussi :</b> <a href="/x.html">Le marché de Noël ouvre vendredi</a></p>${prose(1, 2)}`;
    const text = textOf(cleanBlocks(blocksFrom(html), ctx));
    expect(text).toContain('Des parts à 100 euros');
    expect(text).not.toContain('Lire aussi');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'related', rule: 'phrase:lire aussi' });
  });

  it('keeps a line that is a bare link, such as a source', () => {
    const html = `<p>The report was published on Monday.<br><a href="/report.pdf">Full report (PDF)</a></p>${prose(1)}`;
    expect(textOf(cleanBlocks(blocksFrom(html), context()))).toContain('Full report (PDF)');
  });
});

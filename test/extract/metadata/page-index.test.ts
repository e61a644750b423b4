import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readHints } from '../../../src/extract/metadata/element-hints.js';
import { indexPage } from '../../../src/extract/metadata/page-index.js';

const indexOf = (html: string) => indexPage(cheerio.load(html, { xml: { xmlMode: false } }).root()[0]!);

describe('page index walk', () => {
  it('marks dates and bylines inside excluded areas, by tag and by class word', () => {
    const index = indexOf(
      '<article><time datetime="2025-03-14">x</time><span class="byline">By Ann Lee</span>' +
        '<div class="comment-list"><time datetime="2025-03-15">y</time></div>' +
        '<footer><span class="author">Bo Chan</span></footer></article>',
    );
    expect(index.times.map((t) => t.excluded)).toEqual([false, true]);
    expect(index.bylines.map((b) => [b.el.attribs.class, b.excluded])).toEqual([
      ['byline', false],
      ['author', true],
    ]);
  });

  it('does not exclude page wrappers by their class ("single-post right-sidebar")', () => {
    const index = indexOf('<body class="right-sidebar"><time datetime="2025-03-14">x</time></body>');
    expect(index.times[0]?.excluded).toBe(false);
  });

  it('skips svg and template content and keeps the JSON-LD, metas, h1s and the root', () => {
    const index = indexOf(
      '<head><meta name="author" content="Ann Lee"><script type="application/ld+json">{"a":1}</script></head>' +
        '<body><svg><time datetime="2025-03-14"></time></svg><template><h1>No</h1></template><h1>Yes</h1></body>',
    );
    expect(index.times).toEqual([]);
    expect(index.h1s).toHaveLength(1);
    expect(index.metas).toHaveLength(1);
    expect(index.jsonLd).toEqual(['{"a":1}']);
    expect(index.root.type).toBe('root');
  });

  it('takes the first shown itemprop=headline element as a headline candidate, whatever its tag', () => {
    const index = indexOf(
      '<head><meta itemprop="headline" content="Hidden"></head><body><div class="logo">Site</div>' +
        '<h2 itemprop="headline">Rivers rise in the north</h2><h3 itemprop="headline">Second</h3></body>',
    );
    expect(index.h1s.map((el) => el.name)).toEqual(['h2']);
  });

  it("keeps teasers' linked itemprop=headline elements and those in excluded areas out", () => {
    const index = indexOf(
      '<h1>The headline</h1><aside><h2 itemprop="headline">Sidebar story</h2></aside>' +
        '<h3 itemprop="headline"><a href="/other">Another story</a></h3>',
    );
    expect(index.h1s.map((el) => el.name)).toEqual(['h1']);
  });

  it('collects short date-like leaves, not text nodes or comments', () => {
    const index = indexOf(
      '<div><!-- 2025 --><span>14.03.2025</span><p>Text of 2025 that runs on and on and on and on</p></div>',
    );
    expect(index.dateLeaves.map(({ el, text, excluded }) => ({ tag: el.name, text, excluded }))).toEqual([
      { tag: 'span', text: '14.03.2025', excluded: false },
    ]);
  });
});

describe('element hints', () => {
  it('reads only the attributes present, and empty ones as absent', () => {
    const cache = new Map<string, number>();
    const h = readHints({ 'data-date': '', class: '', rel: 'author', datetime: '2025' }, cache);
    expect(h.hasClassId).toBe(false);
    expect(h.rel).toBe('author');
    expect(h.dateAttribute).toBe(true);
    const next = readHints({ id: 'main' }, cache);
    expect(next.hasClassId).toBe(true);
    expect(next.rel).toBeUndefined();
    expect(next.dateAttribute).toBe(false);
  });
});

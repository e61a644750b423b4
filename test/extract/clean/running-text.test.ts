import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const URL = 'https://news.example/2016/12/22/council-budget/';

/** Six paragraphs of a story, each holding `inner` mid-sentence; the record's text and removals. */
function story(inner: (i: number) => string): { text: string; removed: string[] } {
  const paragraphs = [1, 2, 3, 4, 5, 6].map(
    (i) =>
      `<p>Paragraph ${i} says that the council voted on the budget and that the mayor ${inner(i)} alongside others, according to the minutes of the meeting held on Tuesday.</p>`,
  );
  const html = `<html><head><title>Budget</title></head><body><article><h1>Council passes the budget</h1>${paragraphs.join('\n')}</article></body></html>`;
  const record = extract(html, { url: URL, explain: true });
  return { text: record.text, removed: (record.removed ?? []).map((r) => `${r.rule}: ${r.text}`) };
}

describe('inline elements inside a sentence', () => {
  it('keeps a link whose text is wrapped in a span (pasted-in styles)', () => {
    const { text, removed } = story(
      (i) =>
        `<span style="font-weight: 400;">was called </span><a href="https://news.example/2016/12/15/other-${i}/"><span style="font-weight: 400;">“fake news”</span></a><span style="font-weight: 400;"> by critics</span>`,
    );
    expect(text).toContain('the mayor was called “fake news” by critics alongside others');
    expect(removed).toEqual([]);
  });

  it('keeps a link or span whose class names boilerplate when it is a word of the sentence', () => {
    for (const cls of [
      'related-link',
      'share-link',
      'ad-link',
      'author-link',
      'social',
      'promo',
      'caption',
    ]) {
      for (const tag of ['a', 'span']) {
        const { text } = story(
          (i) => `praised <${tag} class="${cls}" href="/tag/tesla-${i}/">Tesla Motors</${tag}>`,
        );
        expect(text, `${tag}.${cls}`).toContain('the mayor praised Tesla Motors alongside others');
      }
    }
  });

  it('still removes a paragraph’s breadcrumb links and a caption set inside the paragraph', () => {
    const crumbs =
      '<p class="crumbs"><span><a href="/">Home</a></span> &gt; <span><a href="/blog/">Blog</a></span> &gt; <span class="current">Council passes the budget</span></p>';
    const captioned =
      '<p><span class="story-image"><img src="/a.jpg" alt=""><span class="caption">The mayor at the lectern on Tuesday evening</span></span> The council voted on the budget after a long debate that went on until late at night.</p>';
    const html = `<html><body><article><h1>Council passes the budget</h1>${crumbs}${captioned}<p>Paragraph two says that the council voted on the budget, according to the minutes of the meeting held on Tuesday evening in the hall.</p><p>Paragraph three says that the mayor spoke for twenty minutes and that the opposition left the room before the vote was taken.</p></article></body></html>`;
    const { text } = extract(html, { url: URL });
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Blog');
    expect(text).not.toContain('The mayor at the lectern');
    expect(text).toContain('The council voted on the budget after a long debate');
  });

  it('keeps a paragraph that is one link in parentheses whole, not "()"', () => {
    const html = `<html><body><article><h1>Council passes the budget</h1>${[1, 2, 3, 4]
      .map(
        (i) =>
          `<p>Paragraph ${i} says that the council voted on the budget, according to the minutes of the meeting held on Tuesday evening in the hall.</p><p>(<span><a href="https://artists.example/${i}"><em>Artist: Painter ${i}</em></a></span>)</p>`,
      )
      .join('')}</article></body></html>`;
    const { text } = extract(html, { url: URL });
    expect(text).toContain('(Artist: Painter 2)');
    expect(text).not.toContain('()');
  });
});

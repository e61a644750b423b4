import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('publishedAt late fallbacks', () => {
  it('reads a <time> in a sidebar inside the <article> when nothing else dates the page', () => {
    const html = page(
      '<title>Wine of the year</title>',
      '<article><h1>Wine of the year</h1><p>Text.</p><div class="sidebar"><time datetime="2022-01-28">28 Jan</time></div></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2022-01-28');
  });

  it('reads date text in an <aside> inside the <article>', () => {
    const html = page(
      '',
      '<article><aside><ul><li class="meta-date">26.02.2020</li></ul></aside><p>x</p></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2020-02-26');
  });

  it('ignores a page sidebar outside the article and comment threads inside it', () => {
    const outside = page(
      '',
      '<article><p>x</p></article><aside><time datetime="2022-01-28">x</time></aside>',
    );
    expect(metadataOf(outside).publishedAt).toBeNull();
    const comments = page(
      '',
      '<article><p>x</p><div class="comments"><aside><time datetime="2022-01-28">x</time></aside></div></article>',
    );
    expect(metadataOf(comments).publishedAt).toBeNull();
  });

  it('prefers the URL date over an article aside', () => {
    const html = page('', '<article><aside><time datetime="2022-01-28">x</time></aside></article>');
    expect(metadataOf(html, 'https://example.org/2021/03/04/story').publishedAt).toBe('2021-03-04');
  });

  it('reads a Drupal "submitted" line', () => {
    const html = page(
      '',
      '<div class="submitted">Submitted by <span>rasos</span> on 24 July 2017 - 18:55</div>',
    );
    expect(metadataOf(html).publishedAt).toBe('2017-07-24T18:55:00');
  });
});

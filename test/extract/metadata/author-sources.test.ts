import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('authors from labelled twitter meta', () => {
  it('reads twitter:dataN when twitter:labelN says "Written by" (in several languages)', () => {
    const meta = (label: string) =>
      `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="Karoline Herr">`;
    expect(metadataOf(page(meta('Written by'))).authors).toEqual(['Karoline Herr']);
    expect(metadataOf(page(meta('Verfasst von'))).authors).toEqual(['Karoline Herr']);
  });

  it('ignores other labelled data such as the reading time', () => {
    const html = page(
      '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">',
    );
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('prefers the author meta over the labelled pair', () => {
    const html = page(
      '<meta name="author" content="Ann Lee"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Bo Chan">',
    );
    expect(metadataOf(html).authors).toEqual(['Ann Lee']);
  });
});

describe('author box in an aside inside the article', () => {
  const box = (name: string) =>
    `<span itemprop="author" itemscope><span itemprop="name">${name}</span> —</span>`;

  it('reads a single itemprop=author box in an <aside> inside the <article>', () => {
    const html = page(
      '',
      `<article><h1>Code coverage</h1><p>Text</p><aside><p>${box('Nicolas Perriault')}</p></aside></article>`,
    );
    expect(metadataOf(html).authors).toEqual(['Nicolas Perriault']);
  });

  it('ignores several author boxes there (teaser cards of other articles)', () => {
    const cards = ['Ann Lee', 'Bo Chan', 'Cy Dunn'].map((n) => `<div>${box(n)}</div>`).join('');
    const html = page('', `<article><p>Text</p><aside>${cards}</aside></article>`);
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('ignores an author box in a page sidebar outside the article', () => {
    const html = page('', `<article><p>Text</p></article><aside>${box('Ann Lee')}</aside>`);
    expect(metadataOf(html).authors).toEqual([]);
  });
});

describe('several author meta tags', () => {
  it('reads one author per <meta name="author"> tag, once each', () => {
    const html = page(
      '<meta name="author" content="Kooman, F."><meta name="author" content="Jong, Michiel de"><meta name="author" content="Kooman, F.">',
    );
    expect(metadataOf(html).authors).toEqual(['Kooman, F.', 'Jong, Michiel de']);
  });

  it('drops a labelled credit that is not authorship', () => {
    const html = page('<meta name="author" content="Autor: Fabian Dittmann; Ilustrator: Adriaan Prent">');
    expect(metadataOf(html).authors).toEqual(['Fabian Dittmann']);
  });
});

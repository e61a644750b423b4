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

import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

const PUBLISHER = ldJson(
  '{"@type":"NewsArticle","headline":"Rivers rise","publisher":{"@type":"Organization","name":"Aktuálně.cz"}}',
);

describe('declared site name', () => {
  it('drops the slogan og:site_name adds to the name the JSON-LD publisher gives alone', () => {
    const html = page(
      `<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">${PUBLISHER}`,
    );
    expect(metadataOf(html).siteName).toBe('Aktuálně.cz');
  });

  it('keeps an og:site_name with a separator that no other source shortens', () => {
    const html = page('<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">');
    expect(metadataOf(html).siteName).toBe('Aktuálně.cz - Víte, co se právě děje');
  });
});

import { describe, expect, it } from 'vitest';
import { cleanEncodedTitle, cleanTitle } from '../../../src/extract/metadata/title-text.js';
import { ldJson, metadataOf, page } from './helpers.js';

describe('title text: entities, invisible characters and line breaks', () => {
  it('decodes entities that a JSON-LD headline keeps (its script text is never HTML-decoded)', () => {
    const html = page(
      ldJson(
        '{"@type": "NewsArticle", "headline": "Meghan&#39;s &#8222;explosive&#8220; interview &amp; more"}',
      ),
    );
    expect(metadataOf(html).title).toBe("Meghan's „explosive“ interview & more");
  });

  it('decodes a twice-encoded meta title once more', () => {
    const html = page('<meta property="og:title" content="Rivers &amp;amp; lakes rise &amp;#8211; again">');
    expect(metadataOf(html).title).toBe('Rivers & lakes rise – again');
  });

  it('leaves unknown entities as written; a reference to no character is U+FFFD, as in HTML', () => {
    expect(cleanEncodedTitle('AT&T &foo; &#0; &#xD800;')).toBe('AT&T &foo; \uFFFD \uFFFD');
  });

  it('drops soft hyphens and zero-width spaces but keeps zero-width joiners', () => {
    expect(cleanTitle('Wärme\u00adpumpen\u200b boomen')).toBe('Wärmepumpen boomen');
    expect(cleanTitle('نمی\u200cخواهم')).toBe('نمی\u200cخواهم');
    const html = page(
      '<title>Wärmepumpen boomen | Harbour Times</title>',
      '<h1>Wärme&shy;pumpen boomen</h1>',
    );
    expect(metadataOf(html).title).toBe('Wärmepumpen boomen');
  });

  it('reads an h1 broken over lines with <br> or blocks as words apart', () => {
    const br = page(
      '<meta property="og:title" content="Rivers rise in the north">',
      '<h1>Rivers rise<br>in the north</h1>',
    );
    expect(metadataOf(br).title).toBe('Rivers rise in the north');
    const blocks = page(
      '<meta property="og:title" content="Storms batter the coast">',
      '<h1><div>Storms batter</div><div>the coast</div></h1>',
    );
    expect(metadataOf(blocks).title).toBe('Storms batter the coast');
  });

  it('leaves an icon title and a button set inside the h1 out of the headline', () => {
    const html = page(
      '<title>Home</title>',
      '<h1><svg><title>Premium</title></svg> Rivers rise in the north <button>Share</button></h1>',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('is null for text that is only spaces and invisible characters', () => {
    expect(cleanTitle(' \u00ad\u200b ')).toBeNull();
    expect(cleanEncodedTitle(null)).toBeNull();
  });
});

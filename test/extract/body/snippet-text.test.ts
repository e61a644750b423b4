import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { snippetText } from '../../../src/extract/body/dom.js';
import { Removals } from '../../../src/extract/body/removed.js';
import { measure } from '../../../src/extract/body/stats.js';
import { cleanMarkup } from '../../../src/extract/clean/markup.js';

const root = (html: string) => cheerio.load(`<div id="root">${html}</div>`)('#root')[0]!;

describe('explain snippets of removed elements', () => {
  it('spaces elements that sit side by side with no text between them', () => {
    expect(snippetText(root('<a href="#">Share on Facebook</a><a href="#">Share on X</a>'))).toBe(
      'Share on Facebook Share on X',
    );
    expect(snippetText(root('<span><b>5 €</b></span><span><b>10 €</b></span><!-- x --><i>Other</i>'))).toBe(
      '5 € 10 € Other',
    );
  });

  it('leaves words split by inline markup whole, and text between elements as it is', () => {
    expect(snippetText(root('<p><b>Wo</b>rd and <a href="#">a link</a>, then more.</p>'))).toBe(
      'Word and a link, then more.',
    );
  });

  it('is what the markup pass lists for a share bar of bare links', () => {
    const el = root(
      '<p>The council met on Tuesday and approved the budget for the coming year after a long debate.</p><div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>',
    );
    const removals = new Removals(true);
    cleanMarkup([el], measure(el), removals, []);
    expect(removals.items[0]).toMatchObject({ category: 'share', text: 'Share on Facebook Share on X' });
  });
});

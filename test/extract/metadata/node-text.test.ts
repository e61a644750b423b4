import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../src/extract/metadata/date-text.js';
import {
  firstDescendant,
  hasDescendant,
  textContent,
  walkText,
} from '../../../src/extract/metadata/node-text.js';
import { metadataOf, page } from './helpers.js';

const elementOf = (html: string): Element => cheerio.load(html)('#x').get(0) as Element;

describe('walkText', () => {
  it('leaves out skipped descendants and breaks lines at break elements', () => {
    const el = elementOf('<p id="x">By <b>Ann Lee</b><script>var a=1</script><br>14 March 2025</p>');
    const text = walkText(el, { skip: (e) => e.name === 'script', breaks: (e) => e.name === 'br' });
    expect(text).toBe('By Ann Lee\n\n14 March 2025');
  });

  it('finds a matching descendant at any depth, and none when there is none', () => {
    const el = elementOf('<h1 id="x"><span><em class="kicker">Live</em></span> Title</h1>');
    expect(hasDescendant(el, (e) => e.attribs.class === 'kicker')).toBe(true);
    expect(hasDescendant(el, (e) => e.name === 'script')).toBe(false);
  });
});

describe('headline and byline text without cloning', () => {
  it('drops a nested kicker from the h1 and keeps the DOM untouched', () => {
    const html = page(
      '<title>Rivers rise in the north | Harbour Times</title>',
      '<h1><span class="article-kicker">Weather</span> Rivers rise in the north</h1>',
    );
    const $ = cheerio.load(html);
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
    expect($('h1').text()).toBe('Weather Rivers rise in the north');
  });

  it('splits a byline at <br> so the date is not part of the name', () => {
    const html = page('', '<div class="byline"><a>Ann Lee</a><br><span>14 March 2025</span></div>');
    expect(metadataOf(html).authors).toEqual(['Ann Lee']);
  });
});

describe('parseDateText pre-filter', () => {
  it('rejects text without a four-digit year before any pattern runs', () => {
    expect(parseDateText('14 March, updated at 12:31')).toBeNull();
    expect(parseDateText('14 March 2025')).toEqual({ year: 2025, month: 3, day: 14 });
  });
});

describe('textContent and firstDescendant', () => {
  it('gives the text cheerio .text() gives, script text included and comments left out', () => {
    const $ = cheerio.load('<p id="x">By <b>Ann</b><!-- c --><script>var a=1</script> Lee</p>');
    const el = $('#x').get(0) as Element;
    expect(textContent(el)).toBe($(el).text());
  });

  it('finds the first matching descendant in document order, not the element itself', () => {
    const el = elementOf(
      '<div id="x" itemprop="name"><span><i itemprop="name">Ann</i></span><b itemprop="name">Bo</b></div>',
    );
    expect(firstDescendant(el, (e) => e.attribs.itemprop === 'name')?.name).toBe('i');
    expect(firstDescendant(el, (e) => e.name === 'table')).toBeUndefined();
  });
});

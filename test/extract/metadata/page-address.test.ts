import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('the page address without --url', () => {
  it('takes the host from the canonical link to strip the site segment of the title', () => {
    const html = page(
      '<title>Rivers rise in the north - Harbour Community Forum</title>' +
        '<link rel="canonical" href="https://forum.harbour.example/t/42">',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('takes the host from og:url when there is no canonical link', () => {
    const html = page(
      '<title>Rivers rise in the north | HarbourTimes.example</title>' +
        '<meta property="og:url" content="https://www.harbourtimes.example/a">',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('takes the host from a feed link in the head as a last resort', () => {
    const html = page(
      '<title>No App Store over mobile data? | iPhone | Forum | Harbourtech.example</title>' +
        '<link rel="stylesheet" href="https://cdn.example/site.css">' +
        '<link rel="alternate" type="application/rss+xml" href="https://www.harbourtech.example/rss">',
    );
    expect(metadataOf(html).title).toBe('No App Store over mobile data?');
  });

  it('reads a date in the path of the canonical URL', () => {
    const html = page('<link rel="canonical" href="https://blog.example/2013/10/05/interview.html">');
    expect(metadataOf(html).publishedAt).toBe('2013-10-05');
  });

  it('makes a relative og:image absolute against the canonical link, else og:url', () => {
    const image = '<meta property="og:image" content="/img/river.jpg">';
    const canonical = page(`${image}<link rel="canonical" href="https://news.example/2025/river">`);
    expect(metadataOf(canonical).image).toBe('https://news.example/img/river.jpg');
    const ogUrl = page(
      `<meta property="og:image" content="//cdn.example/a.jpg"><meta property="og:url" content="https://news.example/a">`,
    );
    expect(metadataOf(ogUrl).image).toBe('https://cdn.example/a.jpg');
    expect(metadataOf(page(image)).image).toBeNull();
  });

  it('makes a relative JSON-LD image absolute against the canonical link', () => {
    const html = page(
      '<link rel="canonical" href="https://news.example/2025/river">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise","image":"river.jpg"}</script>',
    );
    expect(metadataOf(html).image).toBe('https://news.example/2025/river.jpg');
  });

  it('lets --url win over the canonical link', () => {
    const html = page('<link rel="canonical" href="https://blog.example/2013/10/05/interview.html">');
    expect(metadataOf(html, 'https://blog.example/2014/01/02/interview.html').publishedAt).toBe('2014-01-02');
  });

  it('ignores a relative canonical link it cannot resolve', () => {
    const html = page('<link rel="canonical" href="/2013/10/05/interview.html">');
    expect(metadataOf(html).publishedAt).toBeNull();
  });

  it('knows the outlet from a feed link, so its name is not taken for a person', () => {
    const html = page(
      '<meta name="author" content="H-MAG – Das Magazin"><link rel="alternate" href="http://www.h-mag.example/rss.xml">',
      '<h1>Rivers rise in the north</h1><p>Von Claudia Lindner</p><p>Text of the article.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['Claudia Lindner']);
  });
});

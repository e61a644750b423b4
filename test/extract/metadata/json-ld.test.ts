import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

const article = (extra = '') =>
  `{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rivers rise in the north",
    "datePublished": "2025-03-14T12:31:00+01:00", "dateModified": "2025-03-15T08:00:00+01:00"${extra}}`;

describe('JSON-LD', () => {
  it('reads headline, dates, authors, image, section and keywords from a NewsArticle', () => {
    const m = metadataOf(
      page(
        ldJson(
          article(`, "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Bo Chen"}],
          "image": {"@type": "ImageObject", "url": "/img/lead.jpg"}, "articleSection": "Weather",
          "keywords": ["floods", "rivers"], "publisher": {"@type": "Organization", "name": "Daily Planet"}`),
        ),
      ),
      'https://news.example/a/1',
    );
    expect(m.title).toBe('Rivers rise in the north');
    expect(m.authors).toEqual(['Ana Lima', 'Bo Chen']);
    expect(m.publishedAt).toBe('2025-03-14T12:31:00+01:00');
    expect(m.modifiedAt).toBe('2025-03-15T08:00:00+01:00');
    expect(m.image).toBe('https://news.example/img/lead.jpg');
    expect(m.section).toBe('Weather');
    expect(m.tags).toEqual(['floods', 'rivers']);
    expect(m.siteName).toBe('Daily Planet');
  });

  it('decodes HTML entities in every string it reads, once (the script text is never HTML-decoded)', () => {
    const json = `{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Ben &amp; Jerry&#8217;s Gazette"},
      {"@type": "NewsArticle", "headline": "Caf&eacute; owners say &#8222;no&#8220; &amp;amp; more",
       "author": ["Jos&eacute; M&uuml;ller", {"@type": "Person", "name": "Zo&euml; O&#39;Neil"}],
       "description": "Prices rise &gt; 5&#x25;", "articleSection": "Food &amp; Drink",
       "keywords": "caf&eacute;s, r&ocirc;ti", "image": "/i.jpg?w=1&amp;h=2", "datePublished": "2024-11-02"}]}`;
    const m = metadataOf(page(ldJson(json)), 'https://news.example/a');
    expect(m.title).toBe('Café owners say „no“ &amp; more');
    expect(m.authors).toEqual(['José Müller', "Zoë O'Neil"]);
    expect(m.siteName).toBe('Ben & Jerry’s Gazette');
    expect(m.description).toBe('Prices rise > 5%');
    expect(m.section).toBe('Food & Drink');
    expect(m.tags).toEqual(['cafés', 'rôti']);
    expect(m.image).toBe('https://news.example/i.jpg?w=1&h=2');
  });

  it('finds the article inside @graph and follows @id references to its author', () => {
    const graph = `{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "#site", "name": "Harbour Times"},
      {"@type": "Person", "@id": "#p1", "name": "Maria Keller"},
      {"@type": ["BlogPosting"], "headline": "A graph article", "author": {"@id": "#p1"},
       "datePublished": "2024-11-02", "keywords": "ports, shipping"}]}`;
    const m = metadataOf(page(ldJson(graph)));
    expect(m.title).toBe('A graph article');
    expect(m.authors).toEqual(['Maria Keller']);
    expect(m.publishedAt).toBe('2024-11-02');
    expect(m.siteName).toBe('Harbour Times');
    expect(m.tags).toEqual(['ports', 'shipping']);
  });

  it('reads an array of top-level objects and ReportageNewsArticle', () => {
    const json = `[{"@type": "BreadcrumbList"}, {"@type": "ReportageNewsArticle", "headline": "On the ground",
      "datePublished": "2023-05-01T09:00:00Z", "author": "Li Wei"}]`;
    const m = metadataOf(page(ldJson(json)));
    expect(m.title).toBe('On the ground');
    expect(m.publishedAt).toBe('2023-05-01T09:00:00Z');
    expect(m.authors).toEqual(['Li Wei']);
  });

  it('repairs broken JSON: trailing commas, raw newlines, a comment wrapper', () => {
    const broken = `<!--{"@type": "Article", "headline": "Broken but
      readable", "datePublished": "2022-02-02T10:00:00+02:00", "author": {"name": "Jo Park",},}-->`;
    const m = metadataOf(page(ldJson(broken)));
    expect(m.title).toBe('Broken but readable');
    expect(m.publishedAt).toBe('2022-02-02T10:00:00+02:00');
    expect(m.authors).toEqual(['Jo Park']);
  });

  it('falls back to other sources when the JSON-LD cannot be repaired', () => {
    const html = page(
      `${ldJson('{"@type": "NewsArticle", "headline": "Lost" "datePublished":')}
       <meta property="og:title" content="From OpenGraph">
       <meta property="article:published_time" content="2021-07-07T07:07:07Z">
       <meta name="author" content="Sam Reed">`,
    );
    const m = metadataOf(html);
    expect(m.title).toBe('From OpenGraph');
    expect(m.publishedAt).toBe('2021-07-07T07:07:07Z');
    expect(m.authors).toEqual(['Sam Reed']);
  });

  it('uses an Organization author only when no person is named anywhere', () => {
    const orgOnly = ldJson(article(', "author": {"@type": "Organization", "name": "Newsroom Desk"}'));
    expect(metadataOf(page(orgOnly)).authors).toEqual(['Newsroom Desk']);
    const withByline = page(orgOnly, '<p class="byline">By Petra Novak</p>');
    expect(metadataOf(withByline).authors).toEqual(['Petra Novak']);
  });

  it('skips a future datePublished and takes the next trusted source', () => {
    const html = page(
      `${ldJson('{"@type": "NewsArticle", "headline": "x", "datePublished": "2031-01-01T00:00:00Z"}')}
       <meta property="article:published_time" content="2025-01-02T03:04:05-05:00">`,
    );
    expect(metadataOf(html).publishedAt).toBe('2025-01-02T03:04:05-05:00');
  });
});

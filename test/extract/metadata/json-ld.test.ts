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

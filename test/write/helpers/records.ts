/** Hand-made records for writer tests. */
import type { ArticleRecord, ErrorRecord } from '../../../src/write/schema.js';

export function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schemaVersion: 1,
    url: 'https://example.com/news/a',
    source: 'https://example.com/news/a',
    canonicalUrl: null,
    title: 'A title',
    authors: ['Ann Author'],
    publishedAt: '2024-05-01T10:00:00+03:00',
    modifiedAt: null,
    language: 'en',
    siteName: 'Example News',
    description: null,
    image: null,
    section: null,
    tags: ['politics'],
    text: 'First paragraph.\n\nSecond paragraph.',
    wordCount: 4,
    fetchedAt: null,
    status: null,
    markdown: '# A title\n\nFirst paragraph.\n\nSecond paragraph.\n',
    html: '<article>\n<h1>A title</h1>\n<p>First paragraph.</p>\n<p>Second paragraph.</p>\n</article>\n',
    ...overrides,
  };
}

export function failure(source = 'https://example.com/missing'): ErrorRecord {
  return {
    schemaVersion: 1,
    url: source,
    source,
    error: { code: 'http_status', message: 'HTTP 404', status: 404 },
    fetchedAt: null,
  };
}

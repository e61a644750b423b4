/** One article record as a standalone document in a document format (markdown, text or html). */
import { NewscleanError } from '../../errors.js';
import { type ArticleRecord, ArticleRecordSchema } from '../schema.js';
import { frontMatter } from './front-matter.js';
import { htmlDocument } from './html-document.js';
import { textDocument } from './text.js';

export type DocumentFormat = 'markdown' | 'text' | 'html';

function field(record: ArticleRecord, name: 'markdown' | 'html'): string {
  const value = record[name];
  if (value === undefined) {
    // A programming error, not bad input: the caller did not extend include with includesFor().
    throw new NewscleanError(
      'internal',
      `the record has no ${name} field: extract it with include ['${name}']`,
    );
  }
  return value;
}

/**
 * The document for one article record. The record is validated against the schema first, as in
 * the JSON formats: a violation is a bug and is never written silently.
 */
export function formatDocument(record: ArticleRecord, format: DocumentFormat): string {
  ArticleRecordSchema.parse(record);
  if (format === 'markdown') return `${frontMatter(record)}\n${field(record, 'markdown')}`;
  if (format === 'html') return htmlDocument(record, field(record, 'html'));
  return textDocument(record);
}

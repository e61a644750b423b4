/** The text format: the title, a blank line, then the body (the record's `text`). */
import type { ArticleRecord } from '../schema.js';

export function textDocument(record: ArticleRecord): string {
  const parts = [record.title?.trim(), record.text.trim()].filter((p): p is string => Boolean(p));
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

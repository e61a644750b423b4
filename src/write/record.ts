/** Build output records (article or error) from an extraction or a failure. */
import { toNewscleanError } from '../errors.js';
import { countWords } from '../extract/text.js';
import type { Extraction } from '../extract/types.js';
import type { Includable } from '../options.js';
import { blocksToHtml } from './formats/html.js';
import { blocksToMarkdown } from './formats/markdown.js';
import { type ArticleRecord, type ErrorRecord, SCHEMA_VERSION } from './schema.js';

export interface RecordContext {
  /** What the user gave: the input URL verbatim, or a file path ("-" for stdin). */
  source: string;
  /** Final URL after redirects, or --url; null when unknown. */
  url: string | null;
  fetchedAt: string | null;
  status: number | null;
  include: readonly Includable[];
  explain: boolean;
}

export function toArticleRecord(extraction: Extraction, ctx: RecordContext): ArticleRecord {
  const { metadata: m, text } = extraction;
  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    url: ctx.url,
    source: ctx.source,
    canonicalUrl: m.canonicalUrl,
    title: m.title,
    authors: m.authors,
    publishedAt: m.publishedAt,
    modifiedAt: m.modifiedAt,
    language: m.language,
    siteName: m.siteName,
    description: m.description,
    image: m.image,
    section: m.section,
    tags: m.tags,
    text,
    wordCount: countWords(text),
    fetchedAt: ctx.fetchedAt,
    status: ctx.status,
  };
  // Links the extractor left relative resolve against the page URL, else the canonical URL.
  const render = { baseUrl: ctx.url ?? m.canonicalUrl };
  if (ctx.include.includes('markdown')) record.markdown = blocksToMarkdown(extraction.blocks, m, render);
  if (ctx.include.includes('html')) record.html = blocksToHtml(extraction.blocks, m, render);
  if (ctx.explain) record.removed = extraction.removed;
  return record;
}

export function toErrorRecord(
  err: unknown,
  ctx: { source: string; url: string | null; fetchedAt?: string | null },
): ErrorRecord {
  const e = toNewscleanError(err);
  const error: ErrorRecord['error'] = { code: e.code, message: e.message };
  if (e.details.status !== undefined) error.status = e.details.status;
  return {
    schemaVersion: SCHEMA_VERSION,
    url: ctx.url,
    source: ctx.source,
    error,
    fetchedAt: ctx.fetchedAt ?? null,
  };
}

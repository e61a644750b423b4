/**
 * The record contract. Every line newsclean writes is validated against these schemas, and
 * `newsclean schema` prints their JSON Schema (generated with zod's `z.toJSONSchema`, never by hand).
 * Bump SCHEMA_VERSION on any breaking change to a field's meaning or type.
 */
import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { REMOVAL_CATEGORIES } from '../extract/types.js';

export const SCHEMA_VERSION = 1 as const;

const nullableString = z.string().nullable();

export const RemovedBlockSchema = z.object({
  category: z.enum(REMOVAL_CATEGORIES),
  rule: z.string().describe('The rule that removed the block, e.g. "class-word:share" or "phrase:donation".'),
  text: z.string().describe('The first words of the removed text.'),
});

export const ArticleRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    url: nullableString.describe('Final URL after redirects (or --url for parse); null when unknown.'),
    source: z
      .string()
      .describe('What the user gave: the input URL verbatim, or the file path ("-" for stdin).'),
    canonicalUrl: nullableString.describe('<link rel=canonical> or og:url, absolute.'),
    title: nullableString.describe('The headline, without the site-name suffix of <title>.'),
    authors: z.array(z.string()).describe("People's names; an organisation only when no person is named."),
    publishedAt: nullableString.describe('ISO 8601, with the page’s UTC offset where it gives one.'),
    modifiedAt: nullableString.describe('ISO 8601, with the page’s UTC offset where it gives one.'),
    language: nullableString.describe('BCP 47 tag, e.g. "en" or "pt-BR".'),
    siteName: nullableString,
    description: nullableString,
    image: nullableString.describe('Lead image URL, absolute.'),
    section: nullableString,
    tags: z.array(z.string()).describe('Topic tags and hashtags (without "#"), de-duplicated.'),
    text: z.string().describe('The article body as plain text; paragraphs separated by a blank line.'),
    wordCount: z.number().int().nonnegative(),
    fetchedAt: nullableString.describe('ISO 8601 time of the fetch; null for parse.'),
    status: z.number().int().nullable().describe('HTTP status of the final response; null for parse.'),
    markdown: z.string().optional().describe('The article as Markdown, with --include markdown.'),
    html: z.string().optional().describe('The cleaned, sanitised article HTML, with --include html.'),
    removed: z
      .array(RemovedBlockSchema)
      .optional()
      .describe('Blocks removed as boilerplate, with --explain.'),
  })
  .strict();

export const ErrorRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    url: nullableString.describe('The input URL verbatim (null for a file that failed in parse).'),
    source: z.string(),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      status: z.number().int().optional().describe('HTTP status, when a response arrived.'),
    }),
    fetchedAt: nullableString,
  })
  .strict();

export const RecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}

/** JSON Schema (draft 2020-12) of one output line. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' });
}

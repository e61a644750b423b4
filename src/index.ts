/**
 * The library API: the same core the CLI runs, without process-level side effects (no
 * process.exit, no stdout or stderr writes, no signal handlers).
 *
 * ```ts
 * import { extract, scrape, batch } from 'newsclean';
 * const article = extract(html, { url: 'https://example.com/news/a' });
 * const fetched = await scrape('https://example.com/news/a', { extract: { include: ['markdown'] } });
 * for await (const record of batch(urls)) if (!('error' in record)) console.log(record.title);
 * ```
 */
import { runBatch } from './batch/run-batch.js';
import { toNewscleanError } from './errors.js';
import { extractFromHtml } from './extract/index.js';
import { createFetcher } from './fetch/index.js';
import { type Includable, normalizeOptions, type OptionsInput } from './options.js';
import { toArticleRecord } from './write/record.js';
import { type ArticleRecord, ArticleRecordSchema, type OutputRecord } from './write/schema.js';

export {
  ERROR_CODES,
  type ErrorCode,
  ExtractError,
  FetchError,
  InputError,
  NewscleanError,
} from './errors.js';
export type { Block, Inline, Metadata } from './extract/types.js';
export { FORMATS, type Format, INCLUDABLE, type Includable } from './options.js';
export { VERSION } from './version.js';
export { recordFileName } from './write/file-name.js';
export { createRecordWriter, formatRecord, type RecordWriter, type TextSink } from './write/format.js';
export {
  ArticleRecordSchema,
  ErrorRecordSchema,
  isErrorRecord,
  RecordSchema,
  recordJsonSchema,
  SCHEMA_VERSION,
} from './write/schema.js';

/** An extracted article: one output record (see `newsclean schema`). */
export type Article = ArticleRecord;
export type { ErrorRecord } from './write/schema.js';
/** What `batch` yields: an article, or an error record naming the URL and a typed error code. */
export type BatchRecord = OutputRecord;
/** Options for scrape and batch, every field optional (defaults as in the CLI). */
export type Options = OptionsInput;

export interface ExtractApiOptions {
  /** The page's address: resolves relative links and fills `url`. */
  url?: string | null;
  /** Record the input as `source` (defaults to `url`, else ""). */
  source?: string;
  /** Also render the article as Markdown and/or sanitised HTML (`markdown`, `html` fields). */
  include?: Includable[];
  /** Add the removed boilerplate blocks as `removed`. */
  explain?: boolean;
}

/**
 * Extract the article from an HTML string. Pure and synchronous. Throws a `NewscleanError` (with a
 * stable `code`) when no article can be made of the page.
 */
export function extract(html: string, options: ExtractApiOptions = {}): Article {
  const url = options.url ?? null;
  const { extract: opts } = normalizeOptions({
    extract: { include: options.include ?? [], explain: options.explain ?? false },
  });
  try {
    const extraction = extractFromHtml(html, { url, explain: opts.explain });
    const record = toArticleRecord(extraction, {
      source: options.source ?? url ?? '',
      url,
      fetchedAt: null,
      status: null,
      include: opts.include,
      explain: opts.explain,
    });
    return ArticleRecordSchema.parse(record);
  } catch (err) {
    throw toNewscleanError(err);
  }
}

export interface RunOptions {
  /** Abort the fetch (scrape), or stop starting new URLs (batch). */
  signal?: AbortSignal;
}

/**
 * Fetch one URL and extract its article. Rejects with a `FetchError` or `NewscleanError` whose
 * `code` says what failed (`http_status`, `timeout`, `not_html`, …). The fetcher is closed after.
 */
export async function scrape(url: string, options: Options & RunOptions = {}): Promise<Article> {
  const { signal, ...rest } = options;
  const opts = normalizeOptions(rest);
  const fetcher = createFetcher(opts.fetch);
  try {
    const page = await fetcher.fetch(url, signal);
    const extraction = extractFromHtml(page.html, { url: page.finalUrl, explain: opts.extract.explain });
    const record = toArticleRecord(extraction, {
      source: url,
      url: page.finalUrl,
      fetchedAt: page.fetchedAt,
      status: page.status,
      include: opts.extract.include,
      explain: opts.extract.explain,
    });
    return ArticleRecordSchema.parse(record);
  } catch (err) {
    throw toNewscleanError(err);
  } finally {
    await fetcher.close();
  }
}

/**
 * Fetch and extract many URLs concurrently (the CLI's batch runner). Yields exactly one record per
 * distinct URL, in completion order: an article, or an error record (never a thrown error for one
 * bad URL). Blank lines and `#` comments are skipped. Breaking out of the loop stops the run.
 */
export async function* batch(
  urls: Iterable<string> | AsyncIterable<string>,
  options: Options & RunOptions = {},
): AsyncGenerator<BatchRecord, void, undefined> {
  const { signal, ...rest } = options;
  yield* runBatch(urls, normalizeOptions(rest), signal ? { signal } : {});
}

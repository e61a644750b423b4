/**
 * The per-page pipeline shared by the CLI commands, the batch runner (and its workers) and the
 * library API: fetched page → extraction → validated-shape record. Never throws: failures become
 * error records so one bad page cannot stop a run.
 */
import { extractFromHtml, type HtmlInput } from './extract/index.js';
import type { FetchedPage, Fetcher } from './fetch/types.js';
import type { Options } from './options.js';
import { toArticleRecord, toErrorRecord } from './write/record.js';
import type { OutputRecord } from './write/schema.js';

export type RecordOptions = Pick<Options, 'extract'>;

/** A fetched page whose HTML may also be in pieces (the batch worker decodes it so). */
export type PageInput = Omit<FetchedPage, 'html'> & { html: HtmlInput };

/** Extract a fetched page into a record. Pure and worker-safe (no I/O). */
export function pageToRecord(page: PageInput, options: RecordOptions): OutputRecord {
  try {
    const extraction = extractFromHtml(page.html, { url: page.finalUrl, explain: options.extract.explain });
    return toArticleRecord(extraction, {
      source: page.inputUrl,
      url: page.finalUrl,
      fetchedAt: page.fetchedAt,
      status: page.status,
      include: options.extract.include,
      explain: options.extract.explain,
    });
  } catch (err) {
    return toErrorRecord(err, { source: page.inputUrl, url: page.inputUrl, fetchedAt: page.fetchedAt });
  }
}

/** Extract HTML from disk or stdin into a record; `source` is the path ("-" for stdin). */
export function htmlToRecord(
  html: HtmlInput,
  source: string,
  url: string | null,
  options: RecordOptions,
): OutputRecord {
  try {
    const extraction = extractFromHtml(html, { url, explain: options.extract.explain });
    return toArticleRecord(extraction, {
      source,
      url,
      fetchedAt: null,
      status: null,
      include: options.extract.include,
      explain: options.extract.explain,
    });
  } catch (err) {
    return toErrorRecord(err, { source, url });
  }
}

/** Fetch then extract one URL. */
export async function scrapeToRecord(
  fetcher: Fetcher,
  url: string,
  options: RecordOptions,
  signal?: AbortSignal,
): Promise<OutputRecord> {
  let page: FetchedPage;
  try {
    page = await fetcher.fetch(url, signal);
  } catch (err) {
    return toErrorRecord(err, { source: url, url, fetchedAt: null });
  }
  return pageToRecord(page, options);
}

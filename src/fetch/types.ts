/** What the fetch stage hands to extraction. */
export interface FetchedPage {
  /** The URL as the caller gave it. */
  inputUrl: string;
  /** The URL of the final response, after redirects. */
  finalUrl: string;
  status: number;
  /** Response headers, lower-cased names. */
  headers: Record<string, string>;
  /** Decoded HTML (charset from header, BOM or <meta>, per the HTML standard). */
  html: string;
  /** The encoding the bytes were decoded with, e.g. "windows-1251". */
  encoding: string;
  /** ISO 8601 time the response arrived. */
  fetchedAt: string;
  /** Every URL visited before finalUrl, in order. */
  redirects: string[];
}

/**
 * A fetched page before decoding: the same metadata as FetchedPage, the body as received (after
 * Content-Encoding, before charset decoding). Decode with decodeHtml(body, headers['content-type']).
 */
export interface FetchedBody extends Omit<FetchedPage, 'html' | 'encoding'> {
  body: Buffer;
}

/** A fetcher holds connection pools, robots caches and per-host queues for one run. */
export interface Fetcher {
  /** Fetch one page; rejects with a FetchError (typed `code`) on any failure. */
  fetch(url: string, signal?: AbortSignal): Promise<FetchedPage>;
  /**
   * Fetch one page without decoding it, for callers that decode elsewhere (the batch decodes in its
   * extraction workers); same failures as fetch(), bar a decode failure.
   */
  fetchBody(url: string, signal?: AbortSignal): Promise<FetchedBody>;
  /** Close pools; pending requests are aborted. */
  close(): Promise<void>;
}

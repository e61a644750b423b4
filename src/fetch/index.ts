/**
 * The fetch stage: URL → FetchedPage, or a FetchError with a stable code. See fetcher.ts for the
 * shape of a fetch and client.ts for why behaviours are small functions around one undici pool.
 */
export { createFetcher } from './fetcher.js';
export type { FetchedBody, FetchedPage, Fetcher } from './types.js';

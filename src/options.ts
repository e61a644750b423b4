/**
 * One options object for the whole pipeline, with every default in one place. The CLI turns argv
 * (and the proxy environment variables) into a partial of this and calls `normalizeOptions` once;
 * stages never read argv, globals or the environment themselves.
 */
import { z } from 'zod';
import { VERSION } from './version.js';

export const DEFAULT_USER_AGENT = `newsclean/${VERSION} (+https://github.com/newsclean/newsclean)`;

export const FORMATS = ['ndjson', 'json', 'markdown', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const INCLUDABLE = ['markdown', 'html'] as const;
export type Includable = (typeof INCLUDABLE)[number];

const ms = z.number().int().nonnegative();

export const FetchOptionsSchema = z.object({
  userAgent: z.string().min(1).default(DEFAULT_USER_AGENT),
  /** Milliseconds to open the TCP/TLS connection. */
  connectTimeout: ms.default(10_000),
  /** Milliseconds from request sent to response headers received. */
  headersTimeout: ms.default(15_000),
  /** Milliseconds for the whole body; a server that drips bytes forever is cut off here. */
  bodyTimeout: ms.default(30_000),
  maxRedirects: z.number().int().min(0).default(10),
  /** Cap on the decompressed body, in bytes. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Retries after the first try, for connection errors, timeouts, 429 and 5xx. */
  retries: z.number().int().min(0).default(2),
  /** Base delay of the exponential backoff, in milliseconds. */
  retryBaseDelay: ms.default(500),
  /** Upper bound on any single wait between tries, including Retry-After. */
  retryMaxDelay: ms.default(30_000),
  respectRobots: z.boolean().default(true),
  /** Requests in flight to one host at once. */
  perHostConcurrency: z.number().int().positive().default(2),
  /** Minimum milliseconds between the starts of two requests to one host (Crawl-delay may raise it). */
  perHostDelay: ms.default(0),
  /** Proxy settings, taken from HTTP_PROXY / HTTPS_PROXY / NO_PROXY at the CLI edge. */
  proxy: z
    .object({
      http: z.string().nullable().default(null),
      https: z.string().nullable().default(null),
      noProxy: z.string().nullable().default(null),
    })
    .default({ http: null, https: null, noProxy: null }),
});
export type FetchOptions = z.infer<typeof FetchOptionsSchema>;

export const ExtractOptionsSchema = z.object({
  explain: z.boolean().default(false),
  include: z.array(z.enum(INCLUDABLE)).default([]),
});

export const OutputOptionsSchema = z.object({
  format: z.enum(FORMATS).default('ndjson'),
  pretty: z.boolean().default(false),
  /** Write records here instead of stdout (batch resumes from it). */
  outFile: z.string().nullable().default(null),
  /** One file per article (markdown/text/html formats in batch). */
  outDir: z.string().nullable().default(null),
});

export const BatchOptionsSchema = z.object({
  /**
   * Pages being fetched at once, across all hosts (a page waiting to retry holds its place). 32, not
   * 16: with 20–140 ms of latency and 2% of pages waiting out retries, 16 kept a 2-core batch at
   * 1.4 cores (150 pages/s); 32 keeps both busy (205 pages/s). Per-host limits are separate.
   */
  concurrency: z.number().int().positive().default(32),
  /** Extraction worker threads; 0 means extract on the main thread. null = one per core. */
  workers: z.number().int().min(0).nullable().default(null),
  progress: z.boolean().default(false),
});

export const OptionsSchema = z.object({
  fetch: FetchOptionsSchema.default(FetchOptionsSchema.parse({})),
  extract: ExtractOptionsSchema.default(ExtractOptionsSchema.parse({})),
  output: OutputOptionsSchema.default(OutputOptionsSchema.parse({})),
  batch: BatchOptionsSchema.default(BatchOptionsSchema.parse({})),
});
export type Options = z.infer<typeof OptionsSchema>;
export type OptionsInput = z.input<typeof OptionsSchema>;

/** Fill defaults and validate; throws a ZodError on a bad value (the CLI maps it to exit code 2). */
export function normalizeOptions(input: OptionsInput = {}): Options {
  return OptionsSchema.parse(input);
}

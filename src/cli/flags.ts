/**
 * Flags shared by commands, and the one function that turns parsed flags (plus the proxy
 * environment) into the pipeline's Options. Keep this file light: it is loaded at start-up.
 */
import { type Command, Option } from 'commander';
import { InputError } from '../errors.js';
import type { Format, Includable, OptionsInput } from '../options.js';

export interface OutputFlags {
  pretty?: boolean;
  explain?: boolean;
  format?: Format;
  include?: string;
}

export interface FetchFlags {
  userAgent?: string;
  timeout?: string;
  retries?: string;
  maxBytes?: string;
  maxRedirects?: string;
  ignoreRobots?: boolean;
  connectTimeout?: string;
  retryDelay?: string;
  retryMaxDelay?: string;
  perHost?: string;
  delay?: string;
}

export function addOutputFlags(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['ndjson', 'json', 'markdown', 'text', 'html'])
        .default('ndjson'),
    )
    .option('--pretty', 'indent JSON output')
    .option('--include <fields>', 'extra record fields, comma-separated: markdown,html')
    .option('--explain', 'add the removed boilerplate blocks (category, rule, first words) to each record');
}

export function addFetchFlags(cmd: Command): Command {
  return cmd
    .option('--user-agent <ua>', 'User-Agent header (default names newsclean and a contact URL)')
    .option(
      '--timeout <ms>',
      'ms to wait for response headers, and again for the whole body (default 15000 / 30000)',
    )
    .option('--connect-timeout <ms>', 'ms to open a connection (default 10000, or --timeout if lower)')
    .option('--retries <n>', 'retries for connection errors, timeouts, 429 and 5xx (default 2)')
    .option('--retry-delay <ms>', 'base of the exponential backoff between retries (default 500)')
    .option('--retry-max-delay <ms>', 'longest wait between retries, Retry-After included (default 30000)')
    .option('--max-bytes <n>', 'cap on the decompressed body size in bytes (default 10 MB)')
    .option('--max-redirects <n>', 'redirects to follow before giving up (default 10)')
    .option('--per-host <n>', 'requests in flight to one host at once (default 2)')
    .option(
      '--delay <ms>',
      'least ms between request starts to one host (default 0; Crawl-delay may raise it)',
    )
    .option('--ignore-robots', 'do not fetch or honour robots.txt');
}

function int(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < min)
    throw new InputError('usage', `${name} must be a whole number >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

function parseInclude(value: string | undefined): Includable[] {
  if (!value) return [];
  const out: Includable[] = [];
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (part !== 'markdown' && part !== 'html')
      throw new InputError('usage', `--include takes markdown,html; got ${part}`);
    out.push(part);
  }
  return out;
}

type NumericFetchOption =
  | 'connectTimeout'
  | 'retries'
  | 'retryBaseDelay'
  | 'retryMaxDelay'
  | 'maxBytes'
  | 'maxRedirects'
  | 'perHostConcurrency'
  | 'perHostDelay';

/** argv flags + environment → OptionsInput (normalised later, once, by normalizeOptions). */
export function optionsFromFlags(flags: OutputFlags & FetchFlags, env: NodeJS.ProcessEnv): OptionsInput {
  const timeout = int(flags.timeout, '--timeout');
  const fetch: NonNullable<OptionsInput['fetch']> = {
    proxy: {
      http: env.HTTP_PROXY ?? env.http_proxy ?? null,
      https: env.HTTPS_PROXY ?? env.https_proxy ?? null,
      noProxy: env.NO_PROXY ?? env.no_proxy ?? null,
    },
  };
  if (flags.userAgent) fetch.userAgent = flags.userAgent;
  if (timeout !== undefined) {
    fetch.bodyTimeout = timeout;
    fetch.headersTimeout = timeout;
    fetch.connectTimeout = Math.min(timeout, 10_000);
  }
  const numeric: [keyof FetchFlags, string, NumericFetchOption, number][] = [
    ['connectTimeout', '--connect-timeout', 'connectTimeout', 0],
    ['retries', '--retries', 'retries', 0],
    ['retryDelay', '--retry-delay', 'retryBaseDelay', 0],
    ['retryMaxDelay', '--retry-max-delay', 'retryMaxDelay', 0],
    ['maxBytes', '--max-bytes', 'maxBytes', 1],
    ['maxRedirects', '--max-redirects', 'maxRedirects', 0],
    ['perHost', '--per-host', 'perHostConcurrency', 1],
    ['delay', '--delay', 'perHostDelay', 0],
  ];
  for (const [flag, name, key, min] of numeric) {
    const n = int(flags[flag] as string | undefined, name, min);
    if (n !== undefined) fetch[key] = n;
  }
  if (flags.ignoreRobots) fetch.respectRobots = false;
  return {
    fetch,
    extract: { explain: flags.explain ?? false, include: parseInclude(flags.include) },
    output: { format: flags.format ?? 'ndjson', pretty: flags.pretty ?? false },
  };
}

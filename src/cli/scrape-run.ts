/**
 * The work behind `newsclean scrape <url...>`: fetch and extract each URL with one shared fetcher
 * (so robots.txt, per-host limits and pooled connections apply across the list). A few pages are
 * fetched at once, but records are printed in input order. A failed URL prints its error record on
 * stdout and a one-line message on stderr; the exit code is 1 if any failed.
 */
import { createFetcher } from '../fetch/index.js';
import { normalizeOptions } from '../options.js';
import { scrapeToRecord } from '../pipeline.js';
import { createRecordWriter, includesFor } from '../write/format.js';
import type { OutputRecord } from '../write/schema.js';
import { isErrorRecord } from '../write/schema.js';
import { type FetchFlags, type OutputFlags, optionsFromFlags } from './flags.js';
import { runCommand } from './run.js';

/** Pages fetched ahead of the one being printed (the fetcher's per-host cap still applies). */
const LOOKAHEAD = 4;

export function runScrape(urls: string[], flags: OutputFlags & FetchFlags): Promise<number> {
  return runCommand(async () => {
    const options = normalizeOptions(optionsFromFlags(flags, process.env));
    const include = includesFor(options.output.format, options.extract.include);
    const recordOptions = { extract: { ...options.extract, include } };
    const fetcher = createFetcher(options.fetch);
    const stop = new AbortController();
    // A closed stdout (`| head -1`) ends the run quietly instead of an EPIPE stack trace. The
    // listener stays: a late EPIPE after the run must not become an unhandled 'error' event.
    process.stdout.on('error', () => stop.abort());
    // One writer for the whole run: json prints an array for several URLs, documents get separators.
    const writer = createRecordWriter(options.output.format, process.stdout, {
      pretty: options.output.pretty,
    });
    const pending: Promise<OutputRecord>[] = [];
    const start = (i: number) => {
      const url = urls[i];
      if (url !== undefined && pending[i] === undefined)
        pending[i] = scrapeToRecord(fetcher, url, recordOptions, stop.signal);
    };
    let ok = 0;
    let failed = 0;
    try {
      for (let i = 0; i < urls.length && !stop.signal.aborted; i++) {
        for (let j = i; j < Math.min(urls.length, i + LOOKAHEAD); j++) start(j);
        const record = await pending[i]!;
        if (stop.signal.aborted) break;
        if (isErrorRecord(record)) {
          failed++;
          process.stderr.write(`newsclean: ${urls[i]}: ${record.error.code}: ${record.error.message}\n`);
        } else ok++;
        await writer.write(record);
      }
      if (!stop.signal.aborted) await writer.end();
    } finally {
      stop.abort();
      await fetcher.close();
      await Promise.allSettled(pending);
    }
    return { ok, failed };
  });
}

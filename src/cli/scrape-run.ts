/** The work behind `newsclean scrape` (placeholder: sequential, one fetcher). */
import { createFetcher } from '../fetch/index.js';
import { normalizeOptions } from '../options.js';
import { scrapeToRecord } from '../pipeline.js';
import { formatRecord, requiredIncludes } from '../write/format.js';
import { isErrorRecord } from '../write/schema.js';
import { type FetchFlags, type OutputFlags, optionsFromFlags } from './flags.js';
import { runCommand } from './run.js';

export function runScrape(urls: string[], flags: OutputFlags & FetchFlags): Promise<number> {
  return runCommand(async () => {
    const options = normalizeOptions(optionsFromFlags(flags, process.env));
    const include = [...new Set([...options.extract.include, ...requiredIncludes(options.output.format)])];
    const fetcher = createFetcher(options.fetch);
    let ok = 0;
    let failed = 0;
    try {
      for (const url of urls) {
        const record = await scrapeToRecord(fetcher, url, { extract: { ...options.extract, include } });
        if (isErrorRecord(record)) {
          failed++;
          process.stderr.write(`newsclean: ${url}: ${record.error.code}: ${record.error.message}\n`);
        } else ok++;
        process.stdout.write(formatRecord(record, options.output.format, options.output.pretty));
      }
    } finally {
      await fetcher.close();
    }
    return { ok, failed };
  });
}

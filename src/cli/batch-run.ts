/** The work behind `newsclean batch` (placeholder: sequential; the real runner replaces it). */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { createFetcher } from '../fetch/index.js';
import { normalizeOptions } from '../options.js';
import { scrapeToRecord } from '../pipeline.js';
import { formatRecord } from '../write/format.js';
import { isErrorRecord } from '../write/schema.js';
import type { BatchFlags } from './batch.js';
import { optionsFromFlags } from './flags.js';
import { runCommand } from './run.js';

export function runBatch(file: string, flags: BatchFlags): Promise<number> {
  return runCommand(async () => {
    const options = normalizeOptions(optionsFromFlags(flags, process.env));
    let list: string;
    try {
      list =
        file === '-'
          ? await new Response(process.stdin as unknown as ReadableStream).text()
          : await readFile(file, 'utf8');
    } catch (err) {
      throw new InputError('input', `cannot read ${file}: ${(err as Error).message}`);
    }
    const urls = list
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    if (urls.length === 0) throw new InputError('input', `no URLs in ${file}`);
    const fetcher = createFetcher(options.fetch);
    let ok = 0;
    let failed = 0;
    try {
      for (const url of urls) {
        const record = await scrapeToRecord(fetcher, url, options);
        if (isErrorRecord(record)) failed++;
        else ok++;
        process.stdout.write(formatRecord(record, options.output.format, options.output.pretty));
      }
    } finally {
      await fetcher.close();
    }
    return { ok, failed };
  });
}

/** `newsclean parse <files...|->`: extract articles from HTML on disk or stdin. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { extractFromHtml } from '../extract/index.js';
import { toArticleRecord, toErrorRecord } from '../write/record.js';
import { serializeRecord } from '../write/serialize.js';
import { runCommand } from './run.js';

interface ParseFlags {
  url?: string;
  pretty?: boolean;
  explain?: boolean;
}

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(path, 'utf8');
}

export function parseCommand(files: string[], flags: ParseFlags): Promise<number> {
  return runCommand(async () => {
    let ok = 0;
    let failed = 0;
    for (const file of files) {
      let html: string;
      try {
        html = await readInput(file);
      } catch (err) {
        throw new InputError('input', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
      }
      const url = flags.url ?? null;
      try {
        const extraction = extractFromHtml(html, { url, explain: flags.explain ?? false });
        const record = toArticleRecord(extraction, {
          source: file,
          url,
          fetchedAt: null,
          status: null,
          include: [],
          explain: flags.explain ?? false,
        });
        process.stdout.write(serializeRecord(record, flags.pretty));
        ok++;
      } catch (err) {
        process.stdout.write(serializeRecord(toErrorRecord(err, { source: file, url })));
        failed++;
      }
    }
    return { ok, failed };
  });
}

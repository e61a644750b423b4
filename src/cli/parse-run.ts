/** The work behind `newsclean parse` (loaded only when the command runs). */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { normalizeOptions } from '../options.js';
import { htmlToRecord } from '../pipeline.js';
import { formatRecord, requiredIncludes } from '../write/format.js';
import { isErrorRecord } from '../write/schema.js';
import { type OutputFlags, optionsFromFlags } from './flags.js';
import { runCommand } from './run.js';

async function readInput(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(path);
}

export function runParse(files: string[], flags: OutputFlags & { url?: string }): Promise<number> {
  return runCommand(async () => {
    const options = normalizeOptions(optionsFromFlags(flags, {}));
    const include = [...new Set([...options.extract.include, ...requiredIncludes(options.output.format)])];
    const recordOptions = { extract: { ...options.extract, include } };
    let ok = 0;
    let failed = 0;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readInput(file);
      } catch (err) {
        throw new InputError('input', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
      }
      const record = htmlToRecord(bytes.toString('utf8'), file, flags.url ?? null, recordOptions);
      process.stdout.write(formatRecord(record, options.output.format, options.output.pretty));
      if (isErrorRecord(record)) failed++;
      else ok++;
    }
    return { ok, failed };
  });
}

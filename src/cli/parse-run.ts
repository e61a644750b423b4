/**
 * The work behind `newsclean parse` (loaded only when the command runs). Every input yields one
 * record: an article, or an error record (`input` for an unreadable path, `empty`, `not_html`, or an
 * extraction failure) that is also reported on stderr; the others still run. Exit 0 when all
 * worked, 1 when some failed, 2 when not one input could even be read (a wrong path is a usage error).
 */
import { streamSink } from '../batch/line-sink.js';
import { outDirWriter } from '../batch/out-dir.js';
import { InputError } from '../errors.js';
import { normalizeOptions, type Options } from '../options.js';
import { htmlToRecord, type RecordOptions } from '../pipeline.js';
import { createRecordWriter, includesFor } from '../write/format.js';
import { toErrorRecord } from '../write/record.js';
import { type ArticleRecord, isErrorRecord, type OutputRecord } from '../write/schema.js';
import { type OutputFlags, optionsFromFlags } from './flags.js';
import { readHtmlInput } from './parse-input.js';
import { runCommand } from './run.js';

export interface ParseFlags extends OutputFlags {
  url?: string;
  outDir?: string;
}

function pageUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new InputError('usage', `--url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  return parsed.href;
}

function recordOptions(options: Options): RecordOptions {
  return {
    extract: { ...options.extract, include: includesFor(options.output.format, options.extract.include) },
  };
}

async function parseOne(path: string, url: string | null, options: RecordOptions): Promise<OutputRecord> {
  try {
    return htmlToRecord(await readHtmlInput(path, process.stdin), path, url, options);
  } catch (err) {
    return toErrorRecord(err, { source: path, url });
  }
}

async function saveArticle(
  toDir: (record: ArticleRecord) => Promise<string>,
  record: ArticleRecord,
  dir: string,
): Promise<void> {
  try {
    await toDir(record);
  } catch (err) {
    throw new InputError('usage', `cannot write to --out-dir ${dir}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

export function runParse(files: string[], flags: ParseFlags): Promise<number> {
  return runCommand(async () => {
    const options = normalizeOptions(optionsFromFlags(flags, {}));
    const url = pageUrl(flags.url);
    const { format, pretty } = options.output;
    const outDir = flags.outDir ?? null;
    // A reader that goes away (`| head -1`) closes the sink quietly: no EPIPE stack trace.
    const sink = streamSink(process.stdout);
    // With --out-dir the articles go to files and stdout keeps one NDJSON line per input (as in batch).
    const writer = createRecordWriter(outDir ? 'ndjson' : format, sink, { pretty: outDir ? false : pretty });
    const toDir = outDir ? outDirWriter(outDir, format) : null;
    let ok = 0;
    let failed = 0;
    let unreadable = 0;
    for (const file of files) {
      if (sink.closed) break;
      const record = await parseOne(file, url, recordOptions(options));
      if (isErrorRecord(record)) {
        failed++;
        if (record.error.code === 'input') unreadable++;
        process.stderr.write(`newsclean: ${file}: ${record.error.code}: ${record.error.message}\n`);
      } else {
        ok++;
        if (toDir) await saveArticle(toDir, record, outDir!);
      }
      await writer.write(record);
    }
    if (!sink.closed) await writer.end();
    sink.close();
    if (unreadable === files.length) {
      throw new InputError('usage', 'no input could be read');
    }
    return { ok, failed };
  });
}

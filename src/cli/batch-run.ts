/**
 * The work behind `newsclean batch`: the process-level shell around the library runner. Reads the
 * list, resumes from `-o FILE`, writes whole lines with backpressure, shows progress, handles
 * SIGINT/SIGTERM and EPIPE, and turns the outcome into an exit code.
 */

import { fileSink, type LineSink, streamSink } from '../batch/line-sink.js';
import { openUrlList } from '../batch/open-list.js';
import { outDirWriter } from '../batch/out-dir.js';
import { CLEAR_LINE, newStats, progressFrame, summaryLine } from '../batch/progress.js';
import { loadResume } from '../batch/resume.js';
import { runBatch } from '../batch/run-batch.js';
import { InputError } from '../errors.js';
import { normalizeOptions, type Options, type OptionsInput } from '../options.js';
import { createRecordWriter, includesFor } from '../write/format.js';
import { type ErrorRecord, isErrorRecord } from '../write/schema.js';
import type { BatchFlags } from './batch.js';
import { EXIT } from './exit-codes.js';
import { optionsFromFlags } from './flags.js';
import { runCommand } from './run.js';

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new InputError('usage', `${name} must be a whole number >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

function batchOptions(flags: BatchFlags): Options {
  const input: OptionsInput = optionsFromFlags(flags, process.env);
  const format = input.output?.format ?? 'ndjson';
  return normalizeOptions({
    ...input,
    extract: { ...input.extract, include: includesFor(format, input.extract?.include) },
    output: { ...input.output, outFile: flags.output ?? null, outDir: flags.outDir ?? null },
    batch: {
      concurrency: count(flags.concurrency, '--concurrency', 1),
      workers: count(flags.workers, '--workers', 0) ?? null,
      progress: flags.progress !== false && process.stderr.isTTY === true,
    },
  });
}

/** Sink for the record lines; with -o, resume state first (lines are NDJSON so they can be read back). */
async function openOutput(options: Options): Promise<{ sink: LineSink; done: Set<string> }> {
  const { outFile, format, pretty, outDir } = options.output;
  if (!outFile) return { sink: streamSink(process.stdout), done: new Set() };
  if ((format !== 'ndjson' && !outDir) || pretty)
    throw new InputError(
      'usage',
      '-o FILE writes NDJSON lines (so a re-run can resume); drop --format/--pretty',
    );
  const resume = await loadResume(outFile);
  if (resume.repairedBytes > 0)
    process.stderr.write(
      `newsclean: cut a truncated last line (${resume.repairedBytes} bytes) from ${outFile}\n`,
    );
  if (resume.lines > 0)
    process.stderr.write(`newsclean: resuming: ${resume.lines} lines already in ${outFile}\n`);
  return { sink: fileSink(outFile), done: resume.done };
}

/** Documents (markdown, text, html) have no place for failures: they go to stderr, one line each. */
function failureLine(record: ErrorRecord): string {
  return `newsclean: ${record.source}: ${record.error.code}: ${record.error.message}\n`;
}

export async function runBatchCommand(file: string, flags: BatchFlags): Promise<number> {
  let interrupted: NodeJS.Signals | null = null;
  const code = await runCommand(async () => {
    const options = batchOptions(flags);
    const { format, pretty, outDir } = options.output;
    const urls = await openUrlList(file, process.stdin);
    const { sink, done } = await openOutput(options);
    // With --out-dir the articles go to files and the stream keeps one NDJSON line per URL.
    const writer = createRecordWriter(outDir ? 'ndjson' : format, sink, { pretty: outDir ? false : pretty });
    const toDir = outDir ? outDirWriter(outDir, format) : null;
    const documents = !outDir && (format === 'markdown' || format === 'text' || format === 'html');
    const stats = newStats();
    const stop = new AbortController();
    const showProgress = options.batch.progress;
    let lastFrame = 0;
    const finish = () => {
      if (showProgress) process.stderr.write(CLEAR_LINE);
      process.stderr.write(summaryLine(stats, Date.now(), interrupted));
    };
    const onSignal = (signal: NodeJS.Signals) => {
      if (interrupted) {
        // Second signal: leave now. Every line already handed over is whole.
        finish();
        sink.close();
        process.exit(signal === 'SIGTERM' ? EXIT.sigterm : EXIT.sigint);
      }
      interrupted = signal;
      if (showProgress) process.stderr.write(CLEAR_LINE);
      process.stderr.write(`newsclean: ${signal}: finishing pages in flight (again to quit at once)\n`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const records = runBatch(urls, options, {
      signal: stop.signal,
      isDone: (key) => done.has(key),
      onSkip: () => stats.skipped++,
      onRead: () => stats.read++,
    });
    try {
      for await (const record of records) {
        if (isErrorRecord(record)) stats.failed++;
        else stats.ok++;
        if (documents && isErrorRecord(record))
          process.stderr.write((showProgress ? CLEAR_LINE : '') + failureLine(record));
        if (toDir && !isErrorRecord(record)) await toDir(record);
        await writer.write(record);
        if (sink.closed) break;
        if (showProgress && Date.now() - lastFrame > 100) {
          lastFrame = Date.now();
          process.stderr.write(progressFrame(stats));
        }
      }
      if (!sink.closed) await writer.end();
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      sink.close();
      // A list still streaming in on stdin (stopped early) must not keep the process alive.
      if (file === '-') process.stdin.destroy();
    }
    if (sink.error) throw new InputError('input', `cannot write output: ${sink.error.message}`);
    if (stats.read === 0) throw new InputError('input', `no URLs in ${file === '-' ? 'stdin' : file}`);
    finish();
    return stats;
  });
  if (interrupted === 'SIGTERM') return EXIT.sigterm;
  if (interrupted === 'SIGINT') return EXIT.sigint;
  return code;
}

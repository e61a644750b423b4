/** `newsclean batch <file|->`: fetch and extract a list of URLs concurrently, one line per URL. */
import type { Command } from 'commander';
import { addFetchFlags, addOutputFlags, type FetchFlags, type OutputFlags } from './flags.js';

export interface BatchFlags extends OutputFlags, FetchFlags {
  output?: string;
  outDir?: string;
  concurrency?: string;
  workers?: string;
  progress?: boolean;
}

const EXAMPLES = `
Examples:
  newsclean batch urls.txt > articles.ndjson
  newsclean batch urls.txt -o articles.ndjson        # re-run the same command to resume
  cat urls.txt | newsclean batch - --concurrency 32 --workers 4
  newsclean batch urls.txt | jq -c 'select(.error == null) | {url, title}'

Every URL line gives exactly one output line: an article record, or an error record
({"source": <the line verbatim>, "error": {"code", "message"}}). Duplicate URLs (same URL after
lower-casing scheme and host, dropping a default port and the #fragment) are processed once.
Ctrl-C (or SIGTERM) stops taking new URLs, finishes the pages in flight and exits 130 (143);
a second Ctrl-C exits at once. Output is always whole lines.`;

export function registerBatch(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('batch')
    .description('Fetch and extract a list of URLs (one per line; blank lines and # comments skipped).')
    .argument('<file>', 'file of URLs, or - for stdin')
    .option('-o, --output <file>', 'append records to FILE; re-running resumes, skipping URLs already in it')
    .option('--out-dir <dir>', 'also write each article to its own file in DIR, in the --format')
    .option('-c, --concurrency <n>', 'pages fetched at once across all hosts (default 32)')
    .option('--workers <n>', 'extraction worker threads (default one per core; 0 = main thread)')
    .option('--no-progress', 'no progress bar (it is only ever shown when stderr is a terminal)');
  addFetchFlags(addOutputFlags(cmd))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: BatchFlags) => {
      const { runBatchCommand } = await import('./batch-run.js');
      setExit(await runBatchCommand(file, flags));
    });
}

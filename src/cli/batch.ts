/** `newsclean batch <file|->`: fetch and extract a list of URLs concurrently, one line per URL. */
import type { Command } from 'commander';
import { addFetchFlags, addOutputFlags, type FetchFlags, type OutputFlags } from './flags.js';

export interface BatchFlags extends OutputFlags, FetchFlags {
  output?: string;
  concurrency?: string;
}

export function registerBatch(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('batch')
    .description('Fetch and extract a list of URLs (one per line; blank lines and # comments skipped).')
    .argument('<file>', 'file of URLs, or - for stdin')
    .option('-o, --output <file>', 'write records to FILE; re-running resumes, skipping URLs already written')
    .option('-c, --concurrency <n>', 'pages fetched at once across all hosts (default 16)');
  addFetchFlags(addOutputFlags(cmd))
    .addHelpText(
      'after',
      "\nExamples:\n  newsclean batch urls.txt | jq -c 'select(.error == null) | {url, title}'",
    )
    .action(async (file: string, flags: BatchFlags) => {
      const { runBatch } = await import('./batch-run.js');
      setExit(await runBatch(file, flags));
    });
}

/** `newsclean parse <files...|->`: extract articles from HTML on disk or stdin. */
import type { Command } from 'commander';
import { addOutputFlags, type OutputFlags } from './flags.js';

interface ParseFlags extends OutputFlags {
  url?: string;
}

export function registerParse(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('parse')
    .description('Extract articles from HTML files on disk, or from stdin with "-".')
    .argument('<files...>', 'HTML files, or - for stdin')
    .option('--url <url>', "the page's address: resolves relative links and fills the record's url");
  addOutputFlags(cmd)
    .addHelpText(
      'after',
      `
Examples:
  newsclean parse saved.html --url https://example.com/news/a
  curl -s https://example.com/news/a | newsclean parse - --url https://example.com/news/a | jq .title
  newsclean parse pages/*.html | jq -r '[.source, .wordCount] | @tsv'`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const { runParse } = await import('./parse-run.js');
      setExit(await runParse(files, flags));
    });
}

/** `newsclean scrape <url...>`: fetch each URL and extract it. */
import type { Command } from 'commander';
import { addFetchFlags, addOutputFlags, type FetchFlags, type OutputFlags } from './flags.js';

export function registerScrape(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('scrape')
    .description('Fetch each URL and extract its article.')
    .argument('<urls...>', 'article URLs (http or https)');
  addFetchFlags(addOutputFlags(cmd))
    .addHelpText('after', '\nExamples:\n  newsclean scrape https://example.com/news/a | jq .text')
    .action(async (urls: string[], flags: OutputFlags & FetchFlags) => {
      const { runScrape } = await import('./scrape-run.js');
      setExit(await runScrape(urls, flags));
    });
}

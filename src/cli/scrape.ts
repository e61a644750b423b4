/** `newsclean scrape <url...>`: fetch each URL and extract it. */
import type { Command } from 'commander';
import { addFetchFlags, addOutputFlags, type FetchFlags, type OutputFlags } from './flags.js';

export function registerScrape(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('scrape')
    .description('Fetch each URL and extract its article.')
    .argument('<urls...>', 'article URLs (http or https)');
  addFetchFlags(addOutputFlags(cmd))
    .addHelpText(
      'after',
      [
        '',
        'Prints one record per URL, in order. A URL that fails prints an error record',
        '({url, source, error: {code, message}}) on stdout and a one-line message on stderr.',
        'robots.txt is honoured (--ignore-robots to opt out); HTTP_PROXY, HTTPS_PROXY and NO_PROXY are used.',
        '',
        'Examples:',
        '  newsclean scrape https://example.com/news/a | jq .text',
        '  newsclean scrape --timeout 5000 --retries 0 https://example.com/a https://example.com/b',
        '  newsclean scrape --format markdown https://example.com/news/a > a.md',
      ].join('\n'),
    )
    .action(async (urls: string[], flags: OutputFlags & FetchFlags) => {
      const { runScrape } = await import('./scrape-run.js');
      setExit(await runScrape(urls, flags));
    });
}

/** `newsclean parse <files...|->`: extract articles from HTML on disk or stdin. */
import type { Command } from 'commander';
import { addOutputFlags } from './flags.js';
import type { ParseFlags } from './parse-run.js';

export function registerParse(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('parse')
    .description('Extract articles from HTML files on disk, or from stdin with "-".')
    .argument('<files...>', 'HTML files, or - for stdin')
    .option('--url <url>', "the page's address: resolves relative links and fills the record's url")
    .option(
      '--out-dir <dir>',
      'also write each article to DIR as <title-slug>-<hash>.<ext> in the --format; stdout keeps NDJSON',
    );
  addOutputFlags(cmd)
    .addHelpText(
      'after',
      `
Examples:
  newsclean parse saved.html --url https://example.com/news/a
  curl -s https://example.com/news/a | newsclean parse - --url https://example.com/news/a | jq .title
  newsclean parse pages/*.html | jq -r '[.source, .wordCount] | @tsv'
  newsclean parse saved.html --url https://example.com/news/a --format markdown > article.md
  find saved -name '*.html' -print0 | xargs -0 newsclean parse > articles.ndjson
  newsclean parse saved/*.html --format markdown --out-dir articles/ > index.ndjson

Formats: ndjson (one record per line), json (one pretty object; an array for several inputs),
markdown (YAML front matter, then the article), text (title, blank line, body; documents separated
by a form-feed line), html (a standalone, sanitised document per article).

Every input gives one record. An input that cannot be read, is empty or is not HTML (an image, a
PDF) gives an error record (in ndjson/json; nothing in markdown/text/html) and a line on stderr, and
the others still run: exit 1. Exit 2 when no input could be read at all (wrong path) or on bad flags.
Bytes are decoded by BOM, then <meta charset>, then UTF-8 if valid, else windows-1252.`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const { runParse } = await import('./parse-run.js');
      setExit(await runParse(files, flags));
    });
}

/**
 * argv → command. Only commander and the version are loaded up front; each command's module (and
 * with it cheerio, undici, zod) is imported when that command runs, so `--version` starts fast.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('newsclean')
    .description('Turn news article URLs and HTML into clean, structured JSON (NDJSON on stdout).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('parse')
    .description('Extract articles from HTML files on disk, or from stdin with "-".')
    .argument('<files...>', 'HTML files, or - for stdin')
    .option('--url <url>', "the page's address: resolves relative links and fills the record's url")
    .option('--pretty', 'indent JSON output')
    .option('--explain', 'add the removed boilerplate blocks to each record')
    .addHelpText(
      'after',
      '\nExamples:\n  newsclean parse saved.html --url https://example.com/a\n  curl -s URL | newsclean parse - | jq .title',
    )
    .action(async (files: string[], opts) => {
      const { parseCommand } = await import('./parse.js');
      exitCode = await parseCommand(files, opts);
    });

  program
    .command('schema')
    .description('Print the JSON Schema of an output record (generated from the zod schema).')
    .action(async () => {
      const { schemaCommand } = await import('./schema.js');
      exitCode = await schemaCommand();
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0 through here; everything else commander rejects is usage.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}

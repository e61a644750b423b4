/**
 * argv → command. Only commander and the small command registrations load up front; each
 * command's work (and with it cheerio, undici, zod) is imported when that command runs, so
 * `--version` starts fast.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerBatch } from './batch.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { registerParse } from './parse.js';
import { registerSchema } from './schema.js';
import { registerScrape } from './scrape.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('newsclean')
    .description('Turn news article URLs and HTML into clean, structured JSON (NDJSON on stdout).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);
  for (const register of [registerScrape, registerBatch, registerParse, registerSchema]) {
    register(program, setExit);
  }
  // Subcommands inherit exitOverride so usage errors come back here as exit code 2.
  for (const cmd of program.commands) cmd.exitOverride();

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here with exit code 0; everything else commander rejects is usage.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}

/**
 * The one place that catches. Commands return how many inputs failed; thrown errors become a
 * one-line message on stderr and an exit code. Never a stack trace for an expected failure.
 */
import { InputError, NewscleanError } from '../errors.js';
import { EXIT } from './exit-codes.js';

export interface CommandOutcome {
  ok: number;
  failed: number;
}

export async function runCommand(command: () => Promise<CommandOutcome>): Promise<number> {
  try {
    const outcome = await command();
    return outcome.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    if (err instanceof InputError || (err instanceof NewscleanError && err.code === 'usage')) {
      process.stderr.write(`newsclean: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof NewscleanError) {
      process.stderr.write(`newsclean: ${err.code}: ${err.message}\n`);
      return EXIT.someFailed;
    }
    if (err && typeof err === 'object' && 'name' in err && err.name === 'ZodError') {
      process.stderr.write(`newsclean: invalid option: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(
      `newsclean: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT.someFailed;
  }
}

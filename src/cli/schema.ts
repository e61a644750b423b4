/** `newsclean schema`: the JSON Schema of a record, generated from the zod schema. */
import type { Command } from 'commander';

export function registerSchema(program: Command, setExit: (code: number) => void): void {
  program
    .command('schema')
    .description(
      'Print the JSON Schema of an output line (article or error record), generated from the zod schema.',
    )
    .addHelpText('after', '\nExample:\n  newsclean schema > newsclean.schema.json')
    .action(async () => {
      const { recordJsonSchema } = await import('../write/schema.js');
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
      setExit(0);
    });
}

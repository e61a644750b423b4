import { recordJsonSchema } from '../write/schema.js';
import { EXIT } from './exit-codes.js';

export async function schemaCommand(): Promise<number> {
  process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

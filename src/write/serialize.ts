/** Serialise one validated record. NDJSON (default) is one compact line; --pretty indents. */
import { type OutputRecord, RecordSchema } from './schema.js';

export function serializeRecord(record: OutputRecord, pretty = false): string {
  // Validate every record before it leaves: a schema violation is a bug, never silently written.
  const valid = RecordSchema.parse(record);
  return `${JSON.stringify(valid, null, pretty ? 2 : undefined)}\n`;
}

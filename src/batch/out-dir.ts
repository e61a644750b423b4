/**
 * `--out-dir DIR`: one file per article in the chosen format, named by the writer's stable
 * `recordFileName` (title slug + hash of the input URL), so a re-run overwrites instead of
 * duplicating. ndjson articles are written as pretty JSON documents.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from '../options.js';
import { recordFileName } from '../write/file-name.js';
import { formatRecord } from '../write/format.js';
import type { ArticleRecord } from '../write/schema.js';

/** Writes articles into one directory, creating it on first use. */
export function outDirWriter(dir: string, format: Format): (record: ArticleRecord) => Promise<string> {
  const fileFormat: Format = format === 'ndjson' ? 'json' : format;
  let made: Promise<unknown> | null = null;
  return async (record) => {
    made ??= mkdir(dir, { recursive: true });
    await made;
    const path = join(dir, recordFileName(record, fileFormat));
    await writeFile(path, formatRecord(record, fileFormat));
    return path;
  };
}

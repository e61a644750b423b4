/**
 * `--out-dir DIR`: one file per article, in the chosen format, next to the NDJSON line stream.
 * Names come from the URL (host + path), made safe for any file system and unique within the run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from '../options.js';
import { formatRecord } from '../write/format.js';
import type { ArticleRecord } from '../write/schema.js';

const EXTENSIONS: Record<Format, string> = {
  ndjson: 'json',
  json: 'json',
  markdown: 'md',
  text: 'txt',
  html: 'html',
};

/** A safe base name for a record: host and path, non-alphanumerics folded to '-', at most 120 chars. */
export function articleFileBase(record: ArticleRecord): string {
  let base = record.source;
  try {
    const url = new URL(record.url ?? record.source);
    base = `${url.hostname}${url.pathname}${url.search}`;
  } catch {
    // keep the source text
  }
  const safe = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return safe || 'article';
}

const made = new Set<string>();
const used = new Set<string>();

/** The base name, with -2, -3… appended when another article of this run already took it. */
function uniqueBase(dir: string, base: string): string {
  let name = base;
  for (let n = 2; used.has(join(dir, name)); n++) name = `${base}-${n}`;
  used.add(join(dir, name));
  return name;
}

/** Write one article into `dir` (created if needed); returns the path written. */
export async function writeArticleFile(dir: string, record: ArticleRecord, format: Format): Promise<string> {
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  const path = join(dir, `${uniqueBase(dir, articleFileBase(record))}.${EXTENSIONS[format]}`);
  await writeFile(path, formatRecord(record, format === 'ndjson' ? 'json' : format));
  return path;
}

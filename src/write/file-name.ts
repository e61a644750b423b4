/**
 * Stable, safe file names for one-file-per-article output (`--out-dir`): a slug of the title (or
 * of the URL's last path segment) plus a short hash of the input URL, e.g.
 * `kremlin-says-talks-stalled-3f9a1c2b7e.md`. The same URL always gets the same name, so a re-run
 * overwrites instead of duplicating, and two articles with the same title never collide.
 */
import { createHash } from 'node:crypto';
import type { Format } from '../options.js';

/** Longest slug, in characters (names stay far below every file system's 255-byte limit). */
const MAX_SLUG = 60;
/** Hex digits of SHA-256 kept: 40 bits, so collisions need ~a million URLs with the same slug. */
const HASH_LENGTH = 10;

export const FILE_EXTENSIONS: Record<Format, string> = {
  ndjson: 'json',
  json: 'json',
  markdown: 'md',
  text: 'txt',
  html: 'html',
};

/**
 * Lower-case letters and digits of any script, joined by single hyphens. Accents are folded off
 * Latin letters only (é → e); other scripts keep their letters whole.
 */
export function slugify(text: string, max = MAX_SLUG): string {
  const words = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu);
  let slug = '';
  for (const word of words ?? []) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > max) {
      if (!slug) slug = [...word].slice(0, max).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

/** The last meaningful path segment of a URL ("/news/2024/my-story.html" → "my-story"), or its host. */
function urlWords(url: string): string {
  try {
    const parsed = new URL(url);
    const segments = parsed.pathname.split('/').filter((s) => s && !/^(index|default)\.\w+$/i.test(s));
    const last = segments.at(-1)?.replace(/\.\w{2,5}$/, '');
    return last ? decodeURIComponentSafe(last) : parsed.hostname;
  } catch {
    return url.split(/[\\/]/).at(-1) ?? '';
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The first HASH_LENGTH hex digits of the SHA-256 of `key`. */
export function shortHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, HASH_LENGTH);
}

export interface FileNameInput {
  /** What identifies the article: the input URL as given (stable across redirects), or a file path. */
  key: string;
  title: string | null;
}

/** `<slug>-<hash>.<ext>`; the slug falls back to the URL's words, then to "article". */
export function articleFileName(input: FileNameInput, format: Format): string {
  const slug = slugify(input.title ?? '') || slugify(urlWords(input.key)) || 'article';
  return `${slug}-${shortHash(input.key)}.${FILE_EXTENSIONS[format]}`;
}

/** The file name for an article record: keyed on `source` (the input URL verbatim, or the path). */
export function recordFileName(record: { source: string; title: string | null }, format: Format): string {
  return articleFileName({ key: record.source, title: record.title }, format);
}

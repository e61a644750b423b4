/**
 * YAML front matter for the markdown format: title, url, authors, date, site, language, tags.
 * Every string is a double-quoted YAML scalar, so no title can break out of its line or be read as
 * another type ("no", "2024-01-01", "null", ": " and "#" all stay strings).
 */
import type { ArticleRecord } from '../schema.js';

/**
 * Characters YAML 1.2 requires to be escaped in a double-quoted scalar that JSON leaves raw:
 * DEL, C1 controls (NEL among them), the Unicode line/paragraph separators, BOM and non-characters.
 */
const YAML_UNSAFE = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/** A YAML double-quoted scalar. JSON string syntax is valid YAML; only the characters above differ. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    YAML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

function scalar(value: string | null): string {
  return value === null ? 'null' : yamlString(value);
}

function list(values: string[]): string {
  return values.length ? values.map((v) => `\n  - ${yamlString(v)}`).join('') : ' []';
}

/** The front matter block, fences included, ending with a newline. */
export function frontMatter(record: ArticleRecord): string {
  return [
    '---',
    `title: ${scalar(record.title)}`,
    `url: ${scalar(record.url)}`,
    `authors:${list(record.authors)}`,
    `date: ${scalar(record.publishedAt)}`,
    `site: ${scalar(record.siteName)}`,
    `language: ${scalar(record.language)}`,
    `tags:${list(record.tags)}`,
    '---',
    '',
  ].join('\n');
}

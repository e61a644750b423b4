/**
 * The html format: the record's article fragment in a small standalone document, with the title
 * and metadata readers and archives look for. A Content-Security-Policy that allows only images is
 * a second line of defence behind the sanitised-by-construction fragment.
 */
import type { ArticleRecord } from '../schema.js';
import { escapeHtml } from './html-escape.js';
import { safeUrl } from './safe-url.js';

const CSP = "default-src 'none'; img-src http: https:";

/** A BCP 47-shaped tag, or null (the value goes into an attribute, so only its shape is trusted). */
function langTag(language: string | null): string | null {
  return language && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : null;
}

function meta(attr: 'name' | 'property', key: string, value: string | null): string | null {
  return value ? `<meta ${attr}="${key}" content="${escapeHtml(value)}">` : null;
}

/** `<head>` lines for a record. */
function head(record: ArticleRecord): string[] {
  const url = record.url ? safeUrl(record.url, 'link') : null;
  const lines = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(record.title ?? '')}</title>`,
    url ? `<link rel="canonical" href="${escapeHtml(url)}">` : null,
    meta('name', 'author', record.authors.join(', ')),
    meta('name', 'description', record.description),
    meta('name', 'keywords', record.tags.join(', ')),
    meta('property', 'og:site_name', record.siteName),
    meta('property', 'article:published_time', record.publishedAt),
    '<meta name="generator" content="newsclean">',
  ];
  return lines.filter((l): l is string => l !== null);
}

/** A visible line under the article: who, when, and where it came from (for archived copies). */
function footer(record: ArticleRecord): string | null {
  const url = record.url ? safeUrl(record.url, 'link') : null;
  const parts = [
    record.authors.length ? escapeHtml(record.authors.join(', ')) : null,
    record.publishedAt
      ? `<time datetime="${escapeHtml(record.publishedAt)}">${escapeHtml(record.publishedAt)}</time>`
      : null,
    url
      ? `<a href="${escapeHtml(url)}">${escapeHtml(record.siteName ?? url)}</a>`
      : escapeHtml(record.siteName ?? ''),
  ].filter(Boolean);
  return parts.length ? `<footer><p>${parts.join(' · ')}</p></footer>` : null;
}

/** A complete HTML document for one article record; `fragment` is the record's `html`. */
export function htmlDocument(record: ArticleRecord, fragment: string): string {
  const lang = langTag(record.language);
  return [
    '<!DOCTYPE html>',
    lang ? `<html lang="${lang}">` : '<html>',
    '<head>',
    ...head(record),
    '</head>',
    '<body>',
    fragment.trimEnd(),
    footer(record),
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== null)
    .join('\n');
}

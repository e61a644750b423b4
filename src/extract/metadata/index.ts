/**
 * Placeholder metadata extractor: <title>, <html lang> and a few meta tags. Replaced by one module
 * per source (JSON-LD, OpenGraph, meta, bylines, dates), keeping `extractMetadata($, options)`.
 * It runs on the untouched DOM, before the body extractor prunes it.
 */
import type { CheerioAPI } from 'cheerio';
import type { ExtractOptions, Metadata } from '../types.js';

function meta($: CheerioAPI, key: string): string | null {
  const value = $(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content')?.trim();
  return value ? value : null;
}

export function extractMetadata($: CheerioAPI, _options: ExtractOptions): Metadata {
  return {
    title: meta($, 'og:title') ?? ($('title').first().text().trim() || null),
    authors: [],
    publishedAt: meta($, 'article:published_time'),
    modifiedAt: meta($, 'article:modified_time'),
    language: $('html').attr('lang')?.trim() || null,
    siteName: meta($, 'og:site_name'),
    description: meta($, 'og:description') ?? meta($, 'description'),
    image: meta($, 'og:image'),
    canonicalUrl: $('link[rel="canonical"]').attr('href')?.trim() || null,
    section: meta($, 'article:section'),
    tags: [],
  };
}

/** Detect the language of body text when the markup does not declare one. */
export function detectLanguage(_text: string): string | null {
  return null;
}

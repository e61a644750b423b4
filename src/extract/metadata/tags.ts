/**
 * `tags` and `section`: article:tag, keywords meta, JSON-LD keywords and rel=tag links; the body
 * extractor adds stripped hashtags later.
 */
import type { MetaContext } from './context.js';
import { SECTION_KEYS, TAG_KEYS } from './meta-keys.js';
import { allMeta, firstMeta } from './meta-tags.js';
import { textContent } from './node-text.js';

const MAX_TAG_LENGTH = 60;
const MAX_TAGS = 50;

/** Topic tags, de-duplicated case-insensitively, in source order. */
export function readTags(ctx: MetaContext): string[] {
  const raw: string[] = [];
  for (const value of allMeta(ctx.meta, TAG_KEYS)) raw.push(...value.split(/[,;]/));
  raw.push(...(ctx.jsonLd?.keywords ?? []));
  for (const el of ctx.index.tagLinks) raw.push(textContent(el));
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    const tag = item.replace(/\s+/g, ' ').replace(/^#/, '').trim();
    const key = tag.toLowerCase();
    if (!tag || tag.length > MAX_TAG_LENGTH || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length >= MAX_TAGS) break;
  }
  return tags;
}

/** The article's section or category, or null. */
export function readSection(ctx: MetaContext): string | null {
  return (
    firstMeta(ctx.meta, SECTION_KEYS.slice(0, 2)) ?? ctx.jsonLd?.section ?? firstMeta(ctx.meta, SECTION_KEYS)
  );
}

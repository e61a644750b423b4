/**
 * `tags`: article:tag, keywords meta, JSON-LD keywords and rel=tag links; the body
 * extractor adds stripped hashtags later.
 */

import type { MetaContext } from './context.js';
import { TAG_KEYS } from './meta-keys.js';
import { allMeta } from './meta-tags.js';
import { textContent } from './node-text.js';

const MAX_TAG_LENGTH = 60;
const MAX_TAGS = 50;
const MAX_TOPIC_LINKS = 15;

/** Topic tags, de-duplicated case-insensitively, in source order. */
export function readTags(ctx: MetaContext): string[] {
  const raw: string[] = [];
  for (const value of allMeta(ctx.meta, TAG_KEYS)) raw.push(...value.split(/[,;]/));
  raw.push(...(ctx.jsonLd?.keywords ?? []));
  for (const el of ctx.index.tagLinks) raw.push(textContent(el));
  // Many topic links are a topic index or a menu, not one article's tags.
  if (ctx.index.topicLinks.length <= MAX_TOPIC_LINKS) {
    for (const el of ctx.index.topicLinks) {
      const text = textContent(el).replace(/\s+/g, ' ').trim();
      if (isTopicName(text)) raw.push(text);
    }
  }
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

const MAX_TOPIC_WORDS = 5;
const MAX_TOPIC_LENGTH = 40;

/**
 * A topic link's text that names a topic: short, no label ("Tags", "Filed to: …"), no call to
 * action ("Jetzt Petition unterzeichnen!"), no quotes or list dashes around it.
 */
function isTopicName(text: string): boolean {
  if (!text || text.length > MAX_TOPIC_LENGTH || text.split(' ').length > MAX_TOPIC_WORDS) return false;
  if (/[:!?"“”„«»]|^[-–—•·]/.test(text)) return false;
  return !TOPIC_LABELS.has(text.toLowerCase());
}
const TOPIC_LABELS = new Set([
  'tags',
  'tag',
  'themen',
  'thema',
  'topics',
  'topic',
  'schlagworte',
  'keywords',
  'mehr',
  'more',
  'alle',
  'all',
]);

/**
 * `tags` and `section`: article:tag, keywords meta, JSON-LD keywords and rel=tag links; the body
 * extractor adds stripped hashtags later.
 */

import type { Element } from 'domhandler';
import type { MetaContext } from './context.js';
import { SECTION_KEYS, TAG_KEYS } from './meta-keys.js';
import { allMeta, firstMeta } from './meta-tags.js';
import { descendantsWhere, textContent } from './node-text.js';
import { FRONT_PAGE } from './page-index.js';
import { HOME_LINK_WORDS } from './site-vocab.js';

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

/** The article's section or category, or null. */
export function readSection(ctx: MetaContext): string | null {
  return (
    firstMeta(ctx.meta, SECTION_KEYS.slice(0, 2)) ??
    ctx.jsonLd?.section ??
    firstMeta(ctx.meta, SECTION_KEYS) ??
    sectionOfTrail(ctx.index.breadcrumb)
  );
}

/** A crumb longer than this is the article's own headline, not a section. */
const MAX_CRUMB_WORDS = 4;
const MAX_CRUMB_LENGTH = 40;
const MAX_CRUMBS = 8;

/**
 * The deepest section a breadcrumb trail links to ("Home › News › Courts" → "Courts"): its last
 * link that is neither the front page nor a headline-long crumb (the article itself).
 */
function sectionOfTrail(trail: Element | null): string | null {
  if (!trail) return null;
  const links = descendantsWhere(trail, (el) => el.name === 'a');
  // A "crumb" class on a box of many links is no trail (a layout wrapper, a menu).
  if (links.length > MAX_CRUMBS) return null;
  let section: string | null = null;
  for (const el of links) {
    const text = textContent(el).replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_CRUMB_LENGTH || text.split(' ').length > MAX_CRUMB_WORDS) continue;
    const href = el.attribs.href?.trim() ?? '';
    if (HOME_LINK_WORDS.has(text.toLowerCase()) || FRONT_PAGE.test(href) || NOT_A_PAGE.test(href)) continue;
    // "‹ Zurück", "Print Article": the bar's buttons, not a level of the trail.
    if (!/^[\p{L}\p{N}]/u.test(text) || TRAIL_BUTTONS.test(text)) continue;
    section = text;
  }
  return section;
}
const NOT_A_PAGE = /^(?:javascript:|mailto:|#|\?)/i;
const TRAIL_BUTTONS =
  /^(?:print|drucken|imprimer|stampa|imprimir|drukuj|печать|back|zurück|retour|volver|indietro|voltar|search|suche|rechercher|buscar|share|teilen|partager|compartir|rss)\b/i;

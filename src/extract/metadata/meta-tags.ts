/**
 * Every `<meta>` of the page read once into a lookup keyed by lowercased name, property, itemprop or
 * http-equiv, so each source asks for keys without re-querying the DOM.
 */
import type { Element } from 'domhandler';
import { collapseSpaces } from '../text.js';

/** Lowercased meta key → its non-empty contents, in document order. */
export type MetaTags = Map<string, string[]>;

const KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** Read all `<meta>` elements (head and body: some sites put article meta in the body). */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of metas) {
    const attribs = el.attribs;
    const content = collapseSpaces(attribs.content ?? attribs.value ?? '').trim();
    if (!content) continue;
    for (const attr of KEY_ATTRIBUTES) {
      const raw = attribs[attr];
      if (!raw) continue;
      // A property attribute may hold several space-separated keys ("og:title twitter:title").
      for (const key of raw.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = tags.get(key);
        if (list) list.push(content);
        else tags.set(key, [content]);
      }
    }
  }
  return tags;
}

/** The first content among `keys`, tried in order. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every content of every key in `keys`, in key order. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}

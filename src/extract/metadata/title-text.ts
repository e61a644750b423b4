/**
 * Title candidates as a reader sees them. JSON-LD strings are raw script text, so the HTML parser never
 * decoded their entities ("Meghan&#39;s", "&#8222;Zitat&#8220;"), and some CMSs encode meta titles twice;
 * soft hyphens and zero-width spaces are invisible on the page but would break exact comparison.
 */
import type { Element } from 'domhandler';

/** Entities CMSs leave in JSON-LD headlines; numeric ones are decoded separately. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
/**
 * Soft hyphen, zero-width space, word joiner and BOM: formatting only. Zero-width (non-)joiners are
 * kept because they change how emoji and Persian or Indic words render.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu;
/** Elements inside an `<h1>` that put their text on a line of its own ("Kicker<br>Headline"). */
const LINE_TAGS = new Set(['br', 'div', 'p', 'li']);

/** Collapse spaces and drop invisible characters; null when nothing is left. */
export function cleanTitle(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

/** `cleanTitle` for text that may still hold HTML entities (JSON-LD, twice-encoded meta). */
export function cleanEncodedTitle(text: string | null | undefined): string | null {
  return cleanTitle(text?.includes('&') ? text.replace(ENTITY, decodeEntity) : text);
}

/** A child of an `<h1>` whose text must not run into its neighbours' when the h1 is read. */
export function breaksTitleLine(el: Element): boolean {
  return LINE_TAGS.has(el.name);
}

function decodeEntity(entity: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
  // Control characters and surrogates are not text a headline can hold.
  if (code < 32 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return entity;
  return String.fromCodePoint(code);
}

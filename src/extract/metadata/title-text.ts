/**
 * Title candidates as a reader sees them. Some CMSs encode meta titles twice ("Meghan&#39;s" in the
 * content attribute); soft hyphens and zero-width spaces are invisible on the page but would break exact comparison.
 */
import type { Element } from 'domhandler';
import { decodeEntities } from './html-entities.js';

/**
 * Soft hyphen, zero-width space, word joiner and BOM: formatting only. Zero-width (non-)joiners are
 * kept because they change how emoji and Persian or Indic words render.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu;
/** Elements inside an `<h1>` that put their text on a line of its own ("Kicker<br>Headline"). */
const LINE_TAGS = new Set(['br', 'div', 'p', 'li']);

/** Symbols that set a title's site part off ("Headline ✦ Site", "※", "★"), as a regex class body. */
export const TITLE_DINGBATS = '✦✧★☆◆◇♦❖●■□▪►▸‖¦※';

/** Colons and dots framing a title or its site part ("Headline ..:: Site ::..", "::: Site :::"). */
export const TITLE_DECORATION = /^\s*\.*::+\.*\s*|\s*\.*::+\.*\s*$/g;

/** Collapse spaces and drop invisible characters and edge decorations; null when nothing is left. */
export function cleanTitle(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(TITLE_DECORATION, '').trim();
  return value ? value : null;
}

/** `cleanTitle` for text that may still hold HTML entities (a twice-encoded meta title). */
export function cleanEncodedTitle(text: string | null | undefined): string | null {
  return cleanTitle(text ? decodeEntities(text) : text);
}

/** A child of an `<h1>` whose text must not run into its neighbours' when the h1 is read. */
export function breaksTitleLine(el: Element): boolean {
  return LINE_TAGS.has(el.name);
}

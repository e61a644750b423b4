/**
 * HTML character references in text the HTML parser never decoded: JSON-LD is raw script text, so a
 * CMS that escapes its strings for HTML leaves "Meghan&#39;s", "Ben &amp; Jerry" or "M&uuml;ller" in
 * them, and some CMSs encode meta content twice. The `entities` package (htmlparser2's own decoder)
 * knows every named reference; strict mode wants the closing ";", so "AT&T" stays as written.
 */
import { decodeHTMLStrict } from 'entities';

/** `text` with its character references decoded; text without "&" is returned as it is. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * Does a title segment or an `<h1>` name the site rather than the article? A segment
 * that contains the site's name counts only when it adds at most a couple of words
 * ("MyOOS Community Forum" on myoos.de): "Tote Hummeln unter Linden" on a site called "Hummeln" is
 * a headline.
 */
import { siteKey } from './site-name.js';
import { coverage } from './title-similarity.js';

/** Words a segment may add to the site's name and still be it ("Spiegel Online", "X Community Forum"). */
const MAX_EXTRA_WORDS = 2;
/** Containment is only tried for short segments: a sentence that mentions the site is a headline. */
const MAX_CONTAINING_WORDS = 4;

/** The segment is the site's name, its host, part of the name, or the name with a word or two added. */
export function namesSite(segment: string, siteName: string | null, host: string | null): boolean {
  const key = siteKey(segment);
  if (!key) return false;
  const wordCount = segment.trim().split(/\s+/).length;
  const short = wordCount <= MAX_CONTAINING_WORDS && key.length >= 4;
  for (const name of [siteName, host, host?.split('.').slice(-2, -1)[0] ?? null]) {
    if (!name) continue;
    const n = siteKey(name);
    if (n.length < 2) continue;
    if (key === n) return true;
    if (!short) continue;
    if (n.includes(key)) return true;
    const nameWords = name === host ? 1 : name.trim().split(/\s+/).length;
    if (key.includes(n) && wordCount - nameWords <= MAX_EXTRA_WORDS) return true;
  }
  return false;
}

/**
 * An h1 that is the site's logo or masthead: it names the site, or every word of it is in the site
 * name ("Minecraft News" on "Minecraft Update News").
 */
export function isLogoText(h1: string, siteName: string | null, host: string | null): boolean {
  if (namesSite(h1, siteName, host)) return true;
  return siteName !== null && coverage(h1, siteName) === 1;
}

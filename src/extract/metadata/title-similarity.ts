/** Word overlap between two titles, for deciding whether an `<h1>` is the headline the meta names. */

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words that also occur in `b` (0–1). */
export function coverage(a: string, b: string): number {
  const wa = words(a);
  if (!wa.length) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/** `inner` occurs in `outer`, comparing letters and digits only. */
export function containsText(outer: string, inner: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const ni = norm(inner);
  return ni.length > 0 && norm(outer).includes(ni);
}

/** Lowercased letters and digits only: what `sameText` compares. */
export function letterKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Same text after lowercasing and dropping everything but letters and digits. */
export function sameText(a: string, b: string): boolean {
  const na = letterKey(a);
  return na.length > 0 && na === letterKey(b);
}

/** Words an h1 may add after the named title and still be the same headline ("… in Tennessee"). */
const MAX_FINISHING_WORDS = 3;

/**
 * The h1 starts with the named title and adds only a few words that end the sentence, a quoted
 * name among them ("… w serialu „Hałda\"", which an SEO title drops).
 */
export function finishesTitle(h1: string, title: string): boolean {
  const h = h1.toLowerCase();
  const t = title.toLowerCase();
  if (!h.startsWith(t)) return false;
  const rest = h.slice(t.length).trim();
  return /^[„"«“‘']?[\p{L}\p{N}]/u.test(rest) && rest.split(/\s+/).length <= MAX_FINISHING_WORDS;
}

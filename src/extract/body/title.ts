/**
 * The headline as the page states it, read before pruning, so the body can drop a heading that
 * repeats it (the title lives in metadata, not in `text`).
 */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Candidate titles, normalised: each given title and its parts around a site-name separator. */
export function titleSet(raw: string[]): Set<string> {
  const titles = new Set<string>();
  const add = (t: string): void => {
    const n = normaliseTitle(t);
    if (n.length > 3) titles.add(n);
  };
  for (const title of raw) {
    add(title);
    for (const part of title.split(/\s+[|\-–—:·•»]\s+/)) add(part);
  }
  return titles;
}

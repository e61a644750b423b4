/**
 * The headline's words as evidence that a block is the article's: a paragraph that shares words
 * with the headline ("bridge", "Grudziądz") is reporting the story, not an appeal. Used to veto the
 * weakest joining rules of the donation cleaner, never to remove anything.
 */

/**
 * Words of five letters or more (shorter ones are mostly function words: "para", "with", "dass"),
 * compared by their first five letters (a crude stem across inflections).
 */
const WORD = /[\p{L}\p{N}]{5,}/gu;
/** Runs of Han and katakana characters, compared by pairs (no spaces to split on). */
const CJK_RUN = /[\u30a0-\u30ff\u3400-\u9fff]{2,}/g;
const stem = (w: string): string => w.toLowerCase().slice(0, 5);

function keys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) if (!/[\u3040-\u9fff]/.test(m[0])) out.push(stem(m[0]));
  for (const m of text.matchAll(CJK_RUN)) {
    for (let i = 0; i + 2 <= m[0].length; i++) out.push(m[0].slice(i, i + 2));
  }
  return out;
}

/** Keys of the headline's words. */
export function topicKeys(headline: string): Set<string> {
  return new Set(keys(headline));
}

/**
 * Whether `text` shares two headline words: one alone may be a common noun an appeal uses too
 * ("city hall", "the city"), two make the story's subject.
 */
export function sharesTopic(text: string, topic: ReadonlySet<string>): boolean {
  if (topic.size === 0) return false;
  const shared = new Set(keys(text).filter((k) => topic.has(k)));
  return shared.size >= 2;
}

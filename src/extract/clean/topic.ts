/**
 * The headline's words as evidence that a block is the article's: a paragraph that shares a word
 * with the headline ("bridge", "Grudziądz") is reporting the story, not an appeal. Used to veto the
 * weakest joining rules of the donation cleaner, never to remove anything.
 */

/** Words of four letters or more, compared by their first five letters (a crude stem across inflections). */
const WORD = /[\p{L}\p{N}]{4,}/gu;
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

/** Whether `text` shares a headline word. */
export function sharesTopic(text: string, topic: ReadonlySet<string>): boolean {
  if (topic.size === 0) return false;
  return keys(text).some((k) => topic.has(k));
}

/**
 * Blocks about the page rather than the article: reader-feedback prompts ("Was this article
 * helpful?"), app download prompts, and short headings such as "About the author" or "Table of
 * contents" together with the one short block under them (the bio line or the contents list).
 */
import type { SourcedBlock } from '../blocks.js';
import { APP_PROMO, ASIDE_HEADINGS, FEEDBACK } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, isPhrase } from './phrases.js';

/** A file download line: a document type with its size ("PDF | 38 KB", "(docx, 1,2 MB)"). */
const DOWNLOAD =
  /(?<![a-z])(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub)\b\s*[|,(–-]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?)\b/i;

/** The rule that marks a single block, or null. */
export function pageAsideRule(text: string): string | null {
  const words = wordCount(text);
  if (words <= 25 && findPhrase(text.toLowerCase(), FEEDBACK)) return 'text-cues:feedback';
  if (words <= 40 && APP_PROMO.test(text)) return 'text-cues:app-promo';
  if (words <= 25 && DOWNLOAD.test(text)) return 'text-cues:download-link';
  return null;
}

export function removePageAsides(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const sb = blocks[i]!;
    const text = blockText(sb);
    const rule = pageAsideRule(text);
    if (rule) {
      ctx.removals.add('other', rule, text);
      continue;
    }
    if (wordCount(text) <= 5 && isPhrase(text.toLowerCase(), ASIDE_HEADINGS)) {
      const next = blocks[i + 1];
      const nextIsShort =
        next &&
        next.block.type !== 'heading' &&
        (next.block.type === 'list' || wordCount(blockText(next)) <= 60);
      ctx.removals.add('other', 'heading:page-aside', nextIsShort ? `${text} ${blockText(next)}` : text);
      if (nextIsShort) i++;
      continue;
    }
    out.push(sb);
  }
  return out;
}

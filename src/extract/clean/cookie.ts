/** Cookie and consent notices without markup hints: a short block naming cookies plus consent words. */
import type { SourcedBlock } from '../blocks.js';
import { COOKIE } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { countPhrases } from './phrases.js';

export function isCookieNotice(text: string): boolean {
  if (wordCount(text) > 70) return false;
  const lower = text.toLowerCase();
  return /cookie|куки|ciasteczk|クッキー/.test(lower) && countPhrases(lower, COOKIE) >= 2;
}

export function removeCookieNotices(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    const text = blockText(sb);
    if (!isCookieNotice(text)) return true;
    ctx.removals.add('cookie', 'text-cues:cookie', text);
    return false;
  });
}

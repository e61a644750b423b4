/**
 * Share bars and follow prompts without markup hints: very short blocks with a share phrase, and
 * short blocks that invite the reader to follow the outlet on a named network.
 */
import type { SourcedBlock } from '../blocks.js';
import { FOLLOW, LINE_APP, NETWORK_NAMES, SHARE } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, phraseRegex } from './phrases.js';

const NETWORKS =
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|vk|ok|viber|messenger|print|copy link|threads|bluesky|mastodon|weibo|wechat|line)[\s,|·/]*){2,}$/i;

/** Share words are whole words: "teilen" is no stem of "Teilenergiezähler". */
const SHARE_WORDS = phraseRegex(Object.values(SHARE).flat(), true);

export function isShareBar(text: string): boolean {
  const words = wordCount(text);
  const network = NETWORK_NAMES.test(text) || LINE_APP.test(text);
  if (words <= 40 && network && findPhrase(text.toLowerCase(), FOLLOW)) return true;
  if (words > 12) return false;
  SHARE_WORDS.lastIndex = 0;
  return NETWORKS.test(text.trim()) || SHARE_WORDS.test(text.toLowerCase());
}

export function removeShareBars(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    if (sb.block.type !== 'paragraph' && sb.block.type !== 'list' && sb.block.type !== 'heading') return true;
    const text = blockText(sb);
    if (!isShareBar(text)) return true;
    ctx.removals.add('share', 'text-cues:share', text);
    return false;
  });
}

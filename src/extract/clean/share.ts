/**
 * Share bars and follow prompts without markup hints: very short blocks with a share phrase, and
 * short blocks that invite the reader to follow the outlet on a named network.
 */
import type { SourcedBlock } from '../blocks.js';
import { inlineText } from '../text.js';
import { FOLLOW, LINE_APP, NETWORK_NAMES, SHARE } from '../vocab/phrases/boilerplate.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, phraseRegex } from './phrases.js';

/** A network's or share button's name with the separators after it (Japan's and China's too: はてブ, 豆瓣). */
const NETWORK =
  '(?:facebook|twitter|x|linkedin|xing|whatsapp|telegram|reddit|pinterest|email|e-mail|vk|ok|ок|вк|вконтакте|viber|messenger|print|copy link|threads|bluesky|mastodon|flipboard|pocket|tumblr|weibo|wechat|line|はてなブックマーク|はてブ|hatena|mixi|微博|微信|qq空间|qzone|豆瓣|douban|kakaotalk)[\\s,|·/]*';
/** Two or more of them and nothing else: a share bar. */
const NETWORKS = new RegExp(`^(?:${NETWORK}){2,}$`, 'i');

/**
 * A share verb opening a line that ends in two network names or more, with a few words between
 * ("Share The Copper Valley Dispatch X WhatsApp Telegram", Substack's "Share <publication>"): the bar,
 * though "share" alone is a common word.
 */
const SHARE_VERB_BAR = new RegExp(
  `^(?:share|teilen|partager|compartir|condividi|partilhar|compartilhar|udostępnij|delen|deel|поделиться|поділитися|分享|シェア)(?![\\p{L}])[^.!?]{0,60}?\\s(?:${NETWORK}){2,}$`,
  'iu',
);

/** Share words are whole words: "teilen" is no stem of "Teilenergiezähler". */
const SHARE_WORDS = phraseRegex(Object.values(SHARE).flat(), true);

export function isShareBar(text: string): boolean {
  const words = wordCount(text);
  // Longer blocks are prose: the network scan is skipped for them.
  if (words > 40) return false;
  const network = NETWORK_NAMES.test(text) || LINE_APP.test(text);
  // A source quoted asking to follow them («Подписывайтесь на нас в Telegram», she says) is the story's.
  if (network && findPhrase(unquotedLower(text), FOLLOW)) return true;
  if (words > 12) return false;
  SHARE_WORDS.lastIndex = 0;
  const line = text.trim();
  return NETWORKS.test(line) || SHARE_WORDS.test(text.toLowerCase()) || SHARE_VERB_BAR.test(line);
}

/**
 * A share label with its buttons as one-letter icons run into it ("Diesen Artikel teilen" + "f",
 * "x", "t": "Diesen Artikel teilenfxt"): the label alone, read without the icons, is the bar.
 */
function iconBar(sb: SourcedBlock): boolean {
  if (sb.block.type !== 'paragraph') return false;
  let label = '';
  let icons = 0;
  for (const node of sb.block.children) {
    if (node.type === 'link' && inlineText(node.children).trim().length <= ICON_CHARS) icons++;
    else label += inlineText([node]);
  }
  return icons >= 2 && isShareBar(label);
}
const ICON_CHARS = 2;

/** One network's name alone: a share button set as a block of its own. */
const ONE_NETWORK = new RegExp(`^${NETWORK}$`, 'i');

export function removeShareBars(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const texts = blocks.map(blockText);
  const judged = blocks.map(
    (sb, i) =>
      (sb.block.type === 'paragraph' || sb.block.type === 'list' || sb.block.type === 'heading') &&
      (isShareBar(texts[i]!) || iconBar(sb)),
  );
  // Buttons set one per block ("Partilhar" / "Facebook" / "WhatsApp"): two or more network names
  // in a row, or one after a share label, are the bar.
  const single = texts.map((t, i) => blocks[i]!.block.type === 'paragraph' && ONE_NETWORK.test(t.trim()));
  for (let i = 0; i < blocks.length; i++) {
    if (!single[i]) continue;
    if (single[i - 1] || single[i + 1] || judged[i - 1]) judged[i] = true;
  }
  return blocks.filter((_, i) => {
    if (!judged[i]) return true;
    ctx.removals.add('share', 'text-cues:share', texts[i]!);
    return false;
  });
}

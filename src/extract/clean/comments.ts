/**
 * Comment sections without markup hints: a short "Comments" / "Leave a reply" heading or line in
 * the last part of the article ends the article; it and everything after it go.
 */
import type { SourcedBlock } from '../blocks.js';
import {
  COMMENT_COUNT_VERBS,
  COMMENT_COUNT_WORDS,
  COMMENT_LABELS,
  COMMENTS,
} from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { escapeRegex, findPhrase, isPhrase } from './phrases.js';

const alternatives = (list: Readonly<Record<string, readonly string[]>>): string =>
  [...new Set(Object.values(list).flat())]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

const COUNT_WORD = alternatives(COMMENT_COUNT_WORDS);
const COUNT_VERB = alternatives(COMMENT_COUNT_VERBS);

/**
 * A comment count: "12 comments", "12条评论", "Comments (3)", "Kommentare: 12", "コメント（4）",
 * "View 12 comments", "Voir les commentaires (5)".
 */
const COUNT = new RegExp(
  `^(?:(?:${COUNT_VERB})\\s+)?(?:\\d+\\s*(?:${COUNT_WORD})|(?:${COUNT_WORD})\\s*(?:[:(（\\[]\\s*\\d+\\s*[)）\\]]?|\\d+))$`,
  'iu',
);

/** A comment count on its own: the link or heading that leads to the comments. */
export function isCommentCount(text: string): boolean {
  return COUNT.test(text.trim());
}

/** A comment section's heading, link or form prompt: a count, a bare label, or a specific prompt. */
export function isCommentsMarker(text: string): boolean {
  if (wordCount(text) > 12) return false;
  const lower = text.toLowerCase();
  return (
    isCommentCount(text) || isPhrase(lower, COMMENT_LABELS) !== null || findPhrase(lower, COMMENTS) !== null
  );
}

export function removeComments(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const from = Math.floor(blocks.length * 0.5);
  for (let i = Math.max(1, from); i < blocks.length; i++) {
    const sb = blocks[i]!;
    if (sb.block.type !== 'heading' && sb.block.type !== 'paragraph') continue;
    if (!isCommentsMarker(blockText(sb))) continue;
    ctx.removals.add('comments', 'text-cues:comments', blocks.slice(i).map(blockText).join(' '));
    return blocks.slice(0, i);
  }
  return blocks;
}

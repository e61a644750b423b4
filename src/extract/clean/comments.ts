/**
 * Comment sections without markup hints: a short "Comments" / "Leave a reply" heading or line in
 * the last part of the article ends the article; it and everything after it go.
 */

import type { SourcedBlock } from '../blocks.js';
import {
  COMMENT_COUNT_VERBS,
  COMMENT_COUNT_WORDS,
  COMMENT_FORM_NOTICE,
  COMMENT_LABELS,
  COMMENTS,
  COMMENTS_STATE,
} from '../vocab/phrases/boilerplate.js';
import { blockText, itemText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { alternation, findPhrase, isPhrase } from './phrases.js';

const COUNT_WORD = alternation(Object.values(COMMENT_COUNT_WORDS).flat());
const COUNT_VERB = alternation(Object.values(COMMENT_COUNT_VERBS).flat());

/**
 * A comment count: "12 comments", "12条评论", "Comments (3)", "Kommentare: 12", "コメント（4）",
 * "View 12 comments", "Voir les commentaires (5)", "网友评论 32 条" (a measure word after the number).
 */
const COUNT = new RegExp(
  `^(?:(?:${COUNT_VERB})\\s*)?(?:\\d+\\s*(?:${COUNT_WORD})|(?:${COUNT_WORD})\\s*(?:[:(（\\[]\\s*\\d+\\s*[条條件]?\\s*[)）\\]]?|\\d+)(?:\\s*[条條件])?)$`,
  'iu',
);

/** A comment count on its own: the link or heading that leads to the comments. */
export function isCommentCount(text: string): boolean {
  return COUNT.test(text.trim());
}

/** A comment form's small print is two sentences at most. */
const NOTICE_WORDS = 24;

/** A comment count, a form prompt or the form's small print: marks the comment section wherever it stands. */
export function isSurePrompt(text: string): boolean {
  const words = wordCount(text);
  if (words > NOTICE_WORDS) return false;
  const lower = text.toLowerCase();
  if (findPhrase(lower, COMMENT_FORM_NOTICE) !== null) return true;
  return (
    words <= 12 &&
    (isCommentCount(text) || findPhrase(lower, COMMENTS) !== null || COMMENTS_STATE.test(lower))
  );
}

/** Words of the longest comment label ("Discussion à propos de cette publication"). */
const LABEL_WORDS = 6;

/** A bare section label as the whole block ("Kommentare", "Opiniones de los lectores"): also an article's crosshead. */
function isBareLabel(text: string): boolean {
  return wordCount(text) <= LABEL_WORDS && isPhrase(text.toLowerCase(), COMMENT_LABELS) !== null;
}

/** The count a label may carry after it ("Opina (2)", "Commenti dei lettori: 1"). */
const TRAILING_COUNT = /\s*(?:[(（[]\s*\d+\s*[)）\]]|[:：]\s*\d+)$/u;

/** A section label with its count ("Participe da conversa (1)"): the label, when it is one, over a thread. */
function isCountedLabel(text: string): boolean {
  const label = text.trim().replace(TRAILING_COUNT, '');
  return label !== text.trim() && (isBareLabel(label) || countLabel(label));
}

/** A comment section's heading, link or form prompt: a count, a bare label, or a specific prompt. */
export function isCommentsMarker(text: string): boolean {
  return isSurePrompt(text) || isBareLabel(text);
}

/**
 * Where the comment section starts: a count or a prompt anywhere in the last half; a bare label only
 * when it ends the text, when a count or prompt follows within three blocks ("Reactions" above three
 * article paragraphs is a crosshead), or when a thread of comments follows it.
 */
function commentsStart(texts: readonly string[], blocks: readonly SourcedBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const type = blocks[i]!.block.type;
    if (type !== 'heading' && type !== 'paragraph') continue;
    if (isSurePrompt(texts[i]!)) return i;
    const bare = isBareLabel(texts[i]!);
    if (bare) {
      const next = texts.slice(i + 1, i + 4);
      if (i === blocks.length - 1 || next.some(isSurePrompt)) return i;
    }
    const threadLabel = bare || countLabel(texts[i]!) || isCountedLabel(texts[i]!);
    if (
      threadLabel &&
      (threadFollows(texts, blocks, i) || shortRepliesToEnd(texts, blocks, i) || signedReplies(blocks, i))
    )
      return i;
  }
  return -1;
}

/** A count word alone ("Dyskusja", "网友评论"): besides a bare label, what a thread of comments may stand under. */
function countLabel(text: string): boolean {
  return wordCount(text) <= 3 && isPhrase(text.toLowerCase(), COMMENT_COUNT_WORDS) !== null;
}

/** Blocks a thread under a label may run to before the text ends or a prompt closes it. */
const THREAD_BLOCKS = 16;
/** Words of one comment. */
const COMMENT_WORDS = 80;

/**
 * Comments under the label: a commenter's name line first ("Hannes_K", "Eva M.", "网友“老陈”"), then
 * short blocks to the end of the text or to the form's prompt. A crosshead opens a section of
 * paragraphs, not a name line.
 */
function threadFollows(texts: readonly string[], blocks: readonly SourcedBlock[], label: number): boolean {
  const first = blocks[label + 1];
  if (first?.block.type !== 'paragraph' || !isNameLine(texts[label + 1]!)) return false;
  for (let j = label + 1; j < blocks.length; j++) {
    if (j > label + THREAD_BLOCKS) return false;
    if (isSurePrompt(texts[j]!)) return true;
    if (wordCount(texts[j]!) > COMMENT_WORDS) return false;
  }
  return true;
}

/**
 * A list of comments right under the label, each signed before a colon ("Ірина Л.: Які світлі
 * люди!", "Ana R.: Finalmente alguma transparência."): a story's list under a crosshead is no
 * row of signed replies.
 */
function signedReplies(blocks: readonly SourcedBlock[], label: number): boolean {
  const list = blocks[label + 1]?.block;
  if (list?.type !== 'list' || list.items.length > THREAD_BLOCKS) return false;
  return list.items.every((item) => {
    const text = itemText(item);
    return wordCount(text) <= COMMENT_WORDS && SIGNED_REPLY.test(text);
  });
}

/** One signed comment as a paragraph of its own, a line or two. */
function signedReply(sb: SourcedBlock, text: string): boolean {
  return sb.block.type === 'paragraph' && wordCount(text) <= SHORT_REPLY_WORDS && SIGNED_REPLY.test(text);
}

/** A commenter's name in two parts, or a first name and an initial, then a colon (not a label: "Info:"). */
const SIGNED_REPLY = /^(?:\p{Lu}\.\s?\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*\s\p{Lu}[\p{L}'’-]*\.?):\s+\S/u;

/** Comments with no names shown under their label: this many at most, each a line or two. */
const SHORT_REPLIES = 5;
const SHORT_REPLY_WORDS = 20;

/**
 * Comments shown without their authors' names ("Коментарі" · "Нарешті хоч щось корисне …" · "А що з
 * поліклінікою?"): a few short blocks to the end of the text, under a label in a container of its
 * own, not the story's. A crosshead in the story's container heads its paragraphs.
 */
function shortRepliesToEnd(
  texts: readonly string[],
  blocks: readonly SourcedBlock[],
  label: number,
): boolean {
  const replies = blocks.length - label - 1;
  if (replies < 1 || replies > SHORT_REPLIES) return false;
  const box = blocks[label]!.group;
  if (!box || box === blocks[label - 1]?.group) return false;
  for (let j = label + 1; j < blocks.length; j++) {
    if (blocks[j]!.block.type !== 'paragraph' || wordCount(texts[j]!) > SHORT_REPLY_WORDS) return false;
  }
  return true;
}

/**
 * When a comment was posted, after its author's name ("Marisol T. Apr 28", "Jan K. · 12.03.2025",
 * "Ana 14:05"): a day and month, a date in digits or a time.
 */
const POSTED_AT =
  /\s*[·•|–-]?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}:\d{2})$/u;

/** A name line: a few words that end no sentence (an initial's full stop aside, "Eva M."), a date after it aside. */
function isNameLine(text: string): boolean {
  const line = text.trim().replace(POSTED_AT, '');
  if (wordCount(line) > 3 || line.length > 30) return false;
  return !/[!?。！？:：]$/u.test(line) && (!line.endsWith('.') || /(?:^|\s)\p{Lu}\.$/u.test(line));
}

export function removeComments(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const texts = blocks.map(blockText);
  let start = commentsStart(texts, blocks, Math.max(1, Math.floor(blocks.length * 0.5)));
  if (start < 0) return blocks;
  // Signed comments shown above the form's prompt ("Ana R.: Finalmente alguma transparência." over
  // "Deixe um comentário…") are the thread's.
  while (start > 1 && signedReply(blocks[start - 1]!, texts[start - 1]!)) start--;
  ctx.removals.add('comments', 'text-cues:comments', texts.slice(start).join(' '));
  return blocks.slice(0, start);
}

/**
 * Blog post footers at the end of the text: "This entry was posted in News and tagged x, y.
 * Bookmark the permalink." or "Erstellt am … und abgelegt unter …", and the author's bio ("Jane Doe
 * is a reporter covering housing.", "中村由紀　社会部記者。"). They describe the page or its author, not the article. Only the
 * last few blocks are looked at, and only short ones.
 */
import type { SourcedBlock } from '../blocks.js';
import { NEWSROOM_ROLES, POST_FOOTER, POST_FOOTER_STARTS } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, startPhrase } from './phrases.js';

/** How many blocks from the end may be footer lines. */
const TAIL = 3;

/**
 * A capitalised name of two or three words opening the text, a present-tense copula ("is", "ist",
 * "est", "—" …), then up to four words before the role. "Jane Doe, a reporter who was detained,
 * …" has no copula there: that is the article talking about a journalist.
 */
const NAME_IS =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:is|ist|est|es|è|é|jest|[—–])(?:\s+\S+){0,4}?\s+/iu;

/** Quotes and speech mark an article's closing line about a journalist, not a bio. */
const QUOTED = /["“”„«»]/;

/**
 * A CJK bio: a name of two to six characters, a space (prose in these scripts has none), then a
 * newsroom role within a dozen characters, closing its clause ("中村由紀　社会部記者。…").
 */
const CJK_BIO =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{2,6}\s+[^\s。，、,]{0,12}?(?:記者|记者|編集委員|编辑|編集者|論説委員|特派員|デスク|ライター|ジャーナリスト|撰稿人)[。，、,]/u;

/** "Jörg Lehmann ist Redakteur im Ressort Verkehr." — a name, then a newsroom role within a few words. */
export function isAuthorBio(text: string): boolean {
  if (QUOTED.test(text)) return false;
  if (CJK_BIO.test(text)) return true;
  const opening = NAME_IS.exec(text);
  if (!opening) return false;
  const afterName = text.slice(0, opening[0].length + 40).toLowerCase();
  return findPhrase(afterName, NEWSROOM_ROLES) !== null;
}

/** The rule that marks `text` as a post footer, or null. */
export function postFooterRule(text: string): string | null {
  if (wordCount(text) > 45) return null;
  const lower = text.toLowerCase();
  const phrase = findPhrase(lower, POST_FOOTER) ?? startPhrase(lower, POST_FOOTER_STARTS);
  if (phrase) return `phrase:${phrase.trim()}`;
  return isAuthorBio(text) ? 'text-cues:author-bio' : null;
}

export function removePostFooters(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const start = Math.max(0, blocks.length - TAIL);
  return blocks.filter((sb, i) => {
    if (i < start || sb.block.type !== 'paragraph') return true;
    const text = blockText(sb);
    const rule = postFooterRule(text);
    if (!rule) return true;
    ctx.removals.add('other', rule, text);
    return false;
  });
}

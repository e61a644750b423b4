/**
 * Blog post footers at the end of the text: "This entry was posted in News and tagged x, y.
 * Bookmark the permalink." or "Erstellt am … und abgelegt unter …", and the author's bio ("Jane Doe
 * is a reporter covering housing.", "中村由紀　社会部記者。"). They describe the page or its author, not the article. Only the
 * last few blocks are looked at, and only short ones.
 */
import type { SourcedBlock } from '../blocks.js';
import {
  BIO_CONTACT,
  BIO_VERBS,
  NEWSROOM_ROLES,
  NOT_NAME_WORDS,
  POST_FOOTER,
  POST_FOOTER_STARTS,
} from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { escapeRegex, findPhrase, startPhrase } from './phrases.js';

/** How many blocks from the end may be footer lines. */
const TAIL = 3;

/**
 * A capitalised name of two or three words opening the text, a present-tense copula ("is", "ist",
 * "est", "—" …), then up to four words before the role. "Jane Doe, a reporter who was detained,
 * …" has no copula there: that is the article talking about a journalist.
 */
const NAME_IS =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:is|ist|est|es|è|é|jest|[—–])(?:\s+\S+){0,4}?\s+/u;

/** Quotes and speech mark an article's closing line about a journalist, not a bio. */
const QUOTED = /["“”„«»]/;
/** A short quoted name ("журналістка «Сіверського краю»"): capitalised, no clause; a title's quote marks, not speech. */
const QUOTED_NAME = /[«„“"]\p{Lu}[^«»„“”",.!?]{0,40}[»“”"]/gu;

/** Whether `text` quotes someone; quote marks around a short name (an outlet, a book) do not count. */
function quotesSpeech(text: string): boolean {
  return QUOTED.test(text.replace(QUOTED_NAME, ' '));
}

/**
 * A CJK bio: a name of two to six characters, a space (prose in these scripts has none), then a
 * newsroom role within a dozen characters, closing its clause ("中村由紀　社会部記者。…").
 */
const CJK_BIO =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{2,6}\s+[^\s。，、,]{0,12}?(?:記者|记者|編集委員|编辑|編集者|論説委員|特派員|デスク|ライター|ジャーナリスト|撰稿人)[。，、,]/u;

/** "Jörg Lehmann ist Redakteur im Ressort Verkehr." — a name, then a newsroom role within a few words. */
export function isAuthorBio(text: string): boolean {
  if (quotesSpeech(text)) return false;
  if (CJK_BIO.test(text)) return true;
  const opening = NAME_IS.exec(text);
  if (!opening) return false;
  const afterName = text.slice(0, opening[0].length + 40).toLowerCase();
  return findPhrase(afterName, NEWSROOM_ROLES) !== null;
}

/**
 * A name opening the text: two to four capitalised words, lower-case particles allowed between
 * them ("Jan de Vries", "Ana da Silva"). Case-sensitive on purpose: no `i` flag.
 */
const NAME_OPENING =
  /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|di|del|der|den|van|von|dos|du|la|le|ter)\s+)?\p{Lu}[\p{L}'’-]+){1,3}(?=\s)/u;
const NOT_NAME = new Set(NOT_NAME_WORDS);

/**
 * The name opening a bio that says what its author writes about, with no role word ("Tetiana
 * Savchuk writes about volunteers. She previously worked in radio."), or null. The text alone
 * cannot tell it from a closing line about someone in the story: see `removePostFooters`.
 */
export function bioVerbName(text: string): string | null {
  const name = openingName(text);
  return name && startPhrase(text.slice(name.length).trimStart().toLowerCase(), BIO_VERBS) ? name : null;
}

/** The person's name opening a short unquoted text, or null. */
function openingName(text: string): string | null {
  if (quotesSpeech(text) || wordCount(text) > 45) return null;
  const name = NAME_OPENING.exec(text)?.[0];
  return name && !NOT_NAME.has(name.slice(0, name.search(/\s/)).toLowerCase()) ? name : null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The name opening a bio that gives its author's address ("Martina Oberhofer … Scrivile a
 * redazione@…"), or null. Like `bioVerbName`, the text alone cannot tell it from a closing call to
 * write to someone in the story: see `removePostFooters`.
 */
export function contactBioName(text: string): string | null {
  if (!EMAIL.test(text)) return null;
  const name = openingName(text);
  return name && findPhrase(text.toLowerCase(), BIO_CONTACT) ? name : null;
}

/**
 * Whether a word of `name` (or its stem: names inflect, "Савчук" / "Савчука") occurs in `text`.
 * Particles are too short to tell.
 */
function mentions(text: string, name: string): boolean {
  return name
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .some((word) => {
      const stem = word.slice(0, Math.max(3, word.length - 2));
      return new RegExp(`(?<![\\p{L}])${escapeRegex(stem)}`, 'u').test(text);
    });
}

/** The rule that marks `text` as a post footer, or null. */
export function postFooterRule(text: string): string | null {
  if (wordCount(text) > 45) return null;
  const lower = text.toLowerCase();
  const phrase = findPhrase(lower, POST_FOOTER) ?? startPhrase(lower, POST_FOOTER_STARTS);
  if (phrase) return `phrase:${phrase.trim()}`;
  return isAuthorBio(text) ? 'text-cues:author-bio' : null;
}

/**
 * A bio without a role word is the author's only at the very end (nothing but footer lines after
 * it) and only when the story never names that person: its subject would be named before.
 */
function isAuthorBioByVerb(blocks: SourcedBlock[], at: number, ctx: CleanContext): boolean {
  const text = blockText(blocks[at]!);
  const name = bioVerbName(text) ?? contactBioName(text);
  if (!name) return false;
  const rest = blocks.filter((_, i) => i !== at).map(blockText);
  return !mentions(`${ctx.headline} ${rest.join(' ')}`, name);
}

/**
 * The names a byline's author goes by in a bio: the name as metadata gives it, and the part after a
 * bureau or desk set before it ("石巻支局・佐藤亮" → "佐藤亮").
 */
function bioNames(authors: readonly string[]): string[] {
  const names = new Set<string>();
  for (const author of authors) {
    names.add(author.trim());
    const last = author.split(BUREAU_SEPARATOR).pop()?.trim();
    if (last) names.add(last);
  }
  return [...names].filter((n) => n.length >= 2);
}
const BUREAU_SEPARATOR = /[・·|｜/／]/;

/**
 * A bio box of the article's own author: a line with a byline name alone (maybe with a bureau), then
 * a line opening with that name and going on about them ("Sanne de Boer is verslaggever wonen …",
 * "佐藤亮：石巻支局記者。…", "林嘉怡，…记者。"). Without the name line over it, a closing line about
 * the author may be the column's own tagline, which the story keeps. Returns the bio's index or -1.
 */
function authorBioBox(blocks: readonly SourcedBlock[], label: number, names: readonly string[]): number {
  const bio = blocks[label + 1];
  if (bio?.block.type !== 'paragraph' || blocks[label]!.block.type !== 'paragraph') return -1;
  const text = blockText(bio);
  if (wordCount(text) > 45 || quotesSpeech(text)) return -1;
  const line = blockText(blocks[label]!).trim();
  for (const name of names) {
    if (!text.startsWith(name) || !AFTER_NAME.test(text.slice(name.length))) continue;
    const labelled =
      line === name || (line.includes(name) && line.length <= name.length + 12 && !SENTENCE_MARK.test(line));
    if (labelled) return label + 1;
  }
  return -1;
}
/** What follows a name opening a bio: a space, comma, colon or dash, then more text; not more of a word. */
const AFTER_NAME = /^(?:\s|[,，、:：—–-])\s*\S/u;
const SENTENCE_MARK = /[.!?。！？]/;

export function removePostFooters(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const start = Math.max(0, blocks.length - TAIL);
  const names = bioNames(ctx.authors ?? []);
  const rules = blocks.map((sb, i) =>
    i >= start && sb.block.type === 'paragraph' ? postFooterRule(blockText(sb)) : null,
  );
  for (let i = Math.max(0, start - 1); i < blocks.length - 1 && names.length > 0; i++) {
    const bio = authorBioBox(blocks, i, names);
    // The bio may already be known by its role word; its name line is still the box's.
    if (bio < 0 || (rules[bio] && rules[bio] !== 'text-cues:author-bio')) continue;
    rules[i] = 'text-cues:author-bio';
    rules[bio] = 'text-cues:author-bio';
  }
  let last = blocks.length - 1;
  while (last >= start && rules[last]) last--;
  if (last >= start && blocks[last]!.block.type === 'paragraph' && isAuthorBioByVerb(blocks, last, ctx))
    rules[last] = 'text-cues:author-bio';
  return blocks.filter((sb, i) => {
    const rule = rules[i];
    if (!rule) return true;
    ctx.removals.add('other', rule, blockText(sb));
    return false;
  });
}

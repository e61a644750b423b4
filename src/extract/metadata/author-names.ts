/**
 * Byline text → people's names: drop the lead-in ("By", "Von", "Par", "Автор:"), credits that are
 * not authorship, dates, emails, URLs and job titles, then split "A and B", "A, B & C", "A und B".
 */

import { hasCjk } from '../cjk.js';
import { BIO_VERBS } from '../vocab/phrases/boilerplate.js';
import {
  AGENCY_NAMES,
  BYLINE_PREFIXES,
  CREDENTIALS,
  LOWERCASE_PREFIXES,
  NAME_PARTICLES,
  NAV_LABELS,
  NON_AUTHOR_CREDITS,
  ORGANISATION_UNIT_WORDS,
  ROLE_TITLE_ENDINGS,
  ROLE_WORDS,
} from './byline-vocab.js';
import { parseDateText } from './date-text.js';
import { WEEKDAYS } from './date-vocab.js';
import { isAgencyCredit } from './organisation.js';

const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 6;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_RE = new RegExp(
  `^(?:${[...BYLINE_PREFIXES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?=[\\s:]|$)[\\s:\\-–—]*`,
  'iu',
);
const LOWER_PREFIX_RE = new RegExp(`^(?:${LOWERCASE_PREFIXES.join('|')})\\s+(?=\\p{Lu})`, 'u');
const CREDIT_RE = new RegExp(`^(?:${NON_AUTHOR_CREDITS.map(escapeRe).join('|')})(?=[\\s:,]|$)`, 'iu');
/** The same credits later in a segment ("Text von A  Illustration von B"): the names end there. */
const MID_CREDIT_RE = new RegExp(`\\s(?:${NON_AUTHOR_CREDITS.map(escapeRe).join('|')})(?=[\\s:,]|$)`, 'iu');
/**
 * "Brendan Carlin for The Mail on Sunday", "Anna Roth für tagesschau.de": the outlet is not a name.
 * Two words before "for" at least, so "Organization for Transformative Works" stays whole.
 */
const FOR_OUTLET_RE = /^(\S+\s+\S.*?)\s+(?:for|für|pour|para)\s+\S.*$/iu;
/**
 * Between names: "and", "&", ";", "/", "|", "•", the ideographic comma "、", a spaced dash ("Jane Doe – Staff Writer", never
 * the hyphen of "Jean-Pierre") and their counterparts in other languages.
 */
/** "Jane Doe in London", "Jane Doe in New York": the dateline's place is not part of the name. */
const IN_PLACE_RE = /^(\p{Lu}\S*\s+\S.*?)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u;
const NAME_SEPARATORS =
  /\s*(?:;|\||•|·|\/|&|、|\s[-–—]\s|\s(?:and|und|et|y|e|i|и|en|og|och|ve|a|with|mit|avec|con)\s)\s*/iu;
const EMAIL = /\S+@\S+\.\S+/g;
const HANDLE = /(?:^|\s)@\w+/g;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Names from one byline string; [] when nothing in it is a name. */
export function parseAuthorNames(raw: string): string[] {
  const segments = raw
    .replace(URL_RE, ' ')
    .replace(EMAIL, ' ')
    .replace(HANDLE, ' ')
    .replace(/\(\s*\)/g, ' ')
    // "A (avec B et C)": the co-authors in brackets are authors too.
    .replace(/\((?:avec|with|mit|con|com)\s+([^)]*)\)/giu, ', $1')
    .split(/\s*(?:\r?\n|\t)\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const segment of segments) {
    const found = namesInSegment(segment);
    // "Por Lucía Herrera y Pablo Moreno\nSevilla": one word on a line of its own after full names is
    // where they filed from (or their desk), not a third writer.
    if (found.length === 1 && ONE_WORD.test(found[0]!) && names.some((n) => n.includes(' '))) continue;
    for (const name of found) if (!names.includes(name)) names.push(name);
  }
  return names;
}

const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
const LONE_LABEL = /^\p{L}+\s*[:：]$/u;

function namesInSegment(segment: string): string[] {
  // "Gepubliceerd:" before a <time> the byline's text leaves out: a label, no name.
  if (LONE_LABEL.test(segment)) return [];
  let text = stripPunctuation(segment);
  // "Posted by Jane Doe" is a byline even though a bare "Posted …" is a dateline.
  if (!PREFIX_RE.test(text) && CREDIT_RE.test(text)) return [];
  text = stripPunctuation(
    stripGluedPrefix(text.replace(COMPOUND_LABEL, '').replace(ELIDED_LEAD_IN, ''))
      .replace(PREFIX_RE, '')
      .replace(LOWER_PREFIX_RE, ''),
  );
  // An author box's heading whole ("Sobre a autora"), before its words split as names.
  if (NAV_LABELS.has(text.toLowerCase())) return [];
  text = cutAtCredit(stripCjkLabel(text));
  // "Martin is a full-stack engineer and has worked as …": an author bio, not a byline.
  if (isProse(text) || CJK_PHRASE.test(text) || CJK_PHOTO_CREDIT.test(text) || BIO_AFTER_NAME.test(text))
    return [];
  // "Jane Doe | Updated March 3" or "Jane Doe - 14.03.2025": cut at a date.
  text = cutAtDate(text);
  if (!text) return [];
  // "det/dpa": a desk and its agency sign together; split, the desk's initials would pass for a name.
  if (isAgencyCredit(text)) return [cleanName(text)].filter((n): n is string => n !== null);
  text = dropAgencies(cutDescription(cutRoleAfterComma(cutLowercaseRole(text))));
  const parts = splitNames(text)
    .map(cleanName)
    .filter((n): n is string => n !== null);
  // A two-letter scrap next to real names is a weekday or initials left over from a date.
  const people = parts.filter((p) => !isRole(p) && (parts.length === 1 || p.length > 2));
  // "Jean Dupont, correspondant à Rome": beside a capitalised name, a lowercase phrase is a role.
  const named = people.filter((p) => !isDescription(p));
  if (named.length && named.length < people.length) return named;
  return people.length ? people : parts.filter((p) => !isRoleOnly(p));
}

/**
 * An author box's sentence: a name, then what the author does ("Priya Nair covers agronomy and crop
 * science", "Тетяна Савчук пише про …"), not a byline.
 */
const BIO_AFTER_NAME = new RegExp(
  `\\p{Lu}[\\p{L}'’.-]*\\s+(?:${Object.values(BIO_VERBS).flat().map(escapeRe).join('|')})(?![\\p{L}])`,
  'u',
);

/** "胡雪 摄", "王磊 攝影": the name of who took the photo, credited under it. */
const CJK_PHOTO_CREDIT = /(?:^|[\s\p{sc=Han}])(?:摄|攝|摄影|攝影|撮影)$/u;

/**
 * A Japanese sentence ("経済部の取材班が伝えます"): a polite verb ending, or a subject or object
 * particle between words. A name or a desk ("やまぶき地域新聞編集部") has neither.
 */
const CJK_PHRASE =
  /(?:ます|です|ました|でした|ません)$|[\p{sc=Han}\p{sc=Katakana}][がを][\p{sc=Han}\p{sc=Hiragana}]/u;

/** Two words or more opening with a lowercase word that is no name particle ("van", "de"). */
function isDescription(part: string): boolean {
  const first = part.split(' ')[0]!;
  return part.includes(' ') && !part.includes(',') && /^\p{Ll}/u.test(first) && !NAME_PARTICLES.has(first);
}

function splitNames(text: string): string[] {
  // An institution's unit is one name, "and" and all ("Dział Komunikacji i Promocji").
  if (ORGANISATION_UNIT.test(text)) return [text];
  const pieces = text.split(NAME_SEPARATORS).filter(Boolean).map(withoutCjkDesk);
  // "Mac & i", "Q and A": a one- or two-letter piece means the separator was part of a name (a
  // piece without letters, "5" of "Jane Doe · 5 min read", is a scrap that cleanName drops).
  if (pieces.some(isShortWord)) return [text];
  return pieces.flatMap((piece) => {
    const commaParts = piece.split(/\s*,\s*/).filter(Boolean);
    // "Doe, Jane" (one word before the comma) is one inverted name, not two people.
    if (commaParts.length === 2 && !commaParts[0]!.includes(' ')) return [piece];
    // "Jane Doe, Berlin", "Jane Doe, CNN": after a full name, one word alone is a place or an outlet.
    if (commaParts[0]!.includes(' ')) return commaParts.filter((p, i) => i === 0 || p.includes(' '));
    return commaParts;
  });
}

/** The writer's label joined to a second task ("Tekst i przepis:", "Text and photos:", "Texto y fotos:"). */
const COMPOUND_LABEL =
  /^(?:text|tekst|texto|testo|texte|текст|words|story)\s+(?:i|and|und|et|y|e|и|і|en|&)\s+\p{L}+\s*:\s*/iu;

/** A lead-in elided into the name ("A cura dell'Ufficio Stampa"): no space after it. */
const ELIDED_LEAD_IN = /^a cura d(?:ell)?['’]\s*/iu;

/** A department or press office opening the text (see `ORGANISATION_UNIT_WORDS`). */
const ORGANISATION_UNIT = new RegExp(`^(?:${ORGANISATION_UNIT_WORDS.join('|')})\\s`, 'iu');

/** Whether `name` is an institution's unit ("Dział Komunikacji i Promocji", "Pressestelle der Stadt"). */
export function isOrganisationUnit(name: string): boolean {
  return ORGANISATION_UNIT.test(name);
}

/** "社会部・小川直樹" after a comma of names: the desk before each name goes too. */
function withoutCjkDesk(piece: string): string {
  return hasCjk(piece) ? piece.replace(CJK_DESK, '').replace(CJK_DATELINE, '') : piece;
}

/**
 * Where a Japanese reporter filed from, joined to the name by "＝" ("マニラ＝森田亮介"); not a credit
 * label ("写真＝…", whose name is no writer's).
 */
const CJK_DATELINE =
  /^(?!写真|撮影|摄影|攝影|图片|圖片|图|圖|编辑|編輯|责任编辑|責任編輯|イラスト|構成)[\p{sc=Han}\p{sc=Katakana}ー]{2,8}＝(?=[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}])/u;

function isShortWord(piece: string): boolean {
  const letters = piece.replace(/[^\p{L}]/gu, '').length;
  return letters > 0 && letters <= 2;
}

function cleanName(raw: string): string | null {
  let name = stripPunctuation(
    raw
      .replace(FOR_OUTLET_RE, '$1')
      .replace(IN_PLACE_RE, '$1')
      // A bracketed count ("人氣(23925)") stays, so the digit check below rejects the piece.
      .replace(/\s*\([^)\d]*\)\s*$/, '')
      .replace(/\s*\([^)]*$/, '')
      .replace(PREFIX_RE, ''),
  );
  // "Local Democracy Reporter" split off a name is a title whole, dropped later, not cut to a name.
  if (!isRole(name)) name = cutTrailingRole(cutGluedRole(name));
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return null;
  if (name.split(' ').length > MAX_NAME_WORDS) return null;
  if (/\d|https?:|www\.|@|\.(?:com|org|net|de)\b/i.test(name)) return null;
  // "Ilustrator: Adriaan Prent": a labelled credit whose label is not a byline lead-in.
  if (name.includes(':')) return null;
  if (!/\p{L}/u.test(name)) return null;
  if (NAV_LABELS.has(name.toLowerCase())) return null;
  if (WEEKDAYS.has(name.toLowerCase().replace(/\.$/, ''))) return null;
  if (looksLikeSentence(name)) return null;
  if (CREDIT_RE.test(name)) return null;
  return name;
}

/**
 * "Pierre-Alain Rochat Journaliste sportif", "Lucía Garcés Corresponsal": a job title set after a
 * two-word name without a comma (a separate element in the page) is cut off.
 */
function cutTrailingRole(name: string): string {
  const words = name.split(' ');
  for (let i = 2; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (ROLE_WORDS.has(word) || ROLE_TITLE_ENDINGS.has(word)) return words.slice(0, i).join(' ');
  }
  return name;
}

/** "The real problem behind fake news": three or more lowercase words make a headline, not a name. */
function looksLikeSentence(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 3) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  return lower.length >= 3;
}

/** Single-word titles long enough to tell when run into a name ("Ковалёваобозреватель"). */
const GLUED_ROLES = [...ROLE_WORDS].filter((r) => !r.includes(' ') && r.length >= 5);

/**
 * A lowercase title run into the name's last word by two elements set side by side ("<a>Марина
 * Ковалёва</a><span>обозреватель</span>"): the title is cut off.
 */
function cutGluedRole(name: string): string {
  const at = name.lastIndexOf(' ');
  if (at < 0) return name;
  const last = name.slice(at + 1);
  for (const role of GLUED_ROLES) {
    const cut = last.length - role.length;
    if (cut >= 2 && last.endsWith(role) && /\p{Ll}/u.test(last[cut - 1]!)) return name.slice(0, at + 1 + cut);
  }
  return name;
}

function isRole(name: string): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(' ');
  const last = words.at(-1) ?? '';
  // "Periodista de Economía", "Redakteurin für Politik": a title and its beat.
  const titled = words.length > 2 && ROLE_WORDS.has(words[0]!) && BEAT_JOINERS.has(words[1]!);
  return (
    ROLE_WORDS.has(lower) ||
    // "спортивна журналістка": lowercase words ending in a role, on a line of their own.
    (words.length > 1 && ROLE_WORDS.has(last) && name.split(' ').every((w) => /^\p{Ll}/u.test(w))) ||
    CREDENTIALS.has(lower.replace(/\.$/, '')) ||
    ROLE_TITLE_ENDINGS.has(last) ||
    // "Science Reporters" after two names.
    (last.endsWith('s') && ROLE_TITLE_ENDINGS.has(last.slice(0, -1))) ||
    titled
  );
}
const BEAT_JOINERS = new Set([
  'de',
  'del',
  'di',
  'of',
  'for',
  'für',
  'voor',
  'do',
  'da',
  'du',
  'des',
  'in',
  'en',
  'im',
  'w',
  'по',
]);

function isRoleOnly(name: string): boolean {
  return isRole(name) && name.split(' ').length > 1;
}

const PROSE_MIN_WORDS = 8;

/**
 * A sentence: eight words or more, with four lowercase words or more, ending in sentence punctuation
 * or holding a full stop before a capital ("… über die Haie. Instagram: …", an author box's bio).
 */
function isProse(text: string): boolean {
  const words = text.split(' ');
  if (words.length < PROSE_MIN_WORDS || !(/[.!?]$/.test(text) || SENTENCE_END.test(text))) return false;
  // Prose has many lowercase words; a byline ending "… Oct. 3, 2023, 4:10 p.m." has few.
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= PROSE_MIN_LOWER;
}
const SENTENCE_END = /\p{L}{2}[.!?]\s+\p{Lu}/u;
const PROSE_MIN_LOWER = 4;

/** Lead-ins ending in a letter, longest first, for `stripGluedPrefix`. */
const GLUED_PREFIXES = [...BYLINE_PREFIXES]
  .filter((p) => /\p{L}$/u.test(p))
  .sort((a, b) => b.length - a.length);

/** "AutorTeufel Blog Redaktion": a lead-in run into the name by adjacent inline elements. */
function stripGluedPrefix(text: string): string {
  const lower = text.toLowerCase();
  for (const prefix of GLUED_PREFIXES) {
    const n = prefix.length;
    if (lower.startsWith(prefix) && /^\p{Ll}\p{Lu}/u.test(text.slice(n - 1, n + 1))) return text.slice(n);
  }
  return text;
}

/** "Jane Doe/AP": beside a person, the agency credited after a "/" is no second author. */
function dropAgencies(text: string): string {
  if (!text.includes('/')) return text;
  const pieces = text.split(/\s*\/\s*/);
  const kept = pieces.filter((p) => !AGENCY_NAMES.has(p.toLowerCase()));
  return kept.length && kept.length < pieces.length ? kept.join(' / ') : text;
}

/**
 * "di Federica Bertolino inviata a Canton Vesco": a lowercase job title after the names ends them;
 * what follows it (a place, a beat) is no second name.
 */
function cutLowercaseRole(text: string): string {
  for (const m of text.matchAll(/\s(\p{Ll}+)(?=[\s,;]|$)/gu)) {
    if (!ROLE_WORDS.has(m[1]!) || !/\p{Lu}/u.test(text.slice(0, m.index))) continue;
    // The role's own lowercase words before it go too ("Тетяна Гнатюк спортивна журналістка").
    const words = text.slice(0, m.index).split(' ');
    while (words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) && !NAME_PARTICLES.has(words.at(-1)!))
      words.pop();
    return words.join(' ');
  }
  return text;
}

/**
 * "Katrin Weller, Redakteurin Energie & Haustechnik": after a comma, a job title and its beat
 * describe the person named before; the beat's "&" joins no second name. Another name joined after
 * it ("…, Redakteurin, und Tom Kress") keeps the text whole.
 */
function cutRoleAfterComma(text: string): string {
  const match = /,\s*(\p{L}+)/u.exec(text);
  if (!match || !ROLE_WORDS.has(match[1]!.toLowerCase())) return text;
  const rest = text.slice(match.index + match[0].length);
  return NAME_JOINED.test(rest) ? text : text.slice(0, match.index);
}
const NAME_JOINED = /(?:^|\s|,)(?:and|und|et|y|e|i|en|и|і|та)\s+\p{Lu}/u;

/**
 * "Camila Duarte, especial para a Gazeta", "Jan Malinowski, korespondent AIP w Brukseli": after a
 * comma, a phrase opening with a lowercase word (no name particle) describes the person named before.
 */
function cutDescription(text: string): string {
  const match = /,\s*(\p{Ll}+)\s+\p{L}/u.exec(text);
  return match && !NAME_PARTICLES.has(match[1]!) ? text.slice(0, match.index) : text;
}

/**
 * Chinese and Japanese credit labels: "作者：", "记者 ", "特约评论员 ", "投稿者 ", "文＝", "執筆：" before the
 * names (and "記者" run into one: "記者林佳慧"), a desk or title before a Japanese name ("論説委員 ",
 * "報道部 "), and what follows the names: a photographer's or editor's credit ("写真＝…",
 * "攝影／…", "责任编辑：…"), "发自…", where the report was filed ("／台南報導"), a title.
 */
function stripCjkLabel(text: string): string {
  if (!hasCjk(text)) return text;
  const bare = text.replace(/^[（(]([^)）]*)[)）]$/u, '$1');
  return bare
    .replace(CJK_LEAD_IN, '')
    .replace(CJK_DESK, '')
    .replace(CJK_AFTER_NAMES, '')
    .replace(CJK_TITLE_AFTER, '')
    .trim();
}
const CJK_LEAD_IN =
  /^(?:\p{sc=Han}{0,4}(?:记者|記者|撰稿人|通讯员|通訊員|评论员|評論員)|作者|撰文|执笔|執筆|筆者|著者|采写|採寫|撰稿|文字|取材|投稿者|ライター|発表|文[・·、]写真|文[・·、]撮影|取材[・·、]文|取材[・·、]写真|文|稿)\s*[:：＝=／/|｜]\s*|^(?:\p{sc=Han}{0,4}(?:记者|記者|撰稿人|评论员|評論員)|作者|投稿者|筆者|著者)\s+|^(?:文[・·、](?:写真|撮影)|取材[・·、](?:文|写真))\s+|^(?:文|取材)[・·](?=[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}])|^(?:记者|記者)(?=\p{sc=Han}{2,4}(?:$|[、，,／/\s]))/u;
const CJK_DESK =
  /^(?:[\p{sc=Han}\p{sc=Katakana}]{1,8}\s)?[\p{sc=Han}\p{sc=Katakana}ー]{1,6}(?:部|委員|委员|記者|特派員|特派员|支局|総局|センター|本部)[\s・·]+(?=\p{sc=Han})/u;
const CJK_AFTER_NAMES =
  /\s*(?:(?:写真|撮影|摄影|攝影|图片|圖片|图|圖|责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)\s*[:：＝=／/]|[发發]自|（|丨|[／/]\s*\p{sc=Han}{1,8}?(?:報導|报道|報道)).*$/u;

/** A reporter's title after the name ("社会部 中川亮 記者", "佐藤 健太 記者"). */
const CJK_TITLE_AFTER = /(?<=\p{sc=Han}|\p{sc=Katakana})\s+(?:记者|記者|特派員|特派员)$/u;

function cutAtCredit(text: string): string {
  const match = MID_CREDIT_RE.exec(text);
  // "Jane Doe with additional reporting by …": the joiner before the credit goes with it.
  return match ? stripPunctuation(text.slice(0, match.index).replace(TRAILING_JOINER, '')) : text;
}

const TRAILING_JOINER = /\s+(?:with|and|und|mit|avec|et|con|y|e)$/iu;

function cutAtDate(text: string): string {
  const match =
    /\s*(?:[|｜,–—-]|\bon\b|\bam\b|\ble\b|\bel\b)?\s*(?:\d{1,4}[./-]|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}|\d{4}\s*年)/u.exec(
      text,
    );
  if (!match || !parseDateText(text.slice(match.index))) return text;
  const before = text.slice(0, match.index);
  // "Gepubliceerd: 27 maart 2025": one word and a colon before the date is the date's label.
  if (LONE_LABEL.test(before.trim())) return '';
  // "Sevilla, 3 de marzo de 2025": a dateline; one word and a comma before the date is the place.
  if (/^\s*\p{Lu}\p{Ll}+\s*$/u.test(before) && match[0].trimStart().startsWith(',')) return '';
  return dropDateLeadIn(stripPunctuation(before));
}

/** Words that introduce a date ("Fabian am Dienstag 6. Mai", "Jane Doe on Monday, May 5"). */
const DATE_LEAD_INS = new Set(['am', 'on', 'le', 'el', 'den', 'at', 'um']);

/** Drop a weekday and the word before it that were left in front of a cut date. */
function dropDateLeadIn(text: string): string {
  const words = text.split(' ');
  const bare = (w: string) => w.toLowerCase().replace(/[.,]$/, '');
  if (words.length > 1 && WEEKDAYS.has(bare(words.at(-1)!))) words.pop();
  if (words.length > 1 && DATE_LEAD_INS.has(bare(words.at(-1)!))) words.pop();
  return stripPunctuation(words.join(' '));
}

function stripPunctuation(text: string): string {
  return text.replace(/^[\s,;:|/\-–—•·]+|[\s,;:|/\-–—•·]+$/gu, '').trim();
}

/**
 * The rows right under the headline, where many pages put the byline and date as plain text with
 * no markup: "Соломія Гнатів · 22 серпня 2024", "14.03.2025 | Anna Müller", "Veröffentlicht am
 * 14. März 2025 von Anna Müller". A name alone there could be a kicker or a caption, so names count
 * only beside a date in the same row; a date counts only in a row holding nothing but the date, its
 * lead-in words and such names.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { parseAuthorNames } from './author-names.js';
import { blockOf, lineFrom, SKIPPED } from './byline-line-text.js';
import { NAME_PARTICLES, NAV_LABELS } from './byline-vocab.js';
import { type DateTextHints, parseDateText } from './date-text.js';
import { DATE_ROW_WORDS, MONTH_NUMBERS, UPDATE_WORDS, WEEKDAYS } from './date-vocab.js';
import type { DateParts } from './dates.js';

/** Lines read below the h1: the byline row sits right under the headline or its standfirst. */
const MAX_LINES = 3;
const MAX_ROW_LENGTH = 100;
const MAX_NAME_WORDS = 4;
/**
 * Between the names and the date. A comma is left out: "New York, 3 March 2025" is a dateline. On
 * a CJK page a space before a label parts a row too ("2025-03-14 12:31 来源：姑苏晚报 作者：张伟").
 */
const SEPARATOR = /\s+[·•|–—-]\s+|\s*[·•|｜]\s*|\s+(?=\p{sc=Han}{1,4}[：:])/u;
const SEPARATORS = new RegExp(SEPARATOR.source, 'gu');
/**
 * "… 14. März 2025 von Anna Müller", "March 14, 2025 by Jane Doe", "Опубліковано 9 серпня 2024
 * автором Микола": a lead-in after the date.
 */
const NAMES_AFTER = /(?:^|[\s,])(?:von|by|par|por|door|przez|автором|автор)\s+(?=\p{Lu})/u;

export interface Row {
  names: string[];
  date: DateParts | null;
}

/** The first lines after the `<h1>`, each as its text; [] without an h1. */
export function headlineRows(h1: Element | null): string[] {
  const lines: string[] = [];
  if (!h1) return lines;
  for (let node: AnyNode | null = h1; node && lines.length < MAX_LINES; node = node.parent) {
    for (let next = node.next; next && lines.length < MAX_LINES; next = next.next) collect(next, lines);
  }
  return lines;
}

function collect(node: AnyNode, lines: string[]): void {
  if (lines.length >= MAX_LINES) return;
  if (node.type === 'text') {
    if (!node.data.trim()) return;
    const line = lineOf(node);
    // A name in a <span> of its own opens "a line" too ("Por <span>Itziar Goikoetxea</span>"): the
    // rest of a row already read is no row of its own.
    if (line && !lines.at(-1)?.endsWith(line)) lines.push(line);
    return;
  }
  if (node.type !== 'tag' || SKIPPED.has((node as Element).name)) return;
  for (const child of (node as Element).children) collect(child, lines);
}

/** The line `text` opens, or null when it continues one already collected. */
function lineOf(text: Text): string | null {
  const block = blockOf(text);
  return block ? lineFrom(block, text) : null;
}

/** A row's names and date; both empty unless the row is a byline-and-date row or a date row. */
export function readRow(line: string, hints: DateTextHints = {}): Row {
  const none: Row = { names: [], date: null };
  if (line.length > MAX_ROW_LENGTH || !/\d{4}/.test(line)) return none;
  const lead = NAMES_AFTER.exec(line);
  if (lead && lead.index > 0) {
    // After the lead-in a blog's author may go by a first name alone ("by Anna", "автором Микола").
    // The names end at the row's next part ("автором Микола · Спостереження": the post's category).
    const after = line.slice(lead.index + lead[0].length);
    const pieces = after.split(SEPARATOR);
    const names = people(pieces[0]!, true);
    // The date before the lead-in, or in a part after the names ("Publicado por … · 14/05/2025 ·
    // Actualizado 16/05/2025"; a revision's part is no date of the row, see `dateOnly`).
    let date = dateOnly(line.slice(0, lead.index), hints);
    for (let k = 1; !date && k < pieces.length; k++) date = dateOnly(pieces[k]!, hints);
    // An organisation signing ("Publicado por Delegación de Medios …") names no person; its date stands.
    return date ? { names, date } : none;
  }
  // "Текст: Дмитро Бойко · Фото: Вікторія Лисенко · 5 грудня 2024, 11:30": three parts or more, one
  // of them the date (and the time, when it is the next part); the names are the parts' people (a
  // photographer's credit names nobody).
  const parts = line.split(SEPARATORS).filter((p) => p.trim());
  for (let at = 0; parts.length > 2 && at < parts.length; at++) {
    const day = dateOnly(parts[at]!, hints);
    if (day) {
      const timed =
        !day.time && at + 1 < parts.length ? dateOnly(`${parts[at]} ${parts[at + 1]}`, hints) : null;
      const used = timed?.time ? [at, at + 1] : [at];
      const names = parts.flatMap((p, i) => (used.includes(i) ? [] : people(p)));
      return { names, date: timed?.time ? timed : day };
    }
  }
  const sep = SEPARATOR.exec(line);
  if (sep && sep.index > 0) {
    const first = line.slice(0, sep.index);
    const rest = line.slice(sep.index + sep[0].length);
    const dateFirst = dateOnly(first, hints);
    if (dateFirst) return { names: people(rest), date: dateFirst };
    const dateLast = dateOnly(rest, hints);
    // Whatever the first part is ("山本由紀、中村拓也", "Sport"), a part that is a date dates the row.
    if (dateLast) return { names: people(first), date: dateLast };
  }
  // "Дмитрий Веселов, 5 февраля 2025, 22:10": the name, a comma, the date.
  const comma = line.indexOf(',');
  if (comma > 0) {
    const date = dateOnly(line.slice(comma + 1), hints);
    const names = date ? people(line.slice(0, comma)) : [];
    if (names.length) return { names, date };
  }
  const date = dateOnly(line, hints);
  if (date) return { names: [], date };
  const published = beforeRevision(line);
  return { names: [], date: published === null ? null : dateOnly(published, hints) };
}

/** A row up to its revision's label ("Venerdì 14 marzo 2025, ore 12:31 Aggiornato alle 15:02"), or null. */
function beforeRevision(line: string): string | null {
  const lower = line.toLowerCase();
  let cut = line.length;
  for (const word of UPDATE_WORDS) {
    const at = lower.indexOf(` ${word}`);
    if (at > 0 && at < cut) cut = at;
  }
  return cut < line.length ? line.slice(0, cut) : null;
}

const BRACKETED = /[(（][^)）]*[)）]/gu;
const CLOCK_H = /\d{1,2}\s?h\s?(?:\d{2})?(?!\p{L})/gu;

/** The date of text that says nothing else: a date, a time, lead-in words, weekdays. */
function dateOnly(text: string, hints: DateTextHints): DateParts | null {
  const lower = text.toLowerCase().trim();
  if (UPDATE_WORDS.some((w) => lower.startsWith(w))) return null;
  // "08h12", "8 h 30": the French and Portuguese way of writing a time, not a word.
  // An aside in brackets ("(hace 2 horas)", "(vor 3 Stunden)") is a relative echo of the date.
  const words =
    lower
      .replace(CLOCK_H, ' ')
      .replace(BRACKETED, ' ')
      .match(/\p{L}+/gu) ?? [];
  const other = words.some((w) => !DATE_ROW_WORDS.has(w) && !MONTH_NUMBERS.has(w) && !WEEKDAYS.has(w));
  return other ? null : parseDateText(text, hints);
}

/**
 * People's names only: two to four capitalised words each (name particles aside); with `single`, or
 * one capitalised word of three letters or more.
 */
function people(text: string, single = false): string[] {
  const names = parseAuthorNames(text);
  const ok = (n: string) => isPersonName(n) || JAPANESE_NAME.test(n) || (single && FIRST_NAME.test(n));
  return names.length && names.every(ok) ? names : [];
}
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w));
}

/**
 * "来源：申江日报 作者：刘畅 2025-02-24 09:30", "记者 顾晨阳", "撰文：郑宇航 编辑：林晓": the
 * author of a Chinese or Japanese page, credited by a label in a row under the headline. Names
 * count only after such a label, and up to the next label, date or separator.
 */
export function cjkCreditNames(lines: readonly string[], japanese = false): string[] {
  for (const line of lines) {
    if (line.length > MAX_ROW_LENGTH) continue;
    // "経済部 佐藤 健太 記者": a Japanese reporter's row, the desk before the name and the title after.
    const signed = REPORTER_ROW.exec(line.trim());
    if (signed) return [signed[1]!];
    const label = CJK_AUTHOR_LABEL.exec(line);
    if (!label) continue;
    const after = line.slice(label.index + label[0].length);
    // "记者 胡雪 摄": the reporter who took the photo, credited under it.
    if (PHOTO_TAKEN.test(after)) continue;
    const rest = after.split(CJK_CREDIT_END)[0] ?? '';
    // A Japanese name keeps a space between family and given name ("中村 美咲"); Chinese names part there.
    const names = japanese
      ? rest
          .split(/[、，,]+/)
          .map((n) => n.trim())
          .filter((n) => JAPANESE_NAME.test(n))
      : rest.split(/[\s、，,]+/).filter((n) => CJK_NAME.test(n) && !CJK_ROLE.test(n) && !NAV_LABELS.has(n));
    if (names.length) return names;
  }
  return [];
}

const CJK_WORD = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}々ヶ]';
const JAPANESE_NAME = new RegExp(`^${CJK_WORD}{1,4}(?: ${CJK_WORD}{1,4})?$`, 'u');
const REPORTER_ROW = new RegExp(
  `^(?:${CJK_WORD}{1,8}(?:部|局|支局|総局)[\\s・]+)?(${CJK_WORD}{1,4}(?: ${CJK_WORD}{1,4})?)\\s*(?:記者|记者)$`,
  'u',
);

/** Labels naming the writer, and a reporter's title with its paper ("本报记者"). */
const WRITER_LABELS = '作者|撰文|文字|取材|执笔|執筆|撰稿|\\p{sc=Han}{0,4}(?:记者|記者)';
/**
 * The author's label: with a colon or slash anywhere in the row ("…来源:南岭日报作者:记者 许嘉琪"),
 * with a space only where a word starts ("记者 顾晨阳"), with a middle dot opening the row ("文・森本陽子").
 */
const CJK_AUTHOR_LABEL = new RegExp(
  `(?:${WRITER_LABELS}|(?<!\\p{sc=Han})文(?:[・·、]写真)?)\\s*[:：／/＝]\\s*|(?:^|[\\s|｜\\d：:])(?:${WRITER_LABELS})\\s+|^\\s*(?:文|取材)[・·](?!文|写真|撮影)(?=${CJK_WORD})`,
  'u',
);
/** What ends the names: the next label, a date or time, a separator, a bracket, an ideographic space. */
const CJK_CREDIT_END =
  /\s*(?:丨|来源|來源|时间|時間|日期|发布|發布|点击|點擊|阅读|閱讀|编辑|編輯|责编|責編|校对|校對|审核|審核|摄影|攝影|写真|撮影|分享|\d|[|｜(（　])/u;
const PHOTO_TAKEN = /^\S{1,8}\s*(?:摄|攝)(?!\p{sc=Han})/u;
/** "记者 A 通讯员 B": the titles between the names. */
const CJK_ROLE = /(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯)$/u;
const CJK_NAME = new RegExp(`^${CJK_WORD}{2,4}$`, 'u');

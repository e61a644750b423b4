/**
 * Dates as people write them: "14 March 2025", "March 14, 2025 12:31 PM EST", "14.03.2025",
 * "2025年3月14日", "14 марта 2025", "3. März 2025", "14 de marzo de 2025", "2025. március 14.",
 * "8 فيفري 2019". Relative dates ("2 hours ago") are never matched: extraction has no anchor time,
 * so they would be guesses.
 */

import { execAll } from '../regex.js';
import { toNfc } from '../text.js';
import { CLOCK_PHRASES, MONTH_NUMBERS, TIME_ZONES } from './date-vocab.js';
import { type DateParts, normalizeOffset } from './dates.js';

export interface DateTextHints {
  /** Read ambiguous numeric dates like 03/04/2025 as month first (US English); unset = reject them. */
  monthFirst?: boolean;
}

type Reader = (m: RegExpExecArray, hints: DateTextHints) => DateParts | null;

const ORDINAL = '(?:st|nd|rd|th|er|e|ème|º|°|\\.)?';
const PATTERNS: readonly [RegExp, Reader][] = [
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/gu, (m) => ymd(m[1], m[2], m[3])],
  [
    new RegExp(
      `(?<![\\d\\p{L}])(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+)?(\\p{L}{3,})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
      'gu',
    ),
    (m) => withMonth(m[3], m[2], m[1]),
  ],
  [
    new RegExp(`(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'gu'),
    (m) => withMonth(m[3], m[1], m[2]),
  ],
  // Hungarian order, with the dot after the year that marks it: "2025. március 14.".
  [/(?<!\d)(\d{4})\.\s*(\p{L}{3,})\.?\s+(\d{1,2})(?!\d)/gu, (m) => withMonth(m[1], m[2], m[3])],
  [/(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/g, (m) => ymd(m[1], m[2], m[3])],
  [/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g, (m) => ymd(m[3], m[2], m[1])],
  [/(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/g, (m, hints) => slashed(m, hints)],
];

/**
 * A time right after the date: "… 2025, 14:32", "à 08h12", "às 14h32", "alle 14:30", "om 16:45",
 * "o godz. 14:05", "г., 07:15" (after the year's abbreviation), "о 10:15", "kl. 9:30", "· 18:05",
 * "19時05分", "10时18分", also past a weekday in brackets ("2025年1月21日（火）19:30").
 */
const TIME =
  /^\s*(?:[（(]\p{sc=Han}{1,4}[)）]\s*)?(?:(?:г|р|r)\.)?\s*,?\s*(?:at|um|à|às|ás|a las|a la|alle|ore|om|o|в|о|kl\.?|saat|-|–|—|\||\/|·|•)?\s*(?:godz\.?|hod\.?)?\s*(\d{1,2})(?:[:h時时]|点)(\d{2})分?(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*(?:uhr\b)?\s*(?:\(?(gmt|utc)?\s*([+-]\d{1,2}(?::?\d{2})?)\)?|\(?([a-z]{1,5})\b\)?)?/iu;

/** Every pattern needs a four-digit year: text without one is rejected before any Unicode regex runs. */
const HAS_YEAR = /\d{4}/;

/** The earliest date written in `text`, with its time and zone when they follow it; else null. */
export function parseDateText(text: string, hints: DateTextHints = {}): DateParts | null {
  const western = text.includes('令和') || text.includes('平成') ? fromJapaneseEra(text) : text;
  if (!HAS_YEAR.test(western)) return null;
  const lower = toNfc(western).toLowerCase().replace(/\s+/g, ' ');
  let best: { index: number; end: number; parts: DateParts } | null = null;
  for (const [pattern, read] of PATTERNS) {
    for (const m of execAll(pattern, lower)) {
      if (best && m.index >= best.index) break;
      const parts = read(m, hints);
      if (parts) {
        best = { index: m.index, end: m.index + m[0].length, parts };
        break;
      }
    }
    // Nothing can start earlier than the text itself: the remaining patterns need not run.
    if (best?.index === 0) break;
  }
  if (!best) return null;
  if (afterClockPhrase(lower, best.index)) return null;
  return { ...best.parts, ...readTime(lower.slice(best.end)) };
}

/**
 * A Japanese era year as the Western one ("令和7年3月14日" → "2025年3月14日"; 元年 is the first): how
 * Japanese ministries, cities and schools date their notices. Reiwa began in 2019, Heisei in 1989.
 */
function fromJapaneseEra(text: string): string {
  return text.replace(JAPANESE_ERA, (_, era: string, year: string) => {
    const n = year === '元' ? 1 : Number(year);
    return `${(era === '令和' ? 2018 : 1988) + n}年`;
  });
}
const JAPANESE_ERA = /(令和|平成)\s*(元|\d{1,2})\s*年/gu;

/** How far before a date a clock phrase ("Aktuelle Zeit: 14.10.2020") may start. */
const CLOCK_PHRASE_REACH = 30;

function afterClockPhrase(lower: string, index: number): boolean {
  const before = lower.slice(Math.max(0, index - CLOCK_PHRASE_REACH), index);
  return CLOCK_PHRASES.some((p) => before.includes(p));
}

/** "23.09.22" as the whole text of a date element: a two-digit year, read as 20yy (19yy from 70). */
const SHORT_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const CENTURY_PIVOT = 70;

/**
 * `parseDateText`, plus a dotted day-month date with a two-digit year when that is all the text
 * says. Only for elements marked as dates: anywhere else "1.2.24" could be a version or a score.
 */
export function parseDateLine(text: string, hints: DateTextHints = {}): DateParts | null {
  const short = SHORT_YEAR.exec(text.trim());
  if (!short) return parseDateText(text, hints);
  const yy = Number(short[3]);
  return ymd(String(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy), short[2], short[1]);
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): DateParts | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

function withMonth(y: string | undefined, word: string | undefined, d: string | undefined): DateParts | null {
  const month = MONTH_NUMBERS.get((word ?? '').replace(/\.$/, ''));
  return month ? ymd(y, String(month), d) : null;
}

function slashed(m: RegExpExecArray, hints: DateTextHints): DateParts | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return ymd(m[3], m[2], m[1]);
  if (b > 12 && a <= 12) return ymd(m[3], m[1], m[2]);
  if (hints.monthFirst === undefined) return null;
  return hints.monthFirst ? ymd(m[3], m[1], m[2]) : ymd(m[3], m[2], m[1]);
}

function readTime(rest: string): Pick<DateParts, 'time' | 'offset'> {
  const m = TIME.exec(rest);
  if (!m) return {};
  let hour = Number(m[1]);
  const meridiem = m[4]?.replace(/[.\s]/g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const time = { hour, minute: Number(m[2]), second: Number(m[3] ?? 0) };
  if (m[6]) return { time, offset: normalizeOffset(m[6]) };
  if (m[5]) return { time, offset: '+00:00' };
  const zone = m[7] ? TIME_ZONES.get(m[7]) : undefined;
  return { time, offset: zone };
}

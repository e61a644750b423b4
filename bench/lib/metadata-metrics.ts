/**
 * Per-field metadata comparisons for the bench (issue 4) and the record invariants every bench
 * record must hold. Each comparison returns whether the output matches the truth; callers count
 * only pages whose truth has a value.
 */
import { normalizeSpace } from './metrics.js';

/** Exact match after collapsing whitespace and trimming. */
export function sameText(output: string | null | undefined, truth: string | null | undefined): boolean {
  if (!output || !truth) return false;
  return normalizeSpace(output) === normalizeSpace(truth);
}

/** True when the truth field holds a value (not null, '', or an empty list). */
export function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim().length > 0);
  return true;
}

/** The page-local date (`YYYY-MM-DD` prefix) and the UTC date of an ISO-like timestamp. */
function calendarDates(value: string): string[] {
  const dates: string[] = [];
  const local = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (local?.[1]) dates.push(local[1]);
  // Only parse values that carry a time and zone, where local and UTC dates can differ.
  if (/[T ]\d{2}:\d{2}/.test(value) && /(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) {
    const iso = value
      .trim()
      .replace(' ', 'T')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * Same calendar date: the output's page-local date or UTC date equals the truth's (a timestamp
 * re-expressed in another offset may cross midnight, and either reading is the same publication).
 */
export function sameDate(output: string | null | undefined, truth: string | null | undefined): boolean {
  if (!output || !truth) return false;
  const ours = calendarDates(output);
  const theirs = calendarDates(truth);
  return ours.some((d) => theirs.includes(d));
}

/** Primary language subtag, lowercase: `en-US` → `en`. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary ? primary : null;
}

export function sameLanguage(output: string | null | undefined, truth: string | null | undefined): boolean {
  const a = primaryLanguage(output);
  return a !== null && a === primaryLanguage(truth);
}

/**
 * Readability's byline is one string; ours is a list of names. It matches when the byline equals
 * the names rendered with one of the usual separators (exact after whitespace collapse).
 */
export function authorsMatchByline(authors: string[], byline: string | null | undefined): boolean {
  if (!byline || authors.length === 0) return false;
  const target = normalizeSpace(byline);
  return [', ', ' and ', ' & ', '; '].some((sep) => normalizeSpace(authors.join(sep)) === target);
}

/** trafilatura's author convention: several authors joined with "; ", each trimmed. */
export function trafilaturaAuthor(truth: string | string[]): string {
  const list = Array.isArray(truth) ? truth : [truth];
  return list.map((a) => normalizeSpace(a)).join('; ');
}

export function authorsMatchTrafilatura(authors: string[], truth: string | string[]): boolean {
  const ours = authors.map((a) => normalizeSpace(a)).join('; ');
  return ours.length > 0 && ours === trafilaturaAuthor(truth);
}

/**
 * Words an annotator writes between two names when the truth is one string ("Lars Fischer und
 * Alina Schadwinkel", "Isabel Caro, Rocío Latorre, José Miguel Wilson"). trafilatura's convention
 * joins several authors with "; ", so such a string is the annotator's rendering of several authors;
 * the same joiners Readability's byline is compared with, plus "and" in the bench languages.
 */
const NAME_JOINERS = [', ', ' and ', ' und ', ' & ', ' et ', ' y ', ' e '];

/**
 * The lenient author figure, reported next to the strict one: also a match when our two or more
 * names, joined with one of NAME_JOINERS, equal a single truth string. Case, spelling, roles and
 * "/"-joined credits still have to match exactly.
 */
export function authorsMatchTrafilaturaJoined(authors: string[], truth: string | string[]): boolean {
  if (authorsMatchTrafilatura(authors, truth)) return true;
  const single = Array.isArray(truth) ? (truth.length === 1 ? truth[0]! : null) : truth;
  if (authors.length < 2 || single === null) return false;
  const target = normalizeSpace(single);
  return NAME_JOINERS.some((sep) => normalizeSpace(authors.join(sep)) === target);
}

/** Lead-ins that Readability keeps at the start of a byline ("By Jane Doe", "Par Jean Dupont"). */
const BYLINE_LEAD_IN = /^(?:written by|by|par|von|por|door)\s*:?\s+/i;
/** A line that is only a date, perhaps with a time ("March 25, 2015", "March 11, 2015 3:46 PM"). */
const DATE_LINE =
  /^(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4})?)?$/iu;
const URL_IN_BRACKETS = /\s*\((?:https?:\/\/|www\.)[^)]*\)/gi;

/**
 * Readability's byline reduced to what issue 4's `authors` field holds: the element's text minus
 * a leading "By", date-only lines and bracketed URLs, which the field spec says an author never
 * carries. Names, roles, organisations and case are left as Readability gives them.
 */
export function bylineNames(byline: string): string {
  const lines = byline
    .split(/\r?\n/)
    .map((l) => normalizeSpace(l))
    .filter((l) => l && !DATE_LINE.test(l));
  return normalizeSpace(lines.join(' ').replace(URL_IN_BRACKETS, '').replace(BYLINE_LEAD_IN, ''));
}

/** The lenient byline figure, reported next to the strict one: the byline as `bylineNames` reads it. */
export function authorsMatchBylineNames(authors: string[], byline: string | null | undefined): boolean {
  if (!byline) return false;
  return authorsMatchByline(authors, byline) || authorsMatchByline(authors, bylineNames(byline));
}

/** Count how many truth items (tags or categories) appear among ours, case-insensitively. */
export function itemsFound(ours: string[], truth: string[]): { found: number; total: number } {
  const have = new Set(ours.map((t) => normalizeSpace(t).toLowerCase()));
  const wanted = [...new Set(truth.map((t) => normalizeSpace(t).toLowerCase()).filter(Boolean))];
  return { found: wanted.filter((t) => have.has(t)).length, total: wanted.length };
}

const DATE_LIKE = /^\W*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}-\d{2}T?.*)\W*$/;
const MONTH_DATE =
  /^\W*(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\W*$/i;

/** Why an author string breaks the invariants (a URL, a date, over 80 chars), or null if it is fine. */
export function authorViolation(author: string): string | null {
  if (author.length > 80) return 'over 80 characters';
  if (/^(https?:\/\/|www\.)|\.(com|org|net)\b\/?/i.test(author.trim())) return 'looks like a URL';
  if (DATE_LIKE.test(author) || MONTH_DATE.test(author)) return 'looks like a date';
  return null;
}

/** Why a published date breaks the invariants (future, before 1990, unparseable), or null. */
export function dateViolation(iso: string, now: Date = new Date()): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return 'not a parseable date';
  if (ms > now.getTime() + 24 * 3600 * 1000) return 'in the future';
  if (ms < Date.UTC(1990, 0, 1)) return 'before 1990';
  return null;
}

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

/**
 * Date values → ISO 8601 strings that keep the page's UTC offset. Machine dates (ISO, RFC 2822,
 * compact) come from markup; anything else goes through the visible-text parser. Dates before 1990
 * or in the future are rejected: a wrong date is worse than none.
 */
import { parseDateText } from './date-text.js';

/** The parts of a calendar date with an optional wall-clock time and offset. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number; fraction?: string } | undefined;
  /** 'Z' or ±HH:MM; undefined when the page gives none. */
  offset?: string | undefined;
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;

const EARLIEST_YEAR = 1990;
/** Clocks differ and pages omit zones; a date up to half a day ahead is not "future". */
const FUTURE_SLACK_MS = 12 * 3600 * 1000;

/** Normalise a date from markup (meta, JSON-LD, `datetime`); null when unparseable or implausible. */
export function normalizeDate(raw: string | null | undefined, now: number = Date.now()): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = ISO.exec(text);
  const parts = iso ? isoParts(iso) : parseDateText(text);
  return parts ? formatDate(parts, now) : null;
}

function isoParts(m: RegExpExecArray): DateParts {
  const [, y, mo, d, h, mi, s, frac, off] = m;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    time: h ? { hour: Number(h), minute: Number(mi), second: Number(s ?? 0), fraction: frac } : undefined,
    offset: off ? normalizeOffset(off) : undefined,
  };
}

/** 'Z' stays 'Z'; +0100, +01 and +01:00 all become +01:00. */
export function normalizeOffset(raw: string): string {
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  if (!m) return 'Z';
  return `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
}

/** Validate and format; null for impossible, pre-1990 or future dates. */
export function formatDate(p: DateParts, now: number = Date.now()): string | null {
  if (p.month < 1 || p.month > 12 || p.day < 1) return null;
  if (p.day > new Date(Date.UTC(p.year, p.month, 0)).getUTCDate()) return null;
  if (p.year < EARLIEST_YEAR) return null;
  const t = p.time;
  if (t && (t.hour > 23 || t.minute > 59 || t.second > 59)) return null;
  const offsetMs = p.offset && p.offset !== 'Z' ? offsetMinutes(p.offset) * 60_000 : 0;
  const instant =
    Date.UTC(p.year, p.month - 1, p.day, t?.hour ?? 0, t?.minute ?? 0, t?.second ?? 0) - offsetMs;
  if (instant > now + FUTURE_SLACK_MS) return null;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (!t) return date;
  const fraction = t.fraction ? `.${t.fraction.slice(0, 3).padEnd(3, '0')}` : '';
  return `${date}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${fraction}${p.offset ?? ''}`;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':');
  return sign * (Number(h) * 60 + Number(m ?? 0));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Dates in the page's own UTC offset. JSON-LD and meta often give the instant in UTC
 * ("2023-11-09T05:30:59Z") while the page shows local time (`<time datetime="2023-11-08 23:30:59">`,
 * i.e. 23:30 at −06:00): the record should keep the page's offset, and with it the local calendar day.
 */
import type { MetaContext } from './context.js';
import { normalizeDate } from './dates.js';
import { machineTime } from './page-index.js';

const MAX_TIMES = 10;
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_OFFSET_MS = 14 * 3600_000;
const UTC = /(?:Z|[+-]00:00)$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?$/;

/** `iso` re-expressed in the offset of a `<time datetime>` that gives the same instant; else `iso`. */
export function inPageOffset(iso: string | null, ctx: MetaContext): string | null {
  if (!iso || !UTC.test(iso) || !iso.includes('T')) return iso;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  let seen = 0;
  for (const { el, excluded } of ctx.index.times) {
    if (excluded || !machineTime(el)) continue;
    if (seen++ >= MAX_TIMES) break;
    const local = normalizeDate(machineTime(el), ctx.now);
    const offset = local ? offsetFor(local, instant) : null;
    if (offset) return `${local}${offset}`;
  }
  return iso;
}

/** The offset at which the wall-clock time `local` (no zone) is `instant`, if it is a real one. */
function offsetFor(local: string, instant: number): string | null {
  if (!LOCAL.test(local)) return null;
  const diff = Date.parse(`${local}Z`) - instant;
  if (diff === 0 || diff % QUARTER_HOUR_MS !== 0 || Math.abs(diff) > MAX_OFFSET_MS) return null;
  const minutes = Math.abs(diff) / 60_000;
  const sign = diff < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

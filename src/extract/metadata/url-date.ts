/** A publication date written in a URL path: /2025/03/14/, /2025-03/14/, /2025-03-14-slug, /20250314/. */
import type { DateParts } from './dates.js';

const PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/,
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[-_])/,
];

/** The date in the URL's path, or null (month-only paths like /2025/03/ say too little). */
export function dateFromUrl(url: string | null | undefined): DateParts | null {
  const path = pathOf(url);
  if (path === null) return null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: Number(m[1]), month, day };
  }
  return null;
}

/** A /yyyy/mm/ path (Blogger, WordPress month permalinks): the year and month, or null. */
export function monthFromUrl(url: string | null | undefined): { year: number; month: number } | null {
  const m = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(pathOf(url) ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

function pathOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

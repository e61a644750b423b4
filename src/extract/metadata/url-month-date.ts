/**
 * A late fallback for month-only permalinks (/2013/10/slug.html): the page's first visible date,
 * even one inside a "widget" or sidebar wrapper (Blogger puts every post in one), when it falls in
 * the URL's month. The agreement of two independent sources is what makes it more than a guess;
 * dates in comment threads are never taken.
 */
import type { Element } from 'domhandler';
import { shortText } from '../short-text.js';
import type { MetaContext } from './context.js';
import { type DateTextHints, parseDateText } from './date-text.js';
import { formatDate } from './dates.js';
import { monthFromUrl } from './url-date.js';

const MAX_HOLDERS = 40;
const MAX_TEXT = 200;
/** Class or id words of areas whose dates belong to replies, not to the post. */
const REPLY_AREA = /comment|reply|kommentar|respon|discussion/i;

/** The first visible date if it lies in the month the URL names; else null. */
export function fromUrlMonth(ctx: MetaContext, hints: DateTextHints): string | null {
  const month = monthFromUrl(ctx.address);
  if (!month) return null;
  let checked = 0;
  for (const { el } of ctx.index.dateHolders) {
    if (checked++ >= MAX_HOLDERS) break;
    const text = shortText(el, MAX_TEXT);
    const parts = text ? parseDateText(text, hints) : null;
    if (!parts || inReplies(el)) continue;
    if (parts.year !== month.year || parts.month !== month.month) return null;
    return formatDate(parts, ctx.now);
  }
  return null;
}

function inReplies(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parent as Element | null) {
    if (node.type !== 'tag') return false;
    const a = node.attribs;
    if ((a.class && REPLY_AREA.test(a.class)) || (a.id && REPLY_AREA.test(a.id))) return true;
  }
  return false;
}

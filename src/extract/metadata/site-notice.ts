/**
 * A copyright or rights notice and the owner it names: "© 2026 Dvina Today · All rights reserved",
 * "版权所有 榕城快讯", "Copyright © 2024 Harbour Times Ltd.". The owner's name must stand whole between
 * the mark, year or phrase and the end, punctuation or a company form: "Harbour Times" is not the
 * owner in "© 2026 Harbour Times Media Group".
 */
import { COMPANY_FORMS, COPYRIGHT_MARK, RIGHTS_PHRASES } from './site-vocab.js';

const PHRASES = RIGHTS_PHRASES.join('|');
/** What may stand right before the site's name in a notice: the mark, a year, "by", a rights phrase. */
const OPENS_NAME = new RegExp(`(?:^|©|\\(c\\)|copyright|\\d{4}|\\bby|(?:${PHRASES})\\s*[:：]?)$`, 'iu');
/** What may follow the name: the end, punctuation, a year, a company form, a rights phrase. */
const CLOSES_NAME = new RegExp(
  `^(?:$|[^\\p{L}\\p{N}\\s]|\\d{4}|(?:${COMPANY_FORMS.join('|')})(?![\\p{L}\\p{N}])|${PHRASES})`,
  'iu',
);
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const RIGHTS = new RegExp(PHRASES, 'i');

/** A mark with a year ("© 2026") or in the footer, or a rights phrase; a bare "© AFP" is a picture credit. */
export function isNotice(line: string, footer: boolean): boolean {
  return (COPYRIGHT_MARK.test(line) && (footer || YEAR.test(line))) || RIGHTS.test(line);
}

/** The notice holds the candidate as the whole owner's name, not as part of a longer one. */
export function noticeNames(line: string, candidate: string): boolean {
  const lower = line.toLowerCase();
  const name = collapse(candidate).toLowerCase();
  if (!name) return false;
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    const before = lower.slice(0, i).trimEnd();
    const after = lower.slice(i + name.length).trimStart();
    if (OPENS_NAME.test(before) && CLOSES_NAME.test(after)) return true;
  }
  return false;
}

/** Whitespace runs as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cookie and consent notices without markup hints: a short block naming cookies plus consent words,
 * and consent placeholders of blocked embeds (a service name plus "load the external content").
 */
import type { SourcedBlock } from '../blocks.js';
import {
  CONSENT_PARTNERS,
  COOKIE,
  COOKIE_OPENERS,
  COOKIE_PURPOSE,
  EMBED_CONSENT,
  EMBED_SERVICES,
} from '../vocab/phrases/boilerplate.js';
import { addressesReader } from './appeal-cues.js';
import { blockText, unquoted, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, startPhrase } from './phrases.js';

const COOKIE_WORD = /cookie|куки|ciastecz|çerez|クッキー/;

/** Words of a notice's label or button row, which need not address anyone ("Cookie-Einstellungen"). */
const NOTICE_LINE_WORDS = 20;

/** The consent words alone: the cookie word must come with one of them. */
const CONSENT = Object.fromEntries(
  Object.entries(COOKIE).map(([lang, list]) => [lang, list.filter((p) => !COOKIE_WORD.test(p))]),
);

/**
 * Cookies plus a consent word, or plus what the cookies are for or the notice's controls; the latter
 * only when the headline does not name cookies (an article about ad tracking talks that way too).
 */
export function isCookieNotice(text: string, headline = ''): boolean {
  const words = wordCount(text);
  if (words > 70) return false;
  const lower = text.toLowerCase();
  if (!COOKIE_WORD.test(lower)) return partnersConsent(lower, words);
  // Beyond a line, a notice speaks to the reader ("We use cookies …", "Wenn Sie …"); a paragraph
  // reporting on cookie banners speaks of users and sites ("… pushed users to accept tracking"). In
  // a story about cookies, a paragraph may quote a banner's own words: only a line is a notice there.
  // The site saying it uses cookies speaks for itself as a notice does, with or without a "you".
  const ownNotice = startPhrase(lower, COOKIE_OPENERS) !== null;
  if (
    words > NOTICE_LINE_WORDS &&
    (COOKIE_WORD.test(headline.toLowerCase()) ||
      !(ownNotice || addressesReader(unquotedLower(text), unquoted(text))) ||
      !aboutCookies(lower))
  )
    return false;
  if (findPhrase(lower, CONSENT) !== null) return true;
  return (
    !COOKIE_WORD.test(headline.toLowerCase()) && (ownNotice || findPhrase(lower, COOKIE_PURPOSE) !== null)
  );
}

/**
 * The consent framework's notice that never says "cookie": "we and our partners" opening it, and a
 * consent word after ("Wir und unsere Partner verarbeiten personenbezogene Daten. Sie können Ihre
 * Einwilligung jederzeit widerrufen.").
 */
function partnersConsent(lower: string, words: number): boolean {
  if (words > PARTNERS_NOTICE_WORDS) return false;
  const opener = startPhrase(lower, CONSENT_PARTNERS);
  return opener !== null && findPhrase(lower.slice(opener.length), CONSENT) !== null;
}
const PARTNERS_NOTICE_WORDS = 40;

/**
 * A notice of more than a line is about cookies from its first sentence on ("We use cookies …", "Diese
 * Website verwendet Cookies …"); an article's paragraph explaining to the reader how ads find them
 * names cookies in passing, later ("… and – if you have accepted cookies – which segments you fall in").
 */
function aboutCookies(lower: string): boolean {
  const first = FIRST_SENTENCE.exec(lower)?.[0] ?? lower;
  return COOKIE_WORD.test(first) || (lower.match(COOKIE_WORDS) ?? []).length >= 2;
}
const FIRST_SENTENCE = /^[^.!?。！？]*[.!?。！？]?/u;
const COOKIE_WORDS = new RegExp(COOKIE_WORD.source, 'g');

/** A blocked embed's placeholder: short, names a service, asks to load or consent. */
export function isEmbedPlaceholder(text: string): boolean {
  if (wordCount(text) > 60 || !EMBED_SERVICES.test(text)) return false;
  return findPhrase(text.toLowerCase(), EMBED_CONSENT) !== null;
}

export function removeCookieNotices(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    const text = blockText(sb);
    const rule = isCookieNotice(text, ctx.headline)
      ? 'text-cues:cookie'
      : isEmbedPlaceholder(text)
        ? 'text-cues:embed-consent'
        : null;
    if (!rule) return true;
    ctx.removals.add('cookie', rule, text);
    return false;
  });
}

/** Count the donation-appeal cues in one block (see `vocab/phrases/donation.ts`). */
import type { SourcedBlock } from '../blocks.js';
import { AMOUNT, AMOUNT_IN_TEXT, DONATION_PHRASES, PLEDGE_COUNTER } from '../vocab/phrases/donation.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';

export interface AppealCues {
  ask: number;
  appeal: number;
  payment: number;
  /** A short control: a button label, an amount or a pledge counter. */
  control: boolean;
  words: number;
}

const LANGS = Object.values(DONATION_PHRASES);

function count(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const phrase of phrases) if (text.includes(phrase)) n++;
  return n;
}

/** Short texts act as controls when they start with an action phrase or are an amount. */
const CONTROL_WORDS = 8;

export function appealCues(sb: SourcedBlock): AppealCues {
  const raw = blockText(sb);
  const words = wordCount(raw);
  const text = unquotedLower(raw);
  const cues: AppealCues = { ask: 0, appeal: 0, payment: 0, control: false, words };
  if (!text.trim()) return cues;
  for (const lang of LANGS) {
    cues.ask += count(text, lang.ask);
    cues.appeal += count(text, lang.appeal);
    cues.payment += count(text, lang.payment);
    if (!cues.control && words <= CONTROL_WORDS) cues.control = lang.action.some((a) => text.startsWith(a));
  }
  if (AMOUNT_IN_TEXT.test(text)) cues.payment++;
  if (
    words <= CONTROL_WORDS &&
    (AMOUNT.test(text.trim()) || (PLEDGE_COUNTER.test(text) && /\d/.test(text)))
  ) {
    cues.control = true;
  }
  return cues;
}

/** Weighted cue score: a direct ask counts double. */
export function cueScore(c: AppealCues): number {
  return 2 * c.ask + c.appeal + c.payment + (c.control ? 1 : 0);
}

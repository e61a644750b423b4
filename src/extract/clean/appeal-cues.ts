/** Count the donation-appeal cues in one block (see `vocab/phrases/donation.ts`). */
import type { SourcedBlock } from '../blocks.js';
import {
  AMOUNT,
  AMOUNT_IN_TEXT,
  DONATION_PHRASES,
  PLEDGE_COUNTER,
  VOICE_WORDS,
} from '../vocab/phrases/donation.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';
import { escapeRegex, phraseRegex } from './phrases.js';

export interface AppealCues {
  ask: number;
  appeal: number;
  payment: number;
  /** A short control: a button label, an amount or a pledge counter. */
  control: boolean;
  /** The outlet speaking as "we" or to "you" (outside quotes): what lets a weak block join a run. */
  voice: boolean;
  words: number;
}

const LANGS = Object.values(DONATION_PHRASES);
// One alternation per kind across all languages: a block is scanned once per kind, not once per
// phrase (the donation pass was the costliest part of extraction before).
const ASK = phraseRegex(LANGS.flatMap((l) => l.ask));
const APPEAL = phraseRegex(LANGS.flatMap((l) => l.appeal));
const PAYMENT = phraseRegex(LANGS.flatMap((l) => l.payment));
const VOICE = phraseRegex(Object.values(VOICE_WORDS).flat(), true);
const ACTIONS = [...new Set(LANGS.flatMap((l) => l.action))];
const ACTION = new RegExp(`^(?:${ACTIONS.map(escapeRegex).join('|')})`);
/**
 * Multi-word controls ("remind me later") also count inside a short block of several controls; in
 * scripts without spaces, controls of three characters or more ("稍后提醒") do.
 */
const ACTION_INSIDE = phraseRegex(
  ACTIONS.filter((a) => a.includes(' ') || /[\u3040-\u30ff\u3400-\u9fff]{3}/.test(a)),
);

/** How many distinct phrases of `re` occur in `text`. */
function count(text: string, re: RegExp): number {
  const found = text.match(re);
  return found ? new Set(found).size : 0;
}

const LEADING_MARKS = /^[\s¡¿"'«“„([•·–—-]+/;

/** Short texts act as controls when they start with an action phrase or are an amount. */
const CONTROL_WORDS = 12;

export function appealCues(sb: SourcedBlock): AppealCues {
  const raw = blockText(sb);
  const words = wordCount(raw);
  const text = unquotedLower(raw);
  const cues: AppealCues = { ask: 0, appeal: 0, payment: 0, control: false, voice: false, words };
  if (!text.trim()) return cues;
  cues.ask = count(text, ASK);
  cues.appeal = count(text, APPEAL);
  cues.payment = count(text, PAYMENT);
  VOICE.lastIndex = 0;
  cues.voice = VOICE.test(text);
  ACTION_INSIDE.lastIndex = 0;
  // Leading punctuation ("¡Gracias!", "— Not now") does not hide a control's label.
  const label = text.replace(LEADING_MARKS, '');
  cues.control = words <= CONTROL_WORDS && (ACTION.test(label) || ACTION_INSIDE.test(text));
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

/**
 * The short line that opens or closes an appeal in plain markup ("A word from the newsroom",
 * "Good journalism is not free."): too weak to join a run by its cues, it stays behind as a stray
 * line in the article once the run goes. It goes with the run when it touches the run, is short,
 * is off the story's topic, and speaks of the outlet's trade (or, just before the run, is an
 * interjection of a few words that turns to the reader: "Quick question."). A crosshead in the
 * same place stays: it shares words with the headline or the article's paragraphs, or says nothing
 * of the newsroom; after a run, where a crosshead opens the next section, only a sentence can close
 * the appeal. Lead-ins may stack, but each must pass the same tests: nothing reaches the article
 * paragraphs beyond them.
 */
import { type Element, isElement, within } from '../body/dom.js';
import {
  APPEAL_OPENERS,
  BACK_TO_STORY,
  NEWSROOM_COMPOUND_ENDS,
  NEWSROOM_REPORTING,
  NEWSROOM_WORDS,
  WE_REPORTING,
} from '../vocab/phrases/newsroom.js';
import { OUTLET_REPORTING } from '../vocab/site-names.js';
import type { AppealCues } from './appeal-cues.js';
import { unquotedLower, wordCount } from './block-text.js';
import { escapeRegex, phraseRegex } from './phrases.js';
import { sharesTopic, topicKeys } from './topic.js';

const NEWSROOM = phraseRegex(Object.values(NEWSROOM_WORDS).flat());
const NEWSROOM_IN_COMPOUND = new RegExp(NEWSROOM_COMPOUND_ENDS.map(escapeRegex).join('|'));
const REPORTING = phraseRegex([...OUTLET_REPORTING, ...NEWSROOM_REPORTING, ...WE_REPORTING]);

const OPENER = phraseRegex(Object.values(APPEAL_OPENERS).flat());
const BACK = phraseRegex(BACK_TO_STORY);

/** A lead-in is a line, not a paragraph: longer blocks that touch a run are the article's. */
const LEAD_IN_WORDS = 12;

/** An opener without the newsroom's words is an interjection of a few words ("Quick question."). */
const OPENER_WORDS = 6;

/**
 * Stem length for comparing a line with the article's whole vocabulary: five letters pair too many
 * unrelated words there ("Journalism has a cost" with "jornais" and "custou" in a story on a library).
 */
const ARTICLE_STEM = 6;

const SENTENCE_END = /[.!?…。！？]["'”»’)]*$/;

/**
 * Whether a line speaks of the outlet's trade, outside quotes, and not of its reporting ("… did not
 * respond to the newspaper's request for comment", often an article's last line before an appeal).
 * Money alone is no sign: a short article sentence may carry a figure ("… will contribute £3.4m.").
 */
export function outletTrade(text: string): boolean {
  const lower = unquotedLower(text);
  NEWSROOM.lastIndex = 0;
  if (!NEWSROOM.test(lower) && !NEWSROOM_IN_COMPOUND.test(lower)) return false;
  REPORTING.lastIndex = 0;
  return !REPORTING.test(lower);
}

/** Characters an opener may sit after at a block's start (a bracket, a dash, a label's colon). */
const OPENING_REACH = 3;

/** Whether a block opens by turning to the reader ("Un mot avant la suite : …", "Scusate l'interruzione."). */
export function opensWithOpener(text: string): boolean {
  OPENER.lastIndex = 0;
  const m = OPENER.exec(unquotedLower(text).trimStart());
  OPENER.lastIndex = 0;
  return m !== null && m.index <= OPENING_REACH;
}

/** At most this many words in a block's first sentence for it to be an interjection of its own. */
const INTERJECTION_WORDS = 8;

/**
 * Whether a block's first sentence is nothing but such a turn ("Przerwę na chwilę.", "I'm breaking
 * into this story for a moment."): the outlet stepping out of the story, even where the rest of the
 * block names the story's places.
 */
export function opensWithInterjection(text: string): boolean {
  if (!opensWithOpener(text)) return false;
  const first = /^[^.!?。！？:：]*[.!?。！？:：]/u.exec(text.trim())?.[0];
  return first !== undefined && wordCount(first) <= INTERJECTION_WORDS;
}

/** A line turning back to the story is short ("Fatto? Grazie. Ora torniamo ai capannoni."). */
const BACK_WORDS = 10;

/** Whether a line turns back from the outlet's aside to the story (see `BACK_TO_STORY`), outside quotes. */
function backToStory(text: string): boolean {
  BACK.lastIndex = 0;
  return BACK.test(unquotedLower(text));
}

/** Whether a line turns from the story to the reader (see `APPEAL_OPENERS`), outside quotes. */
export function opener(text: string): boolean {
  OPENER.lastIndex = 0;
  return OPENER.test(unquotedLower(text));
}

/**
 * Indices of the lead-in and closing lines of the runs in `drop` (see the module comment). `topic`
 * holds the headline's keys; the article's keys are read only when a candidate line is found.
 */
export function appealLeadIns(
  texts: readonly string[],
  cues: readonly AppealCues[],
  drop: ReadonlySet<number>,
  topic: ReadonlySet<string>,
  groups: readonly (Element | null)[] = [],
): number[] {
  const found: number[] = [];
  let article: Set<string> | null = null;
  // Lead-ins may stack ("A note from the newsroom" over "Journalism costs money."): each one found
  // is a side of the run too, and the next line must pass the same tests.
  const sides = [...drop];
  for (let k = 0; k < sides.length; k++) {
    const i = sides[k]!;
    for (const j of [i - 1, i + 1]) {
      const c = cues[j];
      if (!c || drop.has(j) || found.includes(j) || c.words === 0 || c.words > LEAD_IN_WORDS) continue;
      // An editors' correction or disclosure beside the appeal is the story's ("Редакційна примітка: …").
      if (c.disclosure) continue;
      const text = texts[j]!;
      // After the run, a line in heading form leads into the article's next section.
      if (j > i && !SENTENCE_END.test(text)) continue;
      // After the run, a line turning back to the story ("Ora torniamo ai capannoni.") closes the
      // aside, whatever of the story it names.
      if (j > i && c.words <= BACK_WORDS && backToStory(text)) {
        found.push(j);
        continue;
      }
      // An opener a few words long anywhere in the line, or a line opening with one as its sentence
      // ("Una piccola parentesi, prima di andare avanti.").
      const said =
        outletTrade(text) ||
        (j < i && ((c.words <= OPENER_WORDS && opener(text)) || opensWithInterjection(text)));
      if (!said && !(j < i && boxTitle(groups, drop, j))) continue;
      // One headline word already makes a short line the story's (a crosshead), unlike a paragraph.
      if (sharesTopic(text, topic, 1)) continue;
      article ??= articleKeys(texts, cues, drop);
      if (sharesTopic(text, article, 2, ARTICLE_STEM)) continue;
      found.push(j);
      sides.push(j);
    }
  }
  return found;
}

/**
 * Whether the line at `j` titles a box that holds nothing else but removed appeal (a slogan over the
 * box's ask: "Informazione di territorio, senza padroni"): the box's first line, in it, in a
 * container of its own inside it or beside the text's, with every later block of the box removed.
 */
function boxTitle(groups: readonly (Element | null)[], drop: ReadonlySet<number>, j: number): boolean {
  const title = groups[j];
  const first = groups[j + 1];
  if (!title || !first || !drop.has(j + 1)) return false;
  // The title in the box, or in a container of its own beside the text's (a card's title and text).
  const parent = isElement(first.parent) ? first.parent : null;
  const box = within(title, first) ? first : parent && title.parent === parent ? parent : null;
  if (!box) return false;
  const before = groups[j - 1];
  if (before && within(before, box)) return false;
  for (let k = j + 1; k < groups.length && within(groups[k] ?? null, box); k++)
    if (!drop.has(k)) return false;
  return true;
}

/** Keys of the article's paragraphs: the kept blocks longer than a line. */
function articleKeys(
  texts: readonly string[],
  cues: readonly AppealCues[],
  drop: ReadonlySet<number>,
): Set<string> {
  const paragraphs = texts.filter((_, i) => !drop.has(i) && cues[i]!.words > LEAD_IN_WORDS);
  return topicKeys(paragraphs.join(' '), ARTICLE_STEM);
}

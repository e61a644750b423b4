/**
 * The outlet's appeal as a note at an end of the story, told by where it stands and how it speaks
 * rather than by its phrases (see `outletCoda`). The donation cleaner (donation.ts) drops the
 * blocks found here beside its own runs.
 */
import type { SourcedBlock } from '../blocks.js';
import { SUBSCRIPTION_NOUNS } from '../vocab/phrases/membership.js';
import { type AppealCues, cueScore } from './appeal-cues.js';
import { QUOTE_OPENING } from './block-text.js';
import { outletTrade } from './lead-in.js';
import { isShareBar } from './share.js';

/** A paragraph of the story: longer than a line, with no cue of an appeal and no trace of the outlet's voice. */
const STORY_PARAGRAPH_WORDS = 12;
/** A coda's lines are short paragraphs; the whole is a note, not a section of the story. */
const CODA_BLOCK_WORDS = 60;
/** A trace of the voice (one "we" verb) makes a member of a line or short paragraph only. */
const CODA_WEAK_WORDS = 40;
const CODA_WORDS = 300;
/** Story paragraphs the page must keep beside a coda: the note follows or precedes an article. */
const CODA_STORY = 3;

/**
 * The outlet's note at either end of the story, in words no phrase list has ("Stanotte eravamo in tre
 * a seguire questa frana … Lo facciamo da undici anni, con una redazione … Un abbonamento costa meno
 * di un pieno di gasolio … [Abbonati]"): the blocks after the story's last paragraph (or before its
 * first), each speaking as the outlet at all, of its trade, or carrying a cue, ending (or opening)
 * on the appeal's control (see `isCoda`). A story's last paragraphs are third-person reporting; one
 * that says "we asked the ministry" is a line, and it names no money.
 */
export function outletCoda(
  blocks: readonly SourcedBlock[],
  cues: readonly AppealCues[],
  texts: readonly string[],
): number[] {
  // A member speaks as the outlet at all, of its trade, or is a control or a line with a cue; money
  // alone in a longer paragraph is the story's figures ("cost the state $18 million"). Cheap cues
  // are asked first: the scan reads every page's last and first blocks.
  const member = (i: number): boolean => {
    const c = cues[i]!;
    if (c.words === 0 || c.control) return true;
    // The outlet at its reporting ("Материалы расследования мы направили в прокуратуру") is the story.
    // An editors' note or correction speaks as the newsroom about the story ("Nota de la redacción:
    // … el columnista de este diario …"): the story's.
    if (
      c.words > CODA_BLOCK_WORDS ||
      c.foreign ||
      c.disclosure ||
      c.factbox ||
      QUOTE_OPENING.test(texts[i]!) ||
      c.reports
    )
      return false;
    if (c.words <= STORY_PARAGRAPH_WORDS && cueScore(c) - c.namePoints > 0) return true;
    if (c.voice || outletTrade(texts[i]!)) return true;
    return c.words <= CODA_WEAK_WORDS && c.someVoice;
  };
  // A paragraph longer than a line: the story's, unless it is a member.
  const storyShape = (i: number): boolean =>
    blocks[i]!.block.type === 'paragraph' && cues[i]!.words > STORY_PARAGRAPH_WORDS;
  const story = (i: number): boolean => storyShape(i) && !member(i);
  // From each end inward to the story's nearest paragraph: the note must run to the article's end
  // (or from its start), every block of it a member; a voiced stretch with more of the story after
  // it is the story's (a reader's questions answered, an interview). Most pages end on a story
  // paragraph, so this reads a block or two.
  const edge = (from: number, step: number): number | null => {
    for (let i = from; i >= 0 && i < blocks.length; i += step) {
      // A letter starts at its greeting ("Drogi Czytelniku,"): the block before it is the story's last.
      if (step < 0 && i !== from && cues[i + 1]!.greeting) return i;
      if (member(i)) continue;
      // The note's own heading ("Keep the Dispatch going") between it and the story's last paragraph.
      const titled = step < 0 && i > 0 && i !== from && blocks[i]!.block.type === 'heading' && story(i - 1);
      if (titled) return i - 1;
      // The outlet's line on its own reporting, however short, is the story's last too.
      return storyShape(i) || cues[i]!.reports ? i : null;
    }
    return null;
  };
  // After the note, a short line or two may close the page and stay ("Dai Comuni", a section's
  // heading over the next list): the note is the members before them.
  let close = blocks.length - 1;
  while (close >= 0 && cues[close]!.words <= STORY_PARAGRAPH_WORDS && !member(close)) close--;
  const last = edge(close, -1);
  const first = edge(0, 1);
  const ends: (readonly [number, number])[] = [];
  if (last !== null && last + 2 <= close) ends.push([last + 1, close]);
  if (first !== null && first >= 2) ends.push([0, first - 1]);
  if (ends.length === 0) return [];
  let total = 0;
  for (const c of cues) total += c.words;
  const found: number[] = [];
  for (const [from, to] of ends) {
    if (!isCoda(cues.slice(from, to + 1), texts.slice(from, to + 1), total)) continue;
    // The page is an article beside the note: its story paragraphs number a few at least.
    let paragraphs = 0;
    for (let i = 0; i < blocks.length && paragraphs < CODA_STORY; i++) if (story(i)) paragraphs++;
    if (paragraphs < CODA_STORY) return [];
    for (let i = from; i <= to; i++) found.push(i);
  }
  return found;
}

/**
 * Whether the blocks at an end of the story are the outlet's note: short as a whole (a third of the
 * page's words at most), off the story's topic but for one block, speaking of money or
 * subscriptions in its voice, and holding the appeal's own control (its support link or button, an
 * amount row, a bare counter: never article text). Without one, a voiced stretch of money talk at
 * the end may be someone else's call the paper printed ("Het bestuur van de coöperatie vroeg de
 * krant om de volgende oproep te plaatsen: We zoeken nog 320.000 euro …"), measured on a blind set.
 */
function isCoda(cues: readonly AppealCues[], texts: readonly string[], pageWords: number): boolean {
  let words = 0;
  for (const c of cues) words += c.words;
  if (words > CODA_WORDS || words * 3 > pageWords || !cues.some((c) => c.voice)) return false;
  // Service journalism speaks to the reader on the story's subject ("Si vous ne souhaitez pas payer
  // davantage, vous pouvez résilier votre abonnement …"): a note shares the headline's words once at most.
  if (cues.filter((c) => c.topical).length > 1) return false;
  // A share label closing the story ("Podziel się:") asks the reader to share the article: it is
  // neither the note's money nor its control.
  const share = texts.map(isShareBar);
  const money = cues.some(
    (c, i) =>
      !share[i] &&
      (c.payment > 0 ||
        c.appeal - (c.named ? 1 : 0) > 0 ||
        c.ask > 0 ||
        SUBSCRIPTION_NOUNS.test(texts[i]!.toLowerCase())),
  );
  return money && cues.some((c, i) => !share[i] && (c.widget || c.link || c.own || c.button));
}

/**
 * An appeal written as questions and answers about the outlet's money ("Why do we ask?", "Where
 * does my donation go?", "Is it tax-deductible?"): short questions, each answered in a line or two.
 * Its answers speak plainly ("To three reporters' pay …") and carry few cue words, so the run
 * finder takes only some of its blocks. Once a block of the list that speaks as the outlet has gone
 * as appeal, the whole list goes, with its title and the payment lines under it.
 */
import type { AppealCues } from './appeal-cues.js';
import { cueScore } from './appeal-cues.js';

/** A question of such a list is a line. */
const QUESTION_WORDS = 15;
/** Its answers are a sentence or three; an interview's run longer. */
const ANSWER_WORDS = 60;
/** Blocks of one answer: a paragraph, maybe a second line (a payment detail). */
const ANSWER_BLOCKS = 2;
/** A paragraph past a question's answer this long makes the question a section's crosshead. */
const SECTION_WORDS = 25;
/** Questions a list needs. */
const MIN_QUESTIONS = 2;
/** Blocks of such a list: a handful of questions with their answers. */
const MAX_BLOCKS = 16;
/** The list's title over it ("Питання, які нам часто ставлять про гроші"). */
const TITLE_WORDS = 12;
/** A payment line between the list and the appeal's buttons ("IBAN: …", "Bizum: código 04417"). */
const PAYMENT_LINE_WORDS = 30;

const QUESTION_END = /[?？¿]\s*$/u;
const SENTENCE_END = /[.!?。！？]["'”»’)]*$/u;

/** A question-and-answer list's first and last block. */
export type QuestionList = readonly [number, number];

/**
 * The question-and-answer lists of `texts` (read once a page: the interview test and the appeal's
 * FAQ both ask), as [first, last] index pairs: a question (a short
 * line ending in a question mark), then its answer (a block or two that ask nothing), at least twice.
 */
export function questionLists(texts: readonly string[], cues: readonly AppealCues[]): QuestionList[] {
  const question = (i: number) =>
    cues[i]!.words > 0 && cues[i]!.words <= QUESTION_WORDS && QUESTION_END.test(texts[i]!);
  const answer = (i: number) =>
    cues[i]!.words > 0 && cues[i]!.words <= ANSWER_WORDS && !QUESTION_END.test(texts[i]!);
  const lists: QuestionList[] = [];
  let i = 0;
  while (i < texts.length) {
    if (!question(i)) {
      i++;
      continue;
    }
    const first = i;
    let questions = 0;
    let last = i;
    while (i < texts.length && question(i)) {
      let j = i + 1;
      while (j < texts.length && j - i <= ANSWER_BLOCKS && answer(j)) j++;
      // A question over a section of several paragraphs is a story's crosshead; short lines after
      // the last answer are the appeal's payment lines and buttons.
      if (j === i + 1 || (j < texts.length && answer(j) && cues[j]!.words > SECTION_WORDS)) break;
      questions++;
      last = j - 1;
      i = j;
    }
    if (questions >= MIN_QUESTIONS && last - first < MAX_BLOCKS) lists.push([first, last]);
    i = Math.max(i, first + 1);
  }
  return lists;
}

/**
 * Blocks of appeal lists to remove: every block of a list that leads into the appeal's controls
 * or one of whose blocks that speaks as the outlet (its voice, an ask, its name) is `gone`, and
 * that holds money or appeal words, with half its questions put to the outlet or about money;
 * the title line right over such a list; and payment lines between its end and the next gone block.
 */
export function appealFaqs(
  lists: readonly QuestionList[],
  texts: readonly string[],
  cues: readonly AppealCues[],
  gone: (i: number) => boolean,
): number[] {
  const found: number[] = [];
  for (const [first, last] of lists) {
    const atControls = endsAtControls(cues, last);
    let spoke = false;
    let cued = 0;
    let questions = 0;
    let toOutlet = 0;
    for (let i = first; i <= last; i++) {
      const c = cues[i]!;
      if (gone(i) && (c.voice || c.ask > 0 || c.named)) spoke = true;
      if (cueScore(c) > 0) cued++;
      if (!QUESTION_END.test(texts[i]!)) continue;
      questions++;
      if (c.voice || cueScore(c) > 0) toOutlet++;
    }
    // The questions are put to the outlet or about money, half of them at least: a story's
    // crossheads that ask ("Linked to the 1951 quake?") speak of its subject.
    if (!(spoke || atControls) || cued < 2 || toOutlet * 2 < questions) continue;
    for (let i = first; i <= last; i++) if (!gone(i)) found.push(i);
    const title = first - 1;
    if (
      title >= 0 &&
      !gone(title) &&
      cues[title]!.words <= TITLE_WORDS &&
      !SENTENCE_END.test(texts[title]!)
    ) {
      found.push(title);
    }
    let j = last + 1;
    while (j < texts.length && !gone(j) && paymentLine(cues[j]!)) j++;
    if (j < texts.length && gone(j)) for (let k = last + 1; k < j; k++) found.push(k);
  }
  return found;
}

/** Payment lines between a list and the buttons it leads to. */
const PAYMENT_LINES = 3;

/**
 * Whether the list ending at `last` leads straight into the appeal's controls (an amount row, a
 * button, a link to the support page), past a few payment lines at most: the appeal's own list.
 */
function endsAtControls(cues: readonly AppealCues[], last: number): boolean {
  let j = last + 1;
  while (j < cues.length && j - last <= PAYMENT_LINES && (cues[j]!.words === 0 || paymentLine(cues[j]!))) j++;
  const c = cues[j];
  return !!c && (c.widget || c.link || (c.control && c.words <= 6));
}

/**
 * Indices of the lists that lead into the appeal's controls (see `endsAtControls`): a funding FAQ,
 * whose questions put to the outlet do not make the page an interview (see `interviewVoices`).
 */
export function faqsAtControls(lists: readonly QuestionList[], cues: readonly AppealCues[]): Set<number> {
  const found = new Set<number>();
  for (const [first, last] of lists) {
    if (endsAtControls(cues, last)) for (let i = first; i <= last; i++) found.add(i);
  }
  return found;
}

function paymentLine(c: AppealCues): boolean {
  return c.payment > 0 && c.words <= PAYMENT_LINE_WORDS && !c.topical && !c.foreign;
}

/**
 * Growing a found appeal into its neighbours: the blocks beside it that speak as the outlet or name
 * money, runs led by the outlet's name, an appeal scattered in lone pieces, and the small containers
 * a removed run nearly fills.
 */
import { type Element, within } from '../body/dom.js';
import { AMOUNT_PERIOD_WORDS } from '../vocab/phrases/boilerplate.js';
import { type AppealCues, cueScore } from './appeal-cues.js';
import { PAYMENT_LINE_WORDS, paymentLine } from './appeal-gaps.js';
import { QUOTE_OPENING } from './block-text.js';
import { outletTrade } from './lead-in.js';
import { phraseRegex } from './phrases.js';

/**
 * A short block in the outlet's voice, or with an appeal topic word, that shares no word with the headline
 * ("Un instant, s'il vous plaît", "For less than a coffee a week …"): it joins a run or a fragment
 * it touches, though it could not start one.
 */
function voiced(c: AppealCues): boolean {
  return ((c.voice && !c.reports) || c.appeal >= 1 || c.ask > 0) && !c.topical && c.words <= 40;
}

/**
 * `voiced`, for the block at `j` joining the piece at `at`. Before the piece, a block with a topic
 * word but no voice must share the piece's container: across a container's edge it is the article's
 * last line ("The organisers will keep collecting donations until 31 December."), which the
 * outlet's appeal box follows. Nor may one that passes on someone else's web address ("Donations can
 * be made at shelter.example/give"): that is the story's charity, not the outlet's appeal.
 */
export function voicedNeighbour(c: AppealCues, j: number, at: number, groups: readonly unknown[]): boolean {
  return voiced(c) && (j > at || c.voice || (!c.foreign && oneBox(groups, j, at)));
}

/** Lines a small box holds directly, around the rows it nests ("<div class=box><p>…</p><p>…</p><div class=amounts>"). */
const SMALL_BOX_LINES = 3;

/**
 * Whether the blocks at `j` and `at` sit in one box: the same container, `j`'s container a small
 * box that holds `at`'s (a counter in the box, its amount row in a row of its own), or the two
 * containers side by side in a small box (a card's heading and its text, each in a `<div>` of its
 * own). A story's container holds many blocks, so its last line still does not join the box set
 * inside or beside it.
 */
function oneBox(groups: readonly unknown[], j: number, at: number): boolean {
  const outer = groups[j] as Element | undefined;
  const inner = groups[at] as Element | undefined;
  if (outer === inner) return true;
  if (!outer || !inner) return false;
  // The box's own lines; beside each other, the lines of both containers count.
  let inBox: (g: unknown) => boolean;
  if (inner.parent === outer) inBox = (g) => g === outer;
  else if (outer.parent && outer.parent === inner.parent) {
    const box = outer.parent;
    inBox = (g) => g === box || (g as Element | null)?.parent === box;
  } else return false;
  let lines = 0;
  for (const g of groups) if (inBox(g) && ++lines > SMALL_BOX_LINES) return false;
  return true;
}

/** Words of a membership tier's name on its card ("Друг редакції", "Supporter"). */
export const TIER_NAME_WORDS = 3;

/** A line after an appeal's button may be its small print; a longer paragraph is the story's. */
const BUTTON_TAIL_WORDS = 12;
/** A button's label is a few words. */
const BUTTON_LABEL_WORDS = 6;

/**
 * After the appeal's button, a paragraph that neither speaks as the outlet, asks nor gives payment
 * details (an IBAN line, small print) is the story going on ("Hinojosa said monthly memberships grew
 * …" after "Subscribe to the Gazette"): it neither joins the run nor starts one.
 */
export function afterButton(cues: readonly AppealCues[], i: number): boolean {
  const [button, c] = [cues[i - 1], cues[i]];
  if (!button || !c || c.voice || c.ask > 0 || c.control || c.payment >= 2 || c.words <= BUTTON_TAIL_WORDS)
    return false;
  // A control, or a label of a few words that asks or names the outlet ("Subscribe to the Gazette").
  return (
    button.control ||
    button.button ||
    (button.words <= BUTTON_LABEL_WORDS && (button.ask > 0 || button.named))
  );
}

/** Words of a story's paragraph of a sentence or two (see `storyParagraph`). */
const STORY_PARAGRAPH_WORDS = 25;

/**
 * A paragraph of the story's before an appeal set into it: a sentence or two in the third person
 * around someone's quoted words, not naming the outlet, with one cue word at most ("She is sceptical of hard paywalls. …" in an interview on membership).
 * No run grows back into it, nor does a piece take it as a neighbour.
 */
export function storyParagraph(c: AppealCues): boolean {
  return (
    c.quotes &&
    !c.voice &&
    !c.self &&
    !c.named &&
    c.ask === 0 &&
    !c.control &&
    c.words >= STORY_PARAGRAPH_WORDS &&
    cueScore(c) <= 1
  );
}

/**
 * Blocks touching a removed piece that speak in its voice (see `voicedNeighbour`), or are its controls,
 * go with it; a heading or a plain paragraph after its button does not. Text-less blocks between (a
 * payment method's logo, an empty cell) are stepped over and go with the block beyond them, or stay
 * when it does. `reported`: a story about the press or a fundraiser, where only the outlet's voice
 * (not an appeal word) makes a neighbour speak as the piece does. `storyLine`: blocks the caller
 * knows to be the story's, which never join.
 */
export function absorbNeighbours(
  cues: AppealCues[],
  drop: Set<number>,
  groups: readonly unknown[],
  headings: readonly boolean[],
  reported = false,
  storyLine: (j: number) => boolean = () => false,
): void {
  const pending = [...drop];
  while (pending.length > 0) {
    const i = pending.pop()!;
    for (const step of [-1, 1]) {
      // A letter starts at its greeting ("Dear reader,"): the line before it is the story's last.
      if (step < 0 && cues[i]!.greeting) continue;
      let j = i + step;
      while (cues[j]?.words === 0 && !drop.has(j)) j += step;
      const c = cues[j];
      if (!c) continue;
      // A heading after a piece heads what follows it (the next section of the story), and a plain
      // paragraph after the appeal's button is the story going on.
      // A heading of payment details goes with the box, but not in a story about the press or a
      // fundraiser, whose next section may be about the money it reports ("月額会員制で持続性を確保").
      const paying = payingHeading(c) && !reported;
      if (step > 0 && !drop.has(j) && ((headings[j] && !paying) || afterButton(cues, j))) continue;
      if (step < 0 && !drop.has(j) && storyParagraph(c)) continue;
      if (!drop.has(j) && storyLine(j)) continue;
      const joins =
        drop.has(j) ||
        (voicedNeighbour(c, j, i, groups) &&
          !(
            noCueWords(cues[i]!) &&
            (voiceAlone(c) || (cues[i]!.control && noCueWords(c) && groups[j] !== groups[i]))
          ) &&
          (!reported || c.voice)) ||
        (c.control && cueScore(c) >= 1) ||
        c.scheme ||
        // In a story about the press or a fundraiser, small print longer than a line only in the
        // piece's own box: a paragraph on the prices it reports, after the box, is the story going on.
        // Nor in the story's own container, where the piece was set between its paragraphs: a
        // sentence there naming two sums ("Zosia zebrała 3 100 zł …") is the story's.
        // There, a sentence naming only a sum ("… kosztuje około 600 zł") is the story's; one naming
        // how to pay ("Carte bancaire, PayPal ou virement : FR76 …") is the appeal's.
        (j > i &&
          paymentLine(c) &&
          (c.words <= PAYMENT_LINE_WORDS ||
            ((!reported || groups[j] === groups[i]) &&
              (c.paymentWords >= 2 || !storyContainer(cues, groups, drop, j)))));
      if (!joins) continue;
      for (let k = i + step; k !== j; k += step) drop.add(k);
      if (!drop.has(j)) {
        drop.add(j);
        pending.push(j);
      }
    }
  }
}

/** Sentences a container holds, besides the appeal's, when it is the story's own. */
const STORY_CONTAINER_SENTENCES = 3;
/** Words of a story's sentence: counters and amount lines of an appeal are shorter. */
export const STORY_SENTENCE_WORDS = 12;

/**
 * Whether the block at `j` sits in the story's own container: one holding a few sentences that no
 * piece of the appeal took (an appeal box holds its own lines and rows, all of them going).
 */
function storyContainer(
  cues: readonly AppealCues[],
  groups: readonly unknown[],
  drop: ReadonlySet<number>,
  j: number,
): boolean {
  // No container (null): the block sits right in the article's root, the story's own container too.
  const box = groups[j];
  let sentences = 0;
  for (let k = 0; k < cues.length; k++) {
    if (k === j || groups[k] !== box || drop.has(k) || cues[k]!.words < STORY_SENTENCE_WORDS) continue;
    if (++sentences >= STORY_CONTAINER_SENTENCES) return true;
  }
  return false;
}

/** No ask, appeal or payment word of its own (a bare control line: "Продовжуємо.", "Continue"). */
function noCueWords(c: AppealCues): boolean {
  return c.ask === 0 && c.appeal === 0 && c.payment === 0;
}

/**
 * A paragraph longer than a line whose only cue is the outlet's "we" ("We drove the four repaired
 * stretches …"): a piece with no cue words of its own vouches for its box's lines, not for such a
 * paragraph of the story beside it in running text.
 */
function voiceAlone(c: AppealCues): boolean {
  return noCueWords(c) && c.words > VOICE_LINE_WORDS;
}
/** A line in the outlet's voice a control takes with it: a sentence, as a box's blurb is. */
const VOICE_LINE_WORDS = 25;

/**
 * A heading whose only cue is payment ("Реквізити для переказу", "Bank details"): it heads the
 * widget's account lines, not the story's next section.
 */
function payingHeading(c: AppealCues): boolean {
  return c.payment > 0 && c.ask === 0 && c.appeal === 0 && c.words <= PAYMENT_LINE_WORDS && !c.topical;
}

/** Longest block of a run anchored on the outlet naming itself (see `selfRuns`), and its reach each way. */
const SELF_RUN_WORDS = 60;
const SELF_RUN_REACH = 3;

/**
 * Some cue of the appeal's own: its voice, a topic word, an ask or a control. Naming the outlet is
 * none (a source's quote "told the Ribeira Journal" beside the appeal is the story's), nor is money
 * alone (a story's figures: "a salary of R$ 4,200").
 */
function anyCue(c: AppealCues, text: string): boolean {
  if (c.named) return c.ask > c.namePoints / 2 || c.appeal > 1 || c.control;
  return c.voice || c.appeal > 0 || c.ask > 0 || c.control || periodicSum(c, text);
}

/** Words of a short line with a sum per period ("Bastano 3 euro al mese: dai una mano"). */
const PERIODIC_WORDS = 25;
const PERIODIC = phraseRegex([
  ...Object.values(AMOUNT_PERIOD_WORDS).flat(),
  ...['щомісяч', 'ежемесяч', 'monatlich', 'mensil', 'miesięczn', 'maandelijk', 'mensal', 'měsíčn'],
]);

/** A short line with money and a period: what a membership costs, not a story's figures. */
function periodicSum(c: AppealCues, text: string): boolean {
  if (c.payment === 0 || c.words > PERIODIC_WORDS) return false;
  PERIODIC.lastIndex = 0;
  return PERIODIC.test(text.toLowerCase());
}

/** Words of a block longer than a line: a paragraph. */
const PARAGRAPH_WORDS = 12;

/** A paragraph in the third person: no voice of the outlet, no name of it, no control. */
export function thirdPersonParagraph(c: AppealCues): boolean {
  return (
    c.words > PARAGRAPH_WORDS &&
    !c.voice &&
    !c.self &&
    !c.named &&
    !c.ownAddress &&
    !c.control &&
    !c.widget &&
    !c.link
  );
}

/**
 * The outlet speaking of itself between the story's paragraphs, worded as no phrase list has it
 * ("Diario X has no owners in property or tourism … / If you think it worth it, chip in from 4
 * euros a month"): a block that opens with the outlet's name (see `leads`), off the story's topic, and
 * the blocks around it in the same container, off the topic too and each with a cue of its own (one
 * without may sit between two that have one). The run needs money or a control in it: the outlet
 * describing itself without asking for anything stays. Not in a story about the press, whose subject
 * the outlet or a paper is.
 */
export function selfRuns(
  cues: AppealCues[],
  texts: readonly string[],
  groups: readonly unknown[],
  drop: Set<number>,
  fundraiser = false,
): void {
  cues.forEach((c, i) => {
    if (
      !c.leads ||
      !c.voice ||
      c.reports ||
      c.topical ||
      c.foreign ||
      drop.has(i) ||
      c.words > SELF_RUN_WORDS
    ) {
      return;
    }
    const fits = (j: number): boolean => {
      const n = cues[j];
      return (
        n !== undefined &&
        groups[j] === groups[i] &&
        n.words > 0 &&
        n.words <= SELF_RUN_WORDS &&
        !n.topical &&
        !n.foreign &&
        // In a story about a fundraiser, its money told in the third person ("Nadwyżka, ponad 21
        // tys. zł, zostanie przeznaczona …") is the story's beside the outlet's lines.
        !(fundraiser && thirdPersonParagraph(n) && n.ask === 0 && n.appeal === 0)
      );
    };
    let start = i;
    let end = i;
    for (const step of [-1, 1]) {
      let at = i;
      for (let reach = 0; reach < SELF_RUN_REACH; reach++) {
        const j = at + step;
        if (fits(j) && anyCue(cues[j]!, texts[j]!)) at = j;
        // A block without a cue may sit between two that have one, unless it is a plain paragraph
        // of the story (the appeal was split around it).
        else if (
          fits(j) &&
          !plainParagraph(cues[j]!) &&
          fits(j + step) &&
          anyCue(cues[j + step]!, texts[j + step]!)
        )
          at = j + step;
        else break;
      }
      if (step < 0) start = at;
      else end = at;
    }
    const run = cues.slice(start, end + 1);
    // Alone, the block must say it all: money and an appeal word besides the name.
    const whole = c.payment > 0 && c.appeal - (c.named ? 1 : 0) >= 1;
    if ((run.length < 2 && !whole) || !run.some((r) => r.payment > 0 || r.control)) return;
    for (let j = start; j <= end; j++) drop.add(j);
  });
}

/** A scattered appeal's pieces are paragraphs, not the story's long ones. */
const SCATTERED_PIECE_WORDS = 60;

/**
 * An appeal spread through the story in short paragraphs, none of which passes as a run with its
 * neighbours ("Цей текст ми змогли написати, бо нас підтримують читачі. Зараз 640 людей щомісяця
 * переказують …" … "Щоб утримати редакцію …, нам бракує ще 160 постійних донорів"): two paragraphs
 * or more that each speak as the outlet, of money, and of its trade (readers, the newsroom), off
 * the story's topic. A column in "we" on a club's money speaks of no newsroom.
 */
export function scatteredAppeal(
  cues: readonly AppealCues[],
  texts: readonly string[],
  drop: Set<number>,
): void {
  const pieces: number[] = [];
  cues.forEach((c, i) => {
    // Cheap cues first: voice and topic are read on demand, and most blocks have no money.
    if (
      c.payment > 0 &&
      c.words <= SCATTERED_PIECE_WORDS &&
      !c.foreign &&
      !QUOTE_OPENING.test(texts[i]!) &&
      c.voice &&
      !c.topical &&
      outletTrade(texts[i]!)
    )
      pieces.push(i);
  });
  if (pieces.length < 2) return;
  for (const i of pieces) drop.add(i);
}

/** Words of a paragraph with no cue at all that keeps its container from going whole (see `widen`). */
const PLAIN_PARAGRAPH_WORDS = 30;

/**
 * A paragraph longer than a line with no cue of an appeal: the story's (its last paragraph shares a
 * `<div>` with the appeal's button on some templates).
 */
function plainParagraph(c: AppealCues): boolean {
  return c.words > PLAIN_PARAGRAPH_WORDS && cueScore(c) === 0 && !c.voice;
}

/**
 * A line of an appeal box beside its run: the outlet's voice, a cue, or a label of a word or three
 * (a tier's name on its card: "年費支持", "Supporter"), off the story's topic.
 */
function boxLine(c: AppealCues): boolean {
  return (
    (c.voice || cueScore(c) > 0 || (c.words > 0 && c.words <= TIER_NAME_WORDS)) && !c.topical && !c.foreign
  );
}

/**
 * Whole small containers that the run mostly covers. Small in words, not blocks: a widget's buttons
 * and labels make many blocks of a word or two.
 */
export function widen(
  containers: readonly unknown[],
  cues: AppealCues[],
  drop: Set<number>,
  buttonBoxes: ReadonlySet<unknown>,
): void {
  let total = 0;
  for (const c of cues) total += c.words;
  const groups = new Map<unknown, number[]>();
  containers.forEach((group, i) => {
    if (group) listIn(groups, group).push(i);
  });
  // A small box whose lines each sit in a <div> of their own (a counter and its goal line): the
  // box's lines, as if they shared one container. A story's container holds more lines than this.
  const boxes = new Map<unknown, number[]>();
  containers.forEach((group, i) => {
    const box = (group as Element | null)?.parent;
    if (box && !groups.has(box)) listIn(boxes, box).push(i);
  });
  for (const [box, members] of boxes) {
    if (members.length >= 2 && members.length <= SMALL_BOX_LINES) listIn(groups, box).push(...members);
  }
  for (const [group, members] of groups) {
    // Covered: the run's blocks, and beside them the box's other lines in the outlet's voice or with
    // a cue of their own (an appeal box's narrative between its counter and its thanks).
    const dropped = members.filter((i) => drop.has(i)).length;
    const covered = members.filter((i) => drop.has(i) || boxLine(cues[i]!)).length;
    let words = 0;
    for (const i of members) words += cues[i]!.words;
    // A container holding a paragraph on the story's topic is the article's, not the appeal's box,
    // unless the outlet says it in its own voice ("We are the only paper covering sport in the
    // valley"). A button box (see `askOfButtons`) is the appeal's own, whatever town its lines name.
    const story =
      !buttonBoxes.has(group) &&
      members.some(
        (i) => !drop.has(i) && (plainParagraph(cues[i]!) || (cues[i]!.topical && !cues[i]!.voice)),
      );
    if (dropped > 0 && covered * 2 >= members.length && words * 2 <= total && !story) {
      for (const i of members) drop.add(i);
    }
  }
}

/** Words of a line an appeal's box holds between its removed lines (see `islandLines`). */
const ISLAND_WORDS = 25;
/** Lines of such a stretch at most (a table of transfer details: payee, IBAN, reference, PayPal). */
const ISLAND_LINES = 10;

/**
 * Short lines whose neighbours on both sides went, all in one box that is not the story's container,
 * one of them at least with a cue of the appeal (a payment row, a control): the box's own lines,
 * though one shares a word with the headline ("支持微信支付、支付宝及银联卡付款。" under a story on mobile
 * payments) or they are a table of transfer details ("Empfänger · Lautertal Medien eG · IBAN · DE12 …").
 */
export function islandLines(
  cues: readonly AppealCues[],
  groups: readonly unknown[],
  drop: Set<number>,
): void {
  for (let i = 1; i < cues.length - 1; i++) {
    if (drop.has(i) || !drop.has(i - 1)) continue;
    let end = i;
    while (end < cues.length && !drop.has(end) && end - i < ISLAND_LINES) end++;
    if (!drop.has(end)) continue;
    // The box holding both removed ends (the outer one when one sits in the other: a box's table).
    const [before, after] = [groups[i - 1] as Element | null, groups[end] as Element | null];
    const box = after && within(before, after) ? after : before && within(after, before) ? before : null;
    if (!box || storyContainer(cues, groups, drop, i)) continue;
    let cue = false;
    let fits = true;
    for (let k = i; k < end && fits; k++) {
      const c = cues[k]!;
      fits = c.words <= ISLAND_WORDS && !c.foreign && within(groups[k] as Element | null, box);
      cue ||= cueScore(c) > 0 || c.control;
    }
    if (!fits || !cue) continue;
    for (let k = i; k < end; k++) drop.add(k);
    i = end;
  }
}

/** The list kept in `map` under `key`, made empty the first time. */
function listIn(map: Map<unknown, number[]>, key: unknown): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

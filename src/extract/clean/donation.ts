/**
 * Donation and membership appeals without class hints: a run of blocks that addresses the reader
 * ("Dear readers", "your support"), talks about money or membership and offers controls
 * ("Continue", "$5", "Remind me later"). One cue never suffices: a run needs a direct ask and a
 * weighted score of 4 from at least two kinds of cue, so an article that reports on a fundraiser
 * (third person, quotes removed before matching) keeps its paragraphs. A run may bridge one
 * cue-less paragraph in the outlet's voice between cue blocks (the appeal's own narrative), and
 * when a run covers most of a small container, the whole container goes.
 */
import type { SourcedBlock } from '../blocks.js';
import { type Element, isElement, within } from '../body/dom.js';
import { PLEDGE_COUNTER, PLEDGE_RATIO, PLEDGE_TO_GOAL } from '../vocab/phrases/donation.js';
import { type AppealCues, appealCues, bankLine, type CuePage, cueScore, pageCues } from './appeal-cues.js';
import { appealFaqs, faqsAtControls, questionLists } from './appeal-faq.js';
import { fillGaps, PAYMENT_LINE_WORDS, paymentLine, paymentLinesAfter } from './appeal-gaps.js';
import {
  absorbNeighbours,
  afterButton,
  islandLines,
  STORY_SENTENCE_WORDS,
  scatteredAppeal,
  selfRuns,
  storyParagraph,
  TIER_NAME_WORDS,
  thirdPersonParagraph,
  voicedNeighbour,
  widen,
} from './appeal-neighbours.js';
import {
  interviewVoices,
  outletOwns,
  outletQuotes,
  outletSpeaks,
  thanksToSupporters,
  voicedThroughout,
  withinOwnVoice,
} from './appeal-voice.js';
import { blockText, itemText, SENTENCE_END, unquotedLower, wordCount } from './block-text.js';
import { heldButton } from './button-boxes.js';
import { isCommentsMarker } from './comments.js';
import type { CleanContext } from './context.js';
import { introducedBoxes } from './introduced-box.js';
import { appealLeadIns, outletTrade } from './lead-in.js';
import { makingOfNotes } from './making-of.js';
import { isPaywallMeter, paywallBoxLines } from './newsletter.js';
import { outletCoda } from './outlet-coda.js';
import { noteFrame } from './signed-note.js';
import { SAID, splitAppealPieces } from './split-appeal.js';
import { storyGraphic } from './story-graphic.js';
import { TESTIMONIAL_LINES, testimonialGaps, testimonialLines } from './testimonials.js';
import { sharesTopic } from './topic.js';

function accept(cues: AppealCues[]): boolean {
  let ask = 0;
  let score = 0;
  const kinds = new Set<string>();
  for (const c of cues) {
    ask += c.ask;
    score += cueScore(c);
    if (c.ask) kinds.add('ask');
    if (c.appeal) kinds.add('appeal');
    if (c.payment) kinds.add('payment');
    if (c.control || c.button) kinds.add('control');
  }
  // A direct ask with other cues; or, without an ask, a widget: controls plus two other kinds.
  if (ask >= 1) return score >= 4 && kinds.size >= 2;
  if (kinds.has('control') && kinds.size >= 3 && score >= 5) return true;
  // Or the outlet speaking throughout of money and its work, off the story's topic ("Good local
  // journalism needs you" / "no paywall … from 2 euros a month"): its button went with the markup.
  const outletSpeaks = cues.every((c) => c.words === 0 || (c.voice && !c.topical));
  if (outletSpeaks && kinds.has('appeal') && kinds.has('payment') && score >= 4) return true;
  // Or the outlet, named as the subject, telling in its own voice how its readers keep it going
  // ("The Northern Ledger is funded by its readers. No billionaire owner, no paywall: just 4,100
  // members who pay what they can"), with no money named: many appeal words, off the story's topic.
  return cues.some(
    (c) => c.self && c.named && c.leads && c.voice && !c.topical && c.appeal >= OWN_STORY_APPEAL,
  );
}

/** Appeal words of the outlet's account of its own funding (see `accept`). */
const OWN_STORY_APPEAL = 4;

/** Blocks of a box that ended in a button: a line or two, not a section of the story. */
const BUTTON_BOX_BLOCKS = 6;
/** Words of each of those lines. */
const BUTTON_BOX_WORDS = 40;

/**
 * A small box whose lone button the markup pass removed (see `button-boxes.ts`) asked the reader
 * to act: its last line carries that ask. Only a box of a few short lines off the story's topic, or
 * with one off it that speaks of support (a local outlet's box names its town: "paid for by the
 * people of Campinas"): a box of the story's own facts with a "Read more" link is not an appeal.
 * `groups` is updated: the box's lines share the box as their container. Returns those boxes.
 */
function askOfButtons(cues: AppealCues[], groups: (Element | null)[]): Set<Element> {
  const found = new Set<Element>();
  // A line of the box is its own <div> inside it, or sits in the box itself.
  const boxes = groups.map((g): Element | null =>
    heldButton(g) ? g : g && isElement(g.parent) && heldButton(g.parent) ? g.parent : null,
  );
  let i = 0;
  while (i < cues.length) {
    const box = boxes[i];
    let end = i;
    while (end + 1 < cues.length && boxes[end + 1] === box) end++;
    const lines = cues.slice(i, end + 1);
    if (
      box &&
      lines.length <= BUTTON_BOX_BLOCKS &&
      lines.every((c) => c.words <= BUTTON_BOX_WORDS) &&
      (lines.every((c) => !c.topical) || lines.some((c) => c.appeal > 0 && !c.topical)) &&
      // Last: it reads every block of the page.
      !holdsMore(box, groups, cues, i, end)
    ) {
      cues[end]!.ask++;
      cues[end]!.button = true;
      // Its lines, each in a <div> of its own, are one box: they join a run as one container's do.
      for (let j = i; j <= end; j++) groups[j] = box;
      found.add(box);
    }
    i = end + 1;
  }
  return found;
}

/**
 * Whether a box holds sentences beyond its lines `from`..`to`, in containers inside it: the story's
 * paragraphs when the box is the article's wrapper (the button was an appeal's further in). An
 * appeal box's own nested parts are short lines: tier cards, amounts, account details.
 */
function holdsMore(
  box: Element,
  groups: readonly (Element | null)[],
  cues: readonly AppealCues[],
  from: number,
  to: number,
): boolean {
  let words = 0;
  for (let k = 0; k < groups.length; k++) {
    if (k >= from && k <= to) continue;
    const g = groups[k];
    const c = cues[k]!;
    if (g && g !== box && c.words >= STORY_SENTENCE_WORDS && within(g, box)) words += c.words;
    if (words > BUTTON_BOX_WORDS) return true;
  }
  return false;
}

/** Words of a lone appeal paragraph: a sentence or two, not a paragraph of the story. */
const LONE_PIECE_WORDS = 30;

/**
 * One short paragraph that asks in the outlet's voice and names an appeal topic of its own, or asks
 * twice ("Did this story help you? Then help us report the next one."), off the story's topic ("The
 * Courier is reader-funded too. Without you this page would be blank."): the whole appeal, set
 * between the article's paragraphs with no button beside it.
 */
function lonePiece(run: readonly AppealCues[]): boolean {
  if (run.length !== 1) return false;
  const c = run[0]!;
  const ownAppeal = c.appeal - (c.named ? 1 : 0);
  // Sending the reader to the outlet's own support page is the outlet speaking, whoever the sentence names.
  const outlet = c.voice || c.ownAddress;
  return c.ask > 0 && (ownAppeal > 0 || c.ask >= 2) && outlet && !c.topical && c.words <= LONE_PIECE_WORDS;
}

/**
 * In a story about a fundraiser or the press, a paragraph in the third person beside the outlet's
 * ask that is the story's: in a fundraiser's story, one with no ask or appeal word ("Nadwyżka, ponad
 * 21 tys. zł, zostanie przeznaczona …"; a story about the press prices the outlet's own work that
 * way); in either, one on the story's topic ("Stowarzyszenie zachęca, by dalej wspierać bibliotekę
 * … składka wynosi 20 zł"). The outlet's impersonal lines carry its appeal words and name no
 * headline word ("Fare buon giornalismo locale costa …"), or speak of its trade ("Wpłata 20 zł
 * miesięcznie to … możliwość zatrudnienia kolejnego reportera").
 */
function storyBeside(c: AppealCues, text: string, page: CuePage): boolean {
  const plain = page.aboutFundraiser && c.ask === 0 && c.appeal === 0;
  return thirdPersonParagraph(c) && (plain || sharesTopic(text, page.topic, 1)) && !outletTrade(text);
}

/** The run's end cut before its first heading after `seed` whose section carries no cue at all. */
function beforeQuietSection(blocks: SourcedBlock[], cues: AppealCues[], seed: number, end: number): number {
  for (let k = seed + 1; k <= end; k++) {
    if (blocks[k]!.block.type !== 'heading') continue;
    const quiet = cues.slice(k, end + 1).every((c) => cueScore(c) === 0 && !c.control && !c.widget);
    return quiet ? k - 1 : end;
  }
  return end;
}

/** A block on the story's topic that neither speaks as the outlet nor is a control of a widget. */
function reportedAsk(c: AppealCues): boolean {
  return (
    c.words === 0 ||
    (c.topical && !c.voice && !c.self && !c.named && !c.ownAddress && !c.control && !c.widget)
  );
}

/** A seed without the outlet's voice or an ask is a line or a short paragraph. */
const SEED_PLAIN_WORDS = 40;

/**
 * A run may start at a direct ask, or at a block off the story's topic that already carries two cue
 * points of appeal: on the topic, such a block is the article telling how to give ("Donations go to
 * the initiative's bank account …"), and so is one giving another host's address.
 */
function isSeed(c: AppealCues, reported = false): boolean {
  // A factbox's rows ("Betalende leden: 3.200") are the story's figures, whatever their words.
  if (c.factbox) return false;
  if (c.ask > 0) return true;
  // In a story about the press or a fundraiser, a third-person paragraph on members and money is
  // the story's ("Fedorova's site launched a membership program … 5 to 10 euros a month"): the
  // outlet's own appeal speaks as it there.
  if (reported && !c.voice && !c.self && !c.control) return false;
  // A topic word with more; or a payment control ("Apoiar com Pix · Cartão · Boleto"): the widget's
  // own button, which a run of the outlet's voice around it must still pass `accept` with. Both off
  // the story's topic (asked last: the costliest cue).
  // The outlet's name counts only as the block's subject: "As the Gazette wrote in May, …" cites it.
  const cited = c.named && !c.leads ? 1 : 0;
  // A long paragraph in the third person with appeal words reports someone's appeal ("… some titles
  // began asking readers for direct support"): the outlet's own speaks as it or is short.
  const appealing =
    c.appeal - cited > 0 && cueScore(c) - cited >= 2 && (c.voice || c.words <= SEED_PLAIN_WORDS);
  return (appealing || (c.control && c.payment > 0)) && !c.foreign && !c.topical;
}

/**
 * Grow a run from a seed block: cue blocks, controls, and single cue-less bridges. `backward: false`
 * grows forward only (a fragment's greeting leads into its text, never back into the article).
 */
function grow(
  cues: AppealCues[],
  seed: number,
  groups: readonly (Element | null)[],
  backward = true,
  speech: readonly boolean[] = [],
  reported = false,
  cites: (i: number) => boolean = () => false,
): [number, number] {
  // A weak cue (one topic word) in a long paragraph is article text, not a continuation. In a story
  // about the press or a fundraiser, an appeal word alone carries no neighbour in: the story speaks
  // of members and money too ("Wer Mitglied werden will, kann weiterhin Anteile zeichnen").
  const joins = (i: number, step = 1): boolean => {
    const c = cues[i];
    if (!c) return false;
    // Text-less blocks (payment-method logos) join when the block beyond them does.
    if (c.words === 0) return joins(i + step, step);
    return (
      strong(i) ||
      c.control ||
      (cueScore(c) === 1 && c.voice && !c.reports && c.words <= 50) ||
      (voicedNeighbour(c, i, i - step, groups) && (!reported || c.voice))
    );
  };
  // Two cue points carry a block into a run when it asks, speaks as the outlet, or is short and off
  // the story's topic: a long or topical third-person paragraph with money words ("38 roubles, paid
  // by card", "Donations for the ambulance go to …") is the article's.
  const strong = (i: number): boolean => {
    const c = cues[i];
    // Nor one that passes on another host's address: the story's charity ("Join or give at club.example/…").
    return !!c && cueScore(c) >= 2 && (c.ask > 0 || c.voice || (c.words <= 25 && !c.topical && !c.foreign));
  };
  // A cue-less block between two cue blocks is the appeal's narrative only in the outlet's voice and
  // off the story's topic; a third-person or topical paragraph there is the article, which the
  // appeal was split around.
  const bridge = (i: number): boolean => {
    const c = cues[i];
    return !!c && c.voice && !c.reports && !c.topical && c.words < 120;
  };
  // Between two blocks that each ask in the outlet's voice, a voiced block is the appeal's middle
  // even when it names the story's places ("one trip to the islands costs us 90,000 roubles"): the
  // article does not ask, break off and ask again.
  const askBridge = (i: number, step: number): boolean => {
    const [near, mid, far] = [cues[i], cues[i + step], cues[i + 2 * step]];
    const asks = (c: AppealCues | undefined) => !!c && c.ask > 0 && c.voice && !c.foreign;
    return asks(near) && asks(far) && !!mid && mid.voice && !mid.foreign && mid.words < 120;
  };
  // A membership tier's name on its card ("Сусід", "Друг редакції"), which sits between its prices.
  const tierName = (i: number): boolean => {
    const c = cues[i];
    return !!c && c.words > 0 && c.words <= TIER_NAME_WORDS && !c.topical && !c.foreign;
  };
  // Nor does a run of the story's third-person lines ("Organizers offered three ways to give …")
  // grow forward into the outlet's box after them: the box is a run of its own.
  const intoBox = (end: number): boolean => {
    if (groups[end + 1] === groups[end]) return false;
    for (let k = start; k <= end; k++) if (cues[k]!.ask > 0 || cues[k]!.voice) return false;
    return true;
  };
  // Readers' testimonials inside an appeal ("“I give €5 a month because …”" / "— Marta, Lyon"):
  // quoted, so no cue of the outlet's, they carry the run across when it already speaks as the
  // outlet and the block beyond them joins it. The number of such lines from `i` on, or 0.
  const speaks = (): boolean => {
    for (let k = start; k <= end; k++) if (cues[k]!.voice || cues[k]!.ask > 0) return true;
    return false;
  };
  const voicesFrom = (i: number, step: number): number => {
    let n = 0;
    while (n < TESTIMONIAL_LINES && speech[i + n * step]) n++;
    return n > 0 && n < TESTIMONIAL_LINES && speaks() && joins(i + n * step, step) ? n : 0;
  };
  let start = seed;
  let end = seed;
  for (;;) {
    if (joins(end + 1) && !afterButton(cues, end + 1) && !intoBox(end)) end++;
    else if (strong(end + 2) && (bridge(end + 1) || askBridge(end, 1))) end += 2;
    // A tier's name over its price ("Сусід" / "60 грн/міс"): a label of a word or two before a control.
    else if (tierName(end + 1) && cues[end + 2]?.control) end += 2;
    else {
      const voices = voicesFrom(end + 1, 1);
      if (voices === 0) break;
      end += voices + 1;
    }
  }
  while (backward) {
    // A letter starts at its greeting ("Dear reader,"): the line before it is the story's last.
    if (cues[start]!.greeting) break;
    // An appeal that opens with the outlet's name starts there: before it, only the outlet's voice,
    // an ask or a control joins, not the story's last paragraph on another body's fees and members.
    const before = cues[start - 1];
    if (
      cues[start]!.self &&
      before &&
      !(before.ask > 0 || before.voice || before.control || before.words === 0)
    ) {
      break;
    }
    // The story's paragraph before the outlet's box: a sentence of a line or more in the story's
    // container, not the run's, that neither asks nor speaks as the outlet, however much money it
    // names ("… im Schnitt 96 Euro weniger Miete im Monat"). The story's container holds the
    // paragraphs before it, or holds the box itself (an insert after the lead); a box setting each
    // line in a <div> of its own is no such container.
    const storyGroup = groups[start - 1];
    if (
      before &&
      storyGroup &&
      storyGroup !== groups[start] &&
      (groups[start - 2] === storyGroup || groups[start]?.parent === storyGroup) &&
      before.words >= STORY_SENTENCE_WORDS &&
      before.ask === 0 &&
      !before.voice &&
      !before.control
    )
      break;
    // Nor a paragraph citing a source before it ("…, за даними сервісу DIM.RIA, становить 13 500
    // гривень на місяць"): the story's figures, not the appeal's.
    if (
      before &&
      before.ask === 0 &&
      !before.voice &&
      before.words >= STORY_SENTENCE_WORDS &&
      cites(start - 1)
    )
      break;
    // Nor a paragraph of the story's before an appeal set into it (see `storyParagraph`).
    if (before && storyParagraph(before)) break;
    if (joins(start - 1, -1)) start--;
    else if (strong(start - 2) && (bridge(start - 1) || askBridge(start, -1))) start -= 2;
    else {
      const voices = voicesFrom(start - 1, -1);
      if (voices === 0) break;
      start -= voices + 1;
    }
  }
  return [start, end];
}

/** A line ending in a colon introduces what follows it. */
const INTRODUCES = /[:：]\s*$/;

/** How far (in blocks) a fragment may sit from an accepted run: an appeal split around a few paragraphs. */
const FRAGMENT_REACH = 6;

/**
 * Pieces of an appeal split between article paragraphs ("Dear readers," … two paragraphs … "we
 * need your support"): once a run is accepted, a nearby block that addresses the reader with an
 * ask, or a short control ("Not now, remind me later"), belongs to it even though it could not
 * pass alone. Only once the page is known to carry an appeal, so an article about fundraising
 * (no appeal of the outlet's own) keeps every paragraph.
 */
function addFragments(
  cues: AppealCues[],
  texts: string[],
  drop: Set<number>,
  groups: readonly (Element | null)[],
  headings: readonly boolean[],
  lists: readonly boolean[],
  page: CuePage,
): void {
  // In a story about the press or a fundraiser, only the outlet's voice makes a fragment (see below).
  const voiceOnly = page.aboutPress || page.aboutFundraiser;
  // A run found here (or none: the appeal went by its markup). With one, every block removed so far
  // anchors fragments, the fragments found included: "Seja mecenas" four paragraphs on, then
  // "Subscrever é apoiar" three beyond it, as the pieces of one appeal spread through the story.
  const hadRun = drop.size > 0;
  const anchors: ReadonlySet<number> = hadRun ? drop : new Set();
  // Not across a paragraph passing on another host's address: the ask before it is that charity's
  // ("Sans vous, nous fermons …" above "Cet appel renvoie vers ba-avallon.example/benevoles").
  const clear = (i: number, j: number) => {
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++)
      if (cues[k]!.foreign && !drop.has(k)) return false;
    return true;
  };
  const near = (i: number) => {
    for (const j of anchors) if (Math.abs(i - j) <= FRAGMENT_REACH && clear(i, j)) return true;
    return false;
  };
  const beside = (i: number) => anchors.has(i - 1) || anchors.has(i + 1);
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (drop.has(i)) continue;
    // In a story about the press or a fundraiser, how to give to the fundraiser reported ("Supporters
    // can give £4 a month", "Donate: paper.example/fund") and its quoted asks ("Support us if you want
    // the station on air") are the story's: only the outlet's voice is a fragment, and on the story's
    // topic only when it speaks of the outlet's trade ("Like our reporting from Freiburg? Buy us a
    // coffee"): a chair's "We need 300 more members by March" is the story's, however it is set.
    if (voiceOnly && (!c.voice || (c.topical && !outletTrade(texts[i]!)))) continue;
    // Nor is the story's subject asking in the third person, on the story's topic (see `reportedAsk`),
    // nor its factbox ("Betalende leden: 3.200").
    if ((c.words > 0 && reportedAsk(c)) || c.factbox) continue;
    // With no run among these blocks (the appeal went by its markup), only a block that asks, or a
    // short thank-you, in the outlet's own voice is a fragment; near a run, any ask or control is.
    // A short block that opens with the outlet's name and an appeal cue is the outlet speaking too.
    const outletLine =
      (c.voice && (c.ask > 0 || (c.control && c.words <= 8))) ||
      (c.self && !c.reports && cueScore(c) >= 2 && c.words <= 40);
    if (hadRun ? !near(i) : !outletLine) continue;
    if (c.ask > 0 && c.words <= 40) {
      let [, end] = grow(cues, i, groups, false);
      // In a story about a fundraiser or the press, the story's paragraph after the ask stays.
      while (voiceOnly && end > i && storyBeside(cues[end]!, texts[end]!, page)) end--;
      // A greeting's next block in the outlet's voice ("Dear readers," then "we …") is its text.
      const next = cues[end + 1];
      if (next?.voice && !next.reports && next.words <= 60 && !drop.has(end + 1)) end++;
      for (let j = i; j <= end; j++) drop.add(j);
      const rest = continuation(texts, cues, end);
      if (rest !== null) drop.add(rest);
      // On the story's topic, the outlet naming itself with money words is its story about itself
      // ("The Herald has launched a crowdfunder …"), not a piece of its appeal.
    } else if (c.voice && cueScore(c) >= 2 && c.words <= 60 && !c.topical) drop.add(i);
    // Near a run, the outlet saying who pays for its work ("No advertisers: our readers fund us"),
    // under its opener line ("From the editors."): an appeal's body, not a tip from readers quoted
    // mid-story. The outlet's name alone is no such word: it counts one appeal point and the voice.
    else if (hadRun && c.voice && c.appeal > (c.named ? 1 : 0) && !c.topical && c.words <= 60) {
      if (underOpener(cues, i)) drop.add(i);
    }
    // A heading worded like a button ("Doneren of zelf helpen") is a crosshead of the article's own
    // section on how to give, unless it sits right by a piece.
    // Nor a line introducing the story's list with a colon ("… the following ways to pay:").
    else if (
      c.control &&
      cueScore(c) >= 1 &&
      !(headings[i] && !beside(i)) &&
      !(lists[i + 1] && !drop.has(i + 1) && INTRODUCES.test(texts[i]!))
    )
      drop.add(i);
    else if (c.scheme && hadRun) drop.add(i);
    // Payment details on their own ("Bizum: 01234 · IBAN ES91 …"); an account's number, written in
    // groups, counts as many words as it has groups ("Spendenkonto: … IBAN DE02 5135 0025 …").
    else if (
      c.payment >= 2 &&
      (c.words <= PAYMENT_LINE_WORDS || (c.words <= ACCOUNT_LINE_WORDS && bankLine(texts[i]!, c.words))) &&
      !c.topical
    )
      drop.add(i);
  }
}

/** Words of a line of payment details giving an account's number in groups. */
const ACCOUNT_LINE_WORDS = 24;

/** Words of the line an appeal's body follows ("A note to our readers", "А тепер — чесно."). */
const OPENER_LINE_WORDS = 8;

/** Whether the block before `i` (images aside) is a line of a few words, as an appeal's opener. */
function underOpener(cues: AppealCues[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && cues[j]!.words === 0) j--;
  const c = cues[j];
  return !!c && c.words <= OPENER_LINE_WORDS && !c.topical;
}

/**
 * A greeting cut off mid-sentence ("Dear readers," / "Drogie Czytelniczki,") goes on in a later
 * block that starts in lower case, in the outlet's voice, with article paragraphs placed between
 * the two halves: the index of that block, or null. An article paragraph starts a sentence.
 */
function continuation(texts: string[], cues: AppealCues[], at: number): number | null {
  if (!/[,:;–—-]$/.test(texts[at] ?? '')) return null;
  for (let j = at + 1; j < texts.length && j <= at + FRAGMENT_REACH; j++) {
    const c = cues[j]!;
    if (/^\p{Ll}/u.test(texts[j]!)) return c.voice && c.words <= 60 ? j : null;
  }
  return null;
}

/** Words of a label between an appeal's ask and its button (a counter, a row of choices). */
const TAIL_LABEL_WORDS = 8;

/**
 * An appeal worded in a way no phrase list has still ends in its controls: a block in the outlet's
 * voice (we/you, or opening with the outlet's name), off the story's topic, followed by a widget row
 * or a lone link to a support page. Third-person text before such a link stays: an article about a
 * fundraiser may end on the fundraiser's own donate link.
 */
function controlTails(cues: AppealCues[], texts: readonly string[], drop: Set<number>): void {
  const offTopic = (c: AppealCues | undefined): c is AppealCues => !!c && !c.topical && c.words <= 40;
  cues.forEach((c, i) => {
    if (!c.link && !c.widget) return;
    let j = i - 1;
    // Controls in the outlet's voice ("Thanks for reading us") end the walk: they are the appeal's text.
    while (j >= 0 && ((cues[j]!.control && !cues[j]!.voice) || cues[j]!.words === 0)) j--;
    const before = cues[j];
    if (!offTopic(before)) return;
    // An appeal word beside the outlet's trade ("… needs its readers", "読者の支え") is the outlet
    // speaking of itself: a charity in a story asks its supporters, not its readers.
    const speaks = before.voice || before.self || (before.appeal > 0 && outletTrade(texts[j]!));
    // One plain line may sit between the outlet's ask and its button ("We are four journalists …"),
    // when the block above it asks in the outlet's voice and the line speaks as it at all, carries a
    // cue or is a label ("目標の73%を達成", "One-off Every month"): a third-person sentence there is
    // the story's, which the appeal was split around.
    if (!speaks) {
      const appealLine = before.someVoice || cueScore(before) > 0 || before.words <= TAIL_LABEL_WORDS;
      if (before.words > 25 || !appealLine) return;
      const above = cues[j - 1];
      if (!offTopic(above) || !(above.voice || above.self) || above.ask === 0) return;
      j--;
    }
    for (let k = j; k <= i; k++) drop.add(k);
  });
}

/**
 * The article's last line, when it opens with the outlet's name and speaks of an appeal, off the
 * story's topic ("Millbrook Voice runs on donations too."): the outlet's own appeal after a story
 * about someone else's fundraiser, whose widget was left outside the content.
 */
function trailingOutletLine(cues: AppealCues[], drop: Set<number>): void {
  let last = cues.length - 1;
  while (last >= 0 && (cues[last]!.words === 0 || drop.has(last))) last--;
  const c = cues[last];
  // Naming the outlet counts one appeal point (see appealCues): a second one, or an ask, is the appeal.
  if (c?.self && (c.appeal >= 2 || c.ask > 0) && c.words <= 25 && !c.topical) drop.add(last);
}

/**
 * A list of payment methods and accounts on a page carrying an appeal ("微信赞赏码 / 支付宝：…"
 * under the story, its amount buttons gone): the appeal's, wherever it stands. A story's own
 * payment details come in sentences, or in a story about a fundraiser or the press (not asked).
 */
function paymentMethodLists(
  blocks: readonly SourcedBlock[],
  cues: readonly AppealCues[],
  drop: Set<number>,
  split: ReadonlySet<number>,
): void {
  cues.forEach((c, i) => {
    const b = blocks[i]!.block;
    if (b.type !== 'list' || split.has(i) || !paymentLine(c) || c.paymentWords === 0) return;
    const labels = b.items.every((item) => {
      const text = itemText(item);
      // No figures: a list of prices or fees is the story's factbox ("Girocard: 12 Euro/Jahr").
      return wordCount(text) <= METHOD_ITEM_WORDS && !SENTENCE_END.test(text) && !/\d/.test(text);
    });
    if (labels) drop.add(i);
  });
}
/** A payment method or account is named in a few words ("微信赞赏码", "PayPal: …"), not a sentence. */
const METHOD_ITEM_WORDS = 6;

/** A full stop between two sentences (not in "1.000"). */
const SENTENCE_BREAK = /\.\s+/g;

export function removeDonationAppeals(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const page = pageCues(ctx);
  // The outlet's letter to its readers is all the outlet speaking of itself: nothing there is a
  // piece of an appeal set into a story (its boxes, by class name, went in the markup pass).
  if (page.outletLetter) return blocks;
  const cues = blocks.map((sb) => appealCues(sb, page));
  // A headline about the outlet over paragraphs that nearly all speak as it ("Pourquoi « L'Horizon »
  // augmente le prix de son abonnement"): the outlet's letter, though its headline says no "we".
  if (page.aboutOutlet && voicedThroughout(blocks, cues)) return blocks;
  outletQuotes(blocks, cues);
  const texts = blocks.map(blockText);
  // An interview's asks are the interviewee's, as a fundraiser story's are its subject's.
  const lists = questionLists(texts, cues);
  const interview = interviewVoices(texts, cues, faqsAtControls(lists, cues));
  const reported = page.aboutFundraiser || interview;
  const drop = new Set<number>();
  const groups = blocks.map((sb) => sb.group);
  const buttonBoxes = askOfButtons(cues, groups);
  const speech = testimonialLines(blocks, texts, cues);
  const cites = (j: number): boolean => SAID.test(unquotedLower(texts[j]!));
  for (let i = 0; i < blocks.length; i++) {
    if (drop.has(i) || !isSeed(cues[i]!, page.aboutPress || reported) || afterButton(cues, i)) continue;
    let [start, end] = grow(cues, i, groups, true, speech, page.aboutPress || reported, cites);
    // A heading that ends a run heads what follows it, the next section of the story ("Donativos e
    // «amigos do jornal»" after the outlet's subscribe button): it stays with that section.
    while (end > Math.max(start, i) && blocks[end]!.block.type === 'heading') end--;
    // So does a heading inside the run after the ask when nothing from it on carries a cue: the
    // story's next section speaking to the reader ("Wat kun je zelf doen?" over its advice list).
    end = beforeQuietSection(blocks, cues, i, end);
    // In a story about a fundraiser or the press, the story's paragraphs at either end of the run
    // stay (see `storyBeside`); the run is the outlet's lines between (the seed stays).
    if (page.aboutPress || reported) {
      const story = (j: number): boolean => storyBeside(cues[j]!, texts[j]!, page);
      while (end > Math.max(start, i) && story(end)) end--;
      while (start < Math.min(end, i) && story(start)) start++;
    }
    const run = cues.slice(start, end + 1);
    if (!(accept(run) || lonePiece(run)) || (page.aboutPress && !outletSpeaks(run))) continue;
    if (withinOwnVoice(blocks, cues, start, end)) continue;
    // The story's own subject asking, told in the third person on the story's topic ("La circolare …
    // indica l'IBAN dell'associazione … Chi versa diventa socio"): no block speaks as the outlet.
    if (run.every(reportedAsk)) continue;
    // In an interview the answers' asks are the interviewee's, in a story about the press too (a
    // journalist who runs a paid newsletter: "se «Atti» vi è utile, abbonatevi").
    if ((interview || (reported && !page.aboutPress)) && !outletOwns(run, texts.slice(start, end + 1)))
      continue;
    for (let j = start; j <= end; j++) drop.add(j);
    i = end;
  }
  if (!page.aboutPress) selfRuns(cues, texts, groups, drop, page.aboutFundraiser);
  if (drop.size === 0 && !ctx.removals.has('donation') && !page.aboutPress && !page.aboutFundraiser) {
    scatteredAppeal(cues, texts, drop);
  }
  if (!page.aboutPress && !interview && !ctx.part)
    for (const i of outletCoda(blocks, cues, texts)) drop.add(i);
  controlTails(cues, texts, drop);
  trailingOutletLine(cues, drop);
  // A widget's row of amounts or its bare counter needs no run around it: its buttons never were
  // article text (see prune.ts), and like a run it shows the page carries an appeal.
  cues.forEach((c, i) => {
    if (c.widget || c.own) drop.add(i);
  });
  // An appeal already found (here, or by its class names in the markup pass) lets its fragments go,
  // and its further pieces spread through the story (see `split-appeal.ts`).
  let split = new Set<number>();
  if (drop.size > 0 || ctx.removals.has('donation')) {
    const headings = blocks.map((sb) => sb.block.type === 'heading');
    const lists = blocks.map((sb) => sb.block.type === 'list');
    addFragments(cues, texts, drop, groups, headings, lists, page);
    // In a story about a fundraiser, a paragraph on its topic in the third person (see `storyBeside`)
    // is no payment line of the appeal beside it, whatever sum it names; an account's number is.
    const storyLine = (j: number): boolean =>
      page.aboutFundraiser &&
      thirdPersonParagraph(cues[j]!) &&
      sharesTopic(texts[j]!, page.topic, 1) &&
      !bankLine(texts[j]!, cues[j]!.words);
    absorbNeighbours(cues, drop, groups, headings, page.aboutPress || reported, storyLine);
    split = splitAppealPieces({ cues, texts, blocks, page }, drop);
    paymentLinesAfter(cues, split, drop);
    if (!reported && !page.aboutPress) paymentMethodLists(blocks, cues, drop, split);
  }
  // A pledge counter on its own ("€12,340 of €20,000 raised", "412 members to our goal") needs no
  // run around it: a line, not a sentence, with a count and a ratio or a goal.
  cues.forEach((c, i) => {
    const text = texts[i]!;
    if (c.words > 14 || SENTENCE_END.test(text)) return;
    // The count and the goal may be two short sentences ("2 731 stałych darczyńców. Cel na 2025: 3 500").
    const toGoal = PLEDGE_TO_GOAL.test(text) || PLEDGE_TO_GOAL.test(text.replace(SENTENCE_BREAK, ', '));
    if (!((PLEDGE_COUNTER.test(text) && PLEDGE_RATIO.test(text)) || toGoal)) return;
    // The counter of a charity's thermometer the story shows (see `storyGraphic`) is the story's.
    const box = groups[i];
    if (box && storyGraphic(box as Element, page.topic)) return;
    drop.add(i);
  });
  // The appeal's note to those who already give ("Already a supporter? Thank you.", "Вы уже в клубе
  // — спасибо!"): a line to the reader, never the story's, wherever it stands.
  cues.forEach((c, i) => {
    if (thanksToSupporters(c, texts[i]!)) drop.add(i);
  });
  if (drop.size === 0 && split.size === 0) return blocks;
  // In a story about the press or a fundraiser, "we" between two pieces may be the story's subject.
  if (!page.aboutPress && !reported) fillGaps(blocks, cues, texts, drop, split);
  widen(groups, cues, drop, buttonBoxes);
  islandLines(cues, groups, drop);
  for (const i of noteFrame(blocks, texts, new Set([...drop, ...split]))) drop.add(i);
  if (!page.aboutPress && !reported) {
    const gone = (i: number): boolean => drop.has(i) || split.has(i);
    for (const i of testimonialGaps(speech, gone)) drop.add(i);
    for (const i of appealFaqs(lists, texts, cues, gone)) drop.add(i);
  }
  // A paywall's meter taken as a piece of the appeal ("Ti restano 2 articoli gratuiti su 5"): its
  // box's plans and offer go with it, as in the paywall pass (see `paywallBoxLines`).
  const meters = new Set([...drop, ...split].filter((i) => isPaywallMeter(texts[i]!)));
  if (meters.size > 0) for (const i of paywallBoxLines(blocks, texts, meters)) drop.add(i);
  for (const i of split) drop.delete(i);
  // A box the story introduces with a colon is what the story quotes (see `introduced-box.ts`).
  for (const i of introducedBoxes(blocks, texts, cues, new Set([...drop, ...split]))) {
    drop.delete(i);
    split.delete(i);
    ctx.quoted ??= new Set();
    ctx.quoted.add(blocks[i]!);
  }
  // A comment section's label beside the appeal (its box a line or two away) is the comments pass's:
  // taken here, it would leave the thread under it without the label that marks it.
  for (const i of [...drop, ...split]) {
    if (isCommentsMarker(texts[i]!)) {
      drop.delete(i);
      split.delete(i);
    }
  }
  const removed = new Set([...drop, ...split]);
  // A making-of note may stand between the piece and its opener line ("Una piccola parentesi, prima
  // di andare avanti." / "Questa inchiesta ci ha richiesto cinque mesi …" / the ask): notes first,
  // then the lead-ins around both, then notes beside those.
  const notes = makingOfNotes(texts, cues, removed);
  const leadIns = new Set(appealLeadIns(texts, cues, new Set([...removed, ...notes]), page.topic, groups));
  for (const i of notes) leadIns.add(i);
  for (const i of makingOfNotes(texts, cues, new Set([...removed, ...leadIns]))) leadIns.add(i);
  record(texts, drop, leadIns, ctx);
  for (const i of [...split].sort((a, b) => a - b)) {
    ctx.removals.add('donation', 'text-cues:split-appeal', texts[i]!);
  }
  return blocks.filter((_, i) => !drop.has(i) && !leadIns.has(i) && !split.has(i));
}

/** List each removed run once, and each lead-in line apart under its own rule. */
function record(texts: string[], drop: Set<number>, leadIns: Set<number>, ctx: CleanContext): void {
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) ctx.removals.add('donation', 'text-cues:donation', current.join(' '));
    current = [];
  };
  texts.forEach((text, i) => {
    if (drop.has(i)) current.push(text);
    else {
      flush();
      if (leadIns.has(i)) ctx.removals.add('donation', 'text-cues:donation-lead-in', text);
    }
  });
  flush();
}

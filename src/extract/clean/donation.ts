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
import { type Element, isElement } from '../body/dom.js';
import { AMOUNT_PERIOD_WORDS } from '../vocab/phrases/boilerplate.js';
import { PLEDGE_COUNTER, PLEDGE_RATIO, PLEDGE_TO_GOAL } from '../vocab/phrases/donation.js';
import { THIS_OUTLET_PHRASES } from '../vocab/phrases/newsroom.js';
import { type AppealCues, appealCues, cueScore, pageCues } from './appeal-cues.js';
import { appealFaqs, faqsAtControls, questionLists } from './appeal-faq.js';
import { blockText, QUOTE_OPENING, SENTENCE_END } from './block-text.js';
import { heldButton } from './button-boxes.js';
import type { CleanContext } from './context.js';
import { appealLeadIns, outletTrade } from './lead-in.js';
import { makingOfNotes } from './making-of.js';
import { isPaywallMeter, paywallBoxLines } from './newsletter.js';
import { outletCoda } from './outlet-coda.js';
import { phraseRegex } from './phrases.js';
import { noteFrame } from './signed-note.js';
import { splitAppealPieces } from './split-appeal.js';
import { TESTIMONIAL_LINES, testimonialGaps, testimonialLines } from './testimonials.js';

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
  return outletSpeaks && kinds.has('appeal') && kinds.has('payment') && score >= 4;
}

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
      (lines.every((c) => !c.topical) || lines.some((c) => c.appeal > 0 && !c.topical))
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

/** Voiced story paragraphs a run needs on each side to be a passage of a letter in that voice. */
const VOICED_SIDE = 2;
/** A story paragraph is longer than a line. */
const VOICED_STORY_WORDS = 12;
/** Share of the story paragraphs outside the run that must speak as the outlet. */
const VOICED_SHARE = 0.6;

/**
 * A run in the middle of a piece that speaks as the outlet throughout: the editor's column on the
 * paper's anniversary ("Many of you have asked how you can help … subscribe, if you can"), with
 * paragraphs in its voice before and after the ask. An appeal set into a story sits among
 * third-person paragraphs, and one after a letter ends the page.
 */
function withinOwnVoice(
  blocks: readonly SourcedBlock[],
  cues: readonly AppealCues[],
  start: number,
  end: number,
): boolean {
  let before = 0;
  let after = 0;
  let story = 0;
  for (let i = 0; i < cues.length; i++) {
    if (i >= start && i <= end) continue;
    const c = cues[i]!;
    if (blocks[i]!.block.type !== 'paragraph' || c.words <= VOICED_STORY_WORDS) continue;
    story++;
    if (!c.voice) continue;
    if (i < start) before++;
    else after++;
  }
  return before >= VOICED_SIDE && after >= VOICED_SIDE && before + after >= story * VOICED_SHARE;
}

/** Share of the story's paragraphs in the outlet's voice that makes a piece about the outlet its letter. */
const LETTER_SHARE = 0.7;
/** Paragraphs such a letter has at least. */
const LETTER_PARAGRAPHS = 4;

/** Whether nearly every paragraph longer than a line speaks as the outlet (see `LETTER_SHARE`). */
function voicedThroughout(blocks: readonly SourcedBlock[], cues: readonly AppealCues[]): boolean {
  let paragraphs = 0;
  let voiced = 0;
  cues.forEach((c, i) => {
    if (blocks[i]!.block.type !== 'paragraph' || c.words <= VOICED_STORY_WORDS) return;
    paragraphs++;
    if (c.voice) voiced++;
  });
  return paragraphs >= LETTER_PARAGRAPHS && voiced >= paragraphs * LETTER_SHARE;
}

/** An ask without the outlet's voice is a line or a button in a story about the press. */
const PRESS_ASK_WORDS = 12;

/**
 * In a story about the press, a run must speak as the outlet off the story's topic, or hold a
 * widget: "Supporters can give once or monthly" and "Donate: paper.example/fund" report the
 * fundraiser the headline is about.
 */
function outletSpeaks(run: readonly AppealCues[]): boolean {
  // One paragraph in "you" that asks nothing sets out the reported paper's own terms ("Word lid, en
  // je betaalt 6,50 euro per maand …": Dutch and English "you" is anyone).
  const lone = run.filter((c) => c.words > 0).length === 1;
  // An ask in the third person longer than a line is the story's ("… ältere Leserinnen und Leser
  // bekommen auf Wunsch ein Tablet"): the paper's readers are its subject.
  const asks = (c: AppealCues) => c.ask > 0 && (c.voice || c.words <= PRESS_ASK_WORDS);
  return run.some((c) => ((asks(c) || (c.voice && !lone)) && !c.topical) || c.widget || c.control);
}

/**
 * In a story about a fundraiser, a run is the outlet's when it names the outlet, holds a control, sends
 * the reader to the outlet's own support page, speaks as the outlet (not at its reporting) off the
 * story's topic, or of the outlet's trade ("… needs its readers"): the story's own call for members
 * and money ("We ask everyone in Hierden to join in. Become a member …") is worded like an appeal
 * and has none of these.
 */
function outletOwns(run: readonly AppealCues[], texts: readonly string[]): boolean {
  return (
    run.some((c) => c.named || c.control || c.ownAddress || (c.voice && !c.reports && !c.topical)) ||
    texts.some(outletTrade)
  );
}

/** A seed without the outlet's voice or an ask is a line or a short paragraph. */
const SEED_PLAIN_WORDS = 40;

/**
 * A run may start at a direct ask, or at a block off the story's topic that already carries two cue
 * points of appeal: on the topic, such a block is the article telling how to give ("Donations go to
 * the initiative's bank account …"), and so is one giving another host's address.
 */
function isSeed(c: AppealCues): boolean {
  if (c.ask > 0) return true;
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
function voicedNeighbour(c: AppealCues, j: number, at: number, groups: readonly unknown[]): boolean {
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

/**
 * Grow a run from a seed block: cue blocks, controls, and single cue-less bridges. `backward: false`
 * grows forward only (a fragment's greeting leads into its text, never back into the article).
 */
function grow(
  cues: AppealCues[],
  seed: number,
  groups: readonly unknown[],
  backward = true,
  speech: readonly boolean[] = [],
  reported = false,
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

/** Words of a membership tier's name on its card ("Друг редакції", "Supporter"). */
const TIER_NAME_WORDS = 3;

/** A line after an appeal's button may be its small print; a longer paragraph is the story's. */
const BUTTON_TAIL_WORDS = 12;
/** A button's label is a few words. */
const BUTTON_LABEL_WORDS = 6;

/**
 * After the appeal's button, a paragraph that neither speaks as the outlet, asks nor gives payment
 * details (an IBAN line, small print) is the story going on ("Hinojosa said monthly memberships grew
 * …" after "Subscribe to the Gazette"): it neither joins the run nor starts one.
 */
function afterButton(cues: readonly AppealCues[], i: number): boolean {
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
  groups: readonly unknown[],
  voiceOnly: boolean,
  headings: readonly boolean[],
): void {
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
    // With no run among these blocks (the appeal went by its markup), only a block that asks, or a
    // short thank-you, in the outlet's own voice is a fragment; near a run, any ask or control is.
    // A short block that opens with the outlet's name and an appeal cue is the outlet speaking too.
    const outletLine =
      (c.voice && (c.ask > 0 || (c.control && c.words <= 8))) ||
      (c.self && !c.reports && cueScore(c) >= 2 && c.words <= 40);
    if (hadRun ? !near(i) : !outletLine) continue;
    if (c.ask > 0 && c.words <= 40) {
      let [, end] = grow(cues, i, groups, false);
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
    else if (c.control && cueScore(c) >= 1 && !(headings[i] && !beside(i))) drop.add(i);
    else if (c.scheme && hadRun) drop.add(i);
    // Payment details on their own ("Bizum: 01234 · IBAN ES91 …").
    else if (c.payment >= 2 && c.words <= PAYMENT_LINE_WORDS && !c.topical) drop.add(i);
  }
}

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
 * A short line off the story's topic on how to pay ("Pagamento por MB Way ou cartão.", "Tarjeta o
 * PayPal"): after a removed piece it is the appeal's, as its buttons are; before one, such a line
 * is the article's last ("The developer will contribute £3.4 million.").
 */
function paymentLine(c: AppealCues): boolean {
  if (c.topical || c.foreign) return false;
  return c.payment > 0 && (c.words <= PAYMENT_LINE_WORDS || (c.payment >= 2 && c.words <= SMALL_PRINT_WORDS));
}
const PAYMENT_LINE_WORDS = 12;
/** The form's small print on how payments and tax work ("processed securely by Stripe … tax-deductible"). */
const SMALL_PRINT_WORDS = 30;

/**
 * Blocks touching a removed piece that speak in its voice (see `voicedNeighbour`), or are its controls,
 * go with it; a heading or a plain paragraph after its button does not. Text-less blocks between (a
 * payment method's logo, an empty cell) are stepped over and go with the block beyond them, or stay
 * when it does. `reported`: a story about the press or a fundraiser, where only the outlet's voice
 * (not an appeal word) makes a neighbour speak as the piece does.
 */
function absorbNeighbours(
  cues: AppealCues[],
  drop: Set<number>,
  groups: readonly unknown[],
  headings: readonly boolean[],
  reported = false,
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
      if (step > 0 && !drop.has(j) && ((headings[j] && !payingHeading(c)) || afterButton(cues, j))) continue;
      const joins =
        drop.has(j) ||
        (voicedNeighbour(c, j, i, groups) &&
          !(noCueWords(cues[i]!) && voiceAlone(c)) &&
          (!reported || c.voice)) ||
        (c.control && cueScore(c) >= 1) ||
        c.scheme ||
        (j > i && paymentLine(c));
      if (!joins) continue;
      for (let k = i + step; k !== j; k += step) drop.add(k);
      if (!drop.has(j)) {
        drop.add(j);
        pending.push(j);
      }
    }
  }
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

/**
 * The outlet speaking of itself between the story's paragraphs, worded as no phrase list has it
 * ("Diario X has no owners in property or tourism … / If you think it worth it, chip in from 4
 * euros a month"): a block that opens with the outlet's name (see `leads`), off the story's topic, and
 * the blocks around it in the same container, off the topic too and each with a cue of its own (one
 * without may sit between two that have one). The run needs money or a control in it: the outlet
 * describing itself without asking for anything stays. Not in a story about the press, whose subject
 * the outlet or a paper is.
 */
function selfRuns(
  cues: AppealCues[],
  texts: readonly string[],
  groups: readonly unknown[],
  drop: Set<number>,
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
        !n.foreign
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
function scatteredAppeal(cues: readonly AppealCues[], texts: readonly string[], drop: Set<number>): void {
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
function widen(
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

/** The list kept in `map` under `key`, made empty the first time. */
function listIn(map: Map<unknown, number[]>, key: unknown): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

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
  for (let i = 0; i < blocks.length; i++) {
    if (drop.has(i) || !isSeed(cues[i]!) || afterButton(cues, i)) continue;
    const [start, grown] = grow(cues, i, groups, true, speech, page.aboutPress || reported);
    // A heading that ends a run heads what follows it, the next section of the story ("Donativos e
    // «amigos do jornal»" after the outlet's subscribe button): it stays with that section.
    let end = grown;
    while (end > Math.max(start, i) && blocks[end]!.block.type === 'heading') end--;
    const run = cues.slice(start, end + 1);
    if (!(accept(run) || lonePiece(run)) || (page.aboutPress && !outletSpeaks(run))) continue;
    if (withinOwnVoice(blocks, cues, start, end)) continue;
    // In an interview the answers' asks are the interviewee's, in a story about the press too (a
    // journalist who runs a paid newsletter: "se «Atti» vi è utile, abbonatevi").
    if ((interview || (reported && !page.aboutPress)) && !outletOwns(run, texts.slice(start, end + 1)))
      continue;
    for (let j = start; j <= end; j++) drop.add(j);
    i = end;
  }
  if (!page.aboutPress) selfRuns(cues, texts, groups, drop);
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
    addFragments(cues, texts, drop, groups, page.aboutPress || page.aboutFundraiser, headings);
    absorbNeighbours(cues, drop, groups, headings, page.aboutPress || reported);
    split = splitAppealPieces({ cues, texts, blocks, page }, drop);
    paymentLinesAfter(cues, split, drop);
  }
  // A pledge counter on its own ("€12,340 of €20,000 raised", "412 members to our goal") needs no
  // run around it: a line, not a sentence, with a count and a ratio or a goal.
  cues.forEach((c, i) => {
    const text = texts[i]!;
    if (c.words > 14 || SENTENCE_END.test(text)) return;
    // The count and the goal may be two short sentences ("2 731 stałych darczyńców. Cel na 2025: 3 500").
    const toGoal = PLEDGE_TO_GOAL.test(text) || PLEDGE_TO_GOAL.test(text.replace(SENTENCE_BREAK, ', '));
    if ((PLEDGE_COUNTER.test(text) && PLEDGE_RATIO.test(text)) || toGoal) drop.add(i);
  });
  // The appeal's note to those who already give ("Already a supporter? Thank you.", "Вы уже в клубе
  // — спасибо!"): a line to the reader, never the story's, wherever it stands.
  cues.forEach((c, i) => {
    // The two-word test first: the voice and the outlet's common noun are asked of thank-you lines only.
    if (c.words <= THANKS_WORDS && thanksSupporters(texts[i]!) && (c.voice || namesThisOutlet(texts[i]!))) {
      drop.add(i);
    }
  });
  if (drop.size === 0 && split.size === 0) return blocks;
  // In a story about the press or a fundraiser, "we" between two pieces may be the story's subject.
  if (!page.aboutPress && !reported) fillGaps(blocks, cues, texts, drop, split);
  widen(groups, cues, drop, buttonBoxes);
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

/**
 * The payment details under a piece of the appeal found by its words (see `split-appeal.ts`): "IBAN:
 * DE12 … · Verwendungszweck: Spende" after "Spenden an Flussläufer sind steuerlich absetzbar".
 */
function paymentLinesAfter(
  cues: readonly AppealCues[],
  pieces: ReadonlySet<number>,
  drop: Set<number>,
): void {
  for (const i of pieces) {
    let j = i + 1;
    while (cues[j]?.words === 0) j++;
    while (cues[j] && !pieces.has(j) && !drop.has(j) && paymentLine(cues[j]!)) drop.add(j++);
  }
}

/** A line between two pieces of an appeal is a paragraph of it, not of the story, at most this long. */
const GAP_WORDS = 60;
/** A line between two pieces with an appeal word of its own: a sentence or two, not a story's paragraph. */
const GAP_LINE_WORDS = 25;

/**
 * A paragraph with an appeal's pieces on both sides, which itself carries no cue strong enough to
 * join them ("Hemos cubierto las quince ediciones …" between the editor's greeting and her ask): the
 * appeal's own narrative when it speaks as the outlet at all, by one "we" verb or one word to the
 * reader. The story does not break off into the outlet's voice between two asks; a third-person
 * paragraph there (an appeal split around the story) stays.
 */
function fillGaps(
  blocks: readonly SourcedBlock[],
  cues: readonly AppealCues[],
  texts: readonly string[],
  drop: Set<number>,
  split: ReadonlySet<number>,
): void {
  const gone = (i: number): boolean => drop.has(i) || split.has(i);
  const gaps: number[] = [];
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (gone(i) || !gone(i - 1) || !gone(i + 1)) continue;
    const c = cues[i]!;
    if (blocks[i]!.block.type !== 'paragraph' || c.words > GAP_WORDS || c.foreign) continue;
    if (QUOTE_OPENING.test(texts[i]!)) continue;
    if (c.someVoice || cardLabel(blocks, texts, i, c.words)) gaps.push(i);
  }
  // A few lines between two pieces, each off the story's topic with an appeal or money word of its
  // own ("Soit moins qu'un café …", "… chaque euro donné est doublé", "Plus que 3 jours").
  for (let i = 1; i < blocks.length; i++) {
    if (gone(i) || !gone(i - 1)) continue;
    let j = i;
    while (j < blocks.length && j - i < GAP_LINES && !gone(j) && appealLine(blocks[j]!, cues[j]!)) j++;
    if (j > i && j < blocks.length && gone(j)) for (let k = i; k < j; k++) gaps.push(k);
    i = j;
  }
  for (const i of gaps) drop.add(i);
}

/** Lines of a gap that each carry a cue of their own. */
const GAP_LINES = 3;

function appealLine(sb: SourcedBlock, c: AppealCues): boolean {
  return (
    sb.block.type === 'paragraph' &&
    (c.appeal > 0 || c.payment > 0) &&
    c.words <= GAP_LINE_WORDS &&
    !c.topical &&
    !c.foreign
  );
}

/** A label on a card of the appeal's is a word or two ("Друг", "Supporter"). */
const CARD_LABEL_WORDS = 2;

/**
 * A label in the box of a piece beside it, no sentence: a tier's name between the previous tier's
 * perk and its own price ("Друг" between "Щотижневий лист" and "250 грн/міс").
 */
function cardLabel(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  i: number,
  words: number,
): boolean {
  const group = blocks[i]!.group;
  return (
    words <= CARD_LABEL_WORDS &&
    !SENTENCE_END.test(texts[i]!) &&
    group !== null &&
    (blocks[i - 1]!.group === group || blocks[i + 1]!.group === group)
  );
}

/**
 * A blockquote one of whose paragraphs opens with the outlet's name ("Quillon has no owner …") is
 * the outlet's own note set as a quote, not a source speaking: its paragraphs' "we" is the outlet's.
 */
function outletQuotes(blocks: readonly SourcedBlock[], cues: readonly AppealCues[]): void {
  const own = new Set<unknown>();
  blocks.forEach((sb, i) => {
    if (sb.inQuote && cues[i]!.self && cues[i]!.leads) own.add(sb.inQuote);
  });
  if (own.size === 0) return;
  blocks.forEach((sb, i) => {
    if (own.has(sb.inQuote)) cues[i]!.unquote();
  });
}

/** A question of an interview: a short block ending in a question mark. */
const QUESTION = /[?？]\s*[»”"]?$/u;
/** The interviewer's line by its mark, whatever it ends with ("――反響は。", "Q: …", "问："). */
const INTERVIEWER = /^(?:―|Q[:：.]\s|问[:：]|問[:：])/u;
const QUESTION_WORDS = 30;
/** Questions each answered by the next block: an interview's shape. */
const INTERVIEW_QUESTIONS = 3;

/**
 * In an interview (questions each answered by the next block), "we" and "you" are the
 * interviewee's, who may ask the readers to give as the story reports: no block speaks for the
 * outlet there unless it names the outlet. `faq`: the blocks of a funding FAQ that leads into the
 * appeal's buttons (see `faqsAtControls`), whose questions are put to the outlet, not an interviewee.
 */
function interviewVoices(
  texts: readonly string[],
  cues: readonly AppealCues[],
  faq: ReadonlySet<number>,
): boolean {
  const questions = texts.map((text) => QUESTION.test(text) || INTERVIEWER.test(text));
  let answered = 0;
  for (let i = 0; i + 1 < texts.length; i++) {
    if (faq.has(i)) continue;
    const asks = questions[i] && cues[i]!.words <= QUESTION_WORDS;
    if (asks && !questions[i + 1] && cues[i + 1]!.words > cues[i]!.words) answered++;
  }
  if (answered < INTERVIEW_QUESTIONS) return false;
  for (const c of cues) if (!c.named) c.voice = false;
  return true;
}

/** Words of a note thanking the outlet's supporters. */
const THANKS_WORDS = 25;
const ALREADY =
  /(?<![\p{L}])(?:already|уже|вже|bereits|schon|déjà|ya|già|já|już|reeds|ben je al|bent u al|ben jij al|zaten|už|již)(?![\p{L}])|已经|已是|すでに|既に/u;
const THANKS =
  /(?<![\p{L}])(?:thank|спасибо|благодарим|дякуємо|дякую|danke|merci|gracias|grazie|obrigad[oa]|dziękujemy|dziękuję|bedankt|dank je|dank u|teşekkür|děkujeme|děkuji)|谢谢|感谢|ありがとう/iu;

/** The outlet by a common noun anywhere ("… que ya sostienen este periódico"), not only first. */
const THIS_OUTLET_ANYWHERE = phraseRegex(THIS_OUTLET_PHRASES, true);
function namesThisOutlet(text: string): boolean {
  THIS_OUTLET_ANYWHERE.lastIndex = 0;
  return THIS_OUTLET_ANYWHERE.test(text.toLowerCase());
}

/** A short line that thanks the reader for already supporting. */
function thanksSupporters(text: string): boolean {
  const lower = text.toLowerCase();
  return ALREADY.test(lower) && THANKS.test(lower);
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

/**
 * Who speaks in a page's blocks, for the donation pass: the outlet in its own voice around a run
 * (its letter, its column), an interviewee answering questions, quoted readers, and the outlet's
 * thanks to those who already pay.
 */
import type { SourcedBlock } from '../blocks.js';
import { THIS_OUTLET_PHRASES } from '../vocab/phrases/newsroom.js';
import type { AppealCues } from './appeal-cues.js';
import { outletTrade } from './lead-in.js';
import { phraseRegex } from './phrases.js';

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
export function withinOwnVoice(
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
export function voicedThroughout(blocks: readonly SourcedBlock[], cues: readonly AppealCues[]): boolean {
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
export function outletSpeaks(run: readonly AppealCues[]): boolean {
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
export function outletOwns(run: readonly AppealCues[], texts: readonly string[]): boolean {
  return (
    run.some((c) => c.named || c.control || c.ownAddress || (c.voice && !c.reports && !c.topical)) ||
    texts.some(outletTrade)
  );
}

/**
 * A blockquote one of whose paragraphs opens with the outlet's name ("Quillon has no owner …") is
 * the outlet's own note set as a quote, not a source speaking: its paragraphs' "we" is the outlet's.
 */
export function outletQuotes(blocks: readonly SourcedBlock[], cues: readonly AppealCues[]): void {
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
export function interviewVoices(
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
  /(?<![\p{L}])(?:already|уже|вже|bereits|schon|déjà|ya|già|já|już|reeds|ben je al|bent u al|ben jij al|al een|al lid|zaten|už|již)(?![\p{L}])|已经|已是|すでに|既に/u;
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

/**
 * The appeal's note to those who already give ("Already a supporter? Thank you.", "Вы уже в клубе —
 * спасибо!"): a short line thanking them, in the outlet's voice or naming it by a common noun.
 */
export function thanksToSupporters(c: AppealCues, text: string): boolean {
  // The two-word test first: the voice and the outlet's common noun are asked of thank-you lines only.
  return c.words <= THANKS_WORDS && thanksSupporters(text) && (c.voice || namesThisOutlet(text));
}

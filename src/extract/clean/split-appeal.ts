/**
 * An outlet's appeal split into plain paragraphs spread through the article ("Gazzetta del Mare has
 * no publisher behind it." … four paragraphs of the story … "Membership starts at €25 a year." …
 * "Join at gazzettadelmare.example/amici"). No piece passes the run tests alone, and pieces may sit
 * anywhere in the story, too far apart for `addFragments`. Once one piece is known (a run, the
 * outlet's own address line, or a box removed by its class names), the others give themselves away
 * by speaking for the outlet: they name it, or speak as "we" / to "you", and share the found
 * appeal's own vocabulary (its membership words, the slug of its address) but not the story's. The
 * story's words veto: an article about a club's fundraiser shares its words with the headline and
 * its own paragraphs, and carries no appeal of the outlet's to spread from.
 */
import type { SourcedBlock } from '../blocks.js';
import { EDITOR_INTRODUCTION, FUNDING_WORDS } from '../vocab/phrases/newsroom.js';
import { type AppealCues, type CuePage, cueScore, DASH_SPEECH, moneyInVoice } from './appeal-cues.js';
import { QUOTE_OPENING, unquoted, unquotedLower } from './block-text.js';
import { opener, opensWithInterjection, opensWithOpener } from './lead-in.js';
import { findPhrase } from './phrases.js';
import { sharesTopic, topicKeys } from './topic.js';

/** Pieces are paragraphs, not articles: longer blocks are the story's. */
const PIECE_WORDS = 60;
/** A piece in the outlet's voice that speaks of money alone is a short paragraph. */
const MONEY_PIECE_WORDS = 40;
/** A line that ends by asking ("Posso doar de outro jeito?"). */
const QUESTION_END = /[?？]["'”»’)]*$/u;
/** An opener is a line ("Un momento, per favore.", "Before you read on:"), not a paragraph. */
const OPENER_WORDS = 8;
/** Blocks longer than a line, with no cue and not in the outlet's voice, are the story's paragraphs. */
const ARTICLE_WORDS = 12;
/** Stem length for a line against the whole story (see `lead-in.ts`). */
const ARTICLE_STEM = 6;
/** An opener line ends a sentence or leads into the next block; a crosshead does neither. */
const LINE_END = /[.!?…。！？:：,;—–-]["'”»’)]*$/;

/** Words of a piece in the outlet's voice told by one cue of its own (see `piece`). */
const VOICED_PIECE_WORDS = 20;

/** A piece told by two appeal phrases alone is a line (see `piece`). */
const SAYINGS_LINE_WORDS = 15;

/** A piece told only by its words on funding (see `FUNDING_WORDS`) is a short paragraph. */
const FUNDING_PIECE_WORDS = 45;

/** Whether a block speaks of money or reading for free, outside quotes (see `FUNDING_WORDS`). */
function fundingWords(text: string): boolean {
  return findPhrase(unquotedLower(text), FUNDING_WORDS) !== null;
}

/**
 * Someone's words or figures reported: a verb of saying or arguing, or "according to" (a source's
 * data too: "за даними", "по данным"), in the languages newsclean reads.
 */
export const SAID =
  /(?<![\p{L}])(?:said|says|told|according to|argued|argues|sagte|sagt|erklärte|betonte|argumentiert|argumentierte|a argumenté|argumentó|argumentou|ha sostenuto|betoogde|a déclaré|a dit|a affirmé|selon|dijo|afirmó|explicó|según|ha detto|ha dichiarato|ha spiegato|secondo|disse|afirmou|explicou|segundo|powiedział[a]?|stwierdził[a]?|zdaniem|zei|zegt|volgens|сказал[а]?|заявил[а]?|по словам|по данным|по даним|сказав|сказала|заявив|заявила|за словами|за даними|według)(?![\p{L}])|表示|说|說|と述べ|と話し|によると|によれば|根据|根據|据悉|據悉|据报道|據報導/u;

/**
 * Stems of the calendar that every price line uses ("£5 a month, or £50 a year"): the appeal's
 * words only when the story does not happen to price something too ("420 members pay £3 a month").
 */
const CALENDAR: ReadonlySet<string> = new Set([
  ...['month', 'years', 'weeks', 'annua', 'daily', 'weekl'],
  ...['monat', 'jahre', 'woche', 'jährl', 'annee', 'année', 'semai', 'mensu', 'meses', 'mensa'],
  ...['anual', 'mensi', 'setti', 'maand', 'jaarl', 'miesi', 'tygod', 'месяц', 'місяц'],
]);

/** Rounds of search: each piece found brings its words to find the next ("subscribe" → "subscribers"). */
const PASSES = 3;

/**
 * The found appeal's words, as far as the story and the outlet's name do not use them too: all of
 * its text's, and apart those of its controls ("Assinatura solidária: gazeta.example/assinar"), whose
 * label and slug name what the appeal sells.
 */
interface Vocabulary {
  body: Set<string>;
  controls: Set<string>;
}

/**
 * Whether a block is a piece of the appeal: the outlet as its subject with a cue or the appeal's
 * words ("Gazzetta del Mare has no publisher: its members pay for it"); or a cue of its own in the
 * outlet's voice (or asking with money) with the appeal's words; or naming the outlet with a word
 * of the appeal's controls ("Take out a solidarity subscription to …"). The outlet's name is no cue
 * here (see `namePoints`): a story quoting "economists consulted by Gazzetta del Mare" names it too.
 * Common words of the appeal's text ("world", "share") may recur in any page in the outlet's voice
 * (an about page): one of them alone never makes a piece without a cue. In the outlet's voice, also
 * without the appeal's words: a paragraph whose first sentence is an interjection (on the story's
 * topic too), one that opens by turning to the reader, and a short one on money. When the page's
 * story is about a fundraiser, whose paragraphs tell how to give, only the outlet's voice counts;
 * when it is about a paper or the outlet itself ("150 years of the Ledger"), whose money it
 * reports, funding words alone make no piece.
 */
function piece(c: AppealCues, text: string, words: Vocabulary, page: CuePage): boolean {
  const fundraiser = page.aboutFundraiser;
  const press = page.aboutPress;
  if (c.words === 0 || c.words > PIECE_WORDS || QUOTE_OPENING.test(text)) return false;
  // The outlet at its reporting, asking nothing ("Мы нашли семь закупок …: самая дорогая обошлась
  // заказчику в 34 тысячи"): the story's paragraph, whatever money it names.
  if (c.reports && c.ask === 0) return false;
  // The outlet stepping out of the story in its own voice, whatever places it names; or its editor
  // introducing themselves ("I'm Nadia Ferris, and I edit the Courier. I was in that gym …").
  if (!c.foreign && opensWithInterjection(text) && c.voice) return true;
  if (!c.foreign && editorIntroduction(text)) return true;
  if (c.topical) return false;
  // Asked of the rules below, each at most once: the outlet's own appeal words (its name aside);
  // whether the page lets an impersonal line be a piece at all (not a fundraiser's or the press's
  // story, no other host's address); whether the block reports someone's words.
  const appealWords = c.appeal - (c.named ? 1 : 0);
  const open = !fundraiser && !press && !c.foreign;
  let said: boolean | undefined;
  const reports = (): boolean => (said ??= SAID.test(unquotedLower(text)));
  // The outlet on what pays for it, in words of its own ("Je leest dit artikel gratis. Dat kan omdat
  // ruim negenhonderd lezers ons elke maand een paar euro geven."): a short paragraph in its voice,
  // on money or reading for free; not in a story about a fundraiser or the press (a paper's
  // anniversary telling what it costs), nor a source quoted after a dash ("– Możemy tylko wybierać
  // … zabraknie pieniędzy – mówiła skarbnik").
  if (open && c.words <= FUNDING_PIECE_WORDS && c.voice && !DASH_SPEECH.test(text) && fundingWords(text))
    return true;
  // A line of the appeal's own sayings, two of them ("Questo articolo è gratuito. Ma il giornalismo
  // di qualità ha un costo."): however impersonal, a line that says nothing of the story.
  if (open && c.words <= SAYINGS_LINE_WORDS && appealWords >= 2 && !reports()) return true;
  const own = cueScore(c) - c.namePoints;
  const control = sharesTopic(text, words.controls, 1);
  const body = control || sharesTopic(text, words.body, 1);
  if (c.self && (own >= 1 || control || sharesTopic(text, words.body, 2))) return true;
  // Money words beside another host's address are the story's charity, not the outlet asking.
  // Not in a story about a fundraiser, whose paragraphs tell how to give ("Une cagnotte en ligne a
  // été ouverte, et les dons peuvent …"), nor in one about the press, whose paragraphs price other
  // papers' subscriptions ("Subskrypcja kosztuje 9,99 zł miesięcznie"): there only the outlet's
  // voice makes a piece.
  // Nor one that reports ("判決によると、… 月額7980円が自動で請求されていた"): the story's sources speak.
  // Nor one whose subject is the story's ("A associação abriu também uma conta para donativos …, com
  // o IBAN …"): the story's subject tells how it raises money.
  const asksWithMoney =
    open && appealWords >= 1 && c.payment >= 1 && !reports() && !storySubject(text, page.topic);
  // Money alone as the cue must be named in the outlet's voice, not beside it (see `moneyInVoice`).
  const moneyOnly = c.ask === 0 && c.appeal === 0 && !c.control && !c.button;
  if ((c.voice || asksWithMoney) && own >= 1 && body && (!moneyOnly || moneyInVoice(unquoted(text))))
    return true;
  // A line or two in the outlet's voice that asks or appeals ("Con un contributo anche piccolo ci
  // aiuti a restare indipendenti."): a piece without the found appeal's words.
  if (open && c.voice && !moneyOnly && own >= 1 && c.words <= VOICED_PIECE_WORDS && !reports()) return true;
  // The outlet's voice on money in a short paragraph ("Schon mit vier Euro im Monat sorgen Sie dafür,
  // dass wir …", or its count of paying readers: "Hoje somos mantidos por 1.480 leitores …"), once
  // the page is known to carry its appeal.
  // Not in a story about a fundraiser, whose paragraphs tell the reader how to give ("Wer spendet,
  // bekommt ab 25 Euro ein Badetuch").
  // Not one reporting what someone said ("Felicia Ortega said she had not seen our findings … worth
  // an estimated $11 million a year"): the story's, whatever "our" it holds.
  if (
    !fundraiser &&
    c.voice &&
    c.payment >= 1 &&
    !c.foreign &&
    c.words <= MONEY_PIECE_WORDS &&
    !reports() &&
    moneyInVoice(unquoted(text))
  )
    return true;
  // A paragraph that opens by turning to the reader and goes on as the outlet ("Un mot avant la
  // suite : cet article vous est offert … Nous avons fait ce choix …").
  if (!c.foreign && opensWithOpener(text) && c.voice) return true;
  return c.named && control;
}

/** Words of a block's opening read for its subject. */
const SUBJECT_WORDS = 3;

/** The block opens on a headline word: the story's subject is its subject ("A associação abriu …"). */
function storySubject(text: string, topic: ReadonlySet<string>): boolean {
  const opening = text.trim().split(/\s+/, SUBJECT_WORDS).join(' ');
  return sharesTopic(opening, topic, 1);
}

/** A one- or two-word exclamation opening a block ("Hi!", "Oi, gente!", "Cześć!"). */
const GREETING = /^[\p{L}]+(?:,?\s[\p{L}]+)?!\s+/u;

/** An editor introducing themselves in the block's first sentence (see `EDITOR_INTRODUCTION`). */
function editorIntroduction(text: string): boolean {
  let known = introductions.get(text);
  if (known === undefined) {
    // A greeting of a word or two before it ("Oi! Aqui é o Caio, …") is no sentence of its own.
    const lower = unquotedLower(text).trim().replace(GREETING, '');
    const first = /^[^.!?。！？]*[.!?。！？]?/u.exec(lower)?.[0] ?? '';
    known = EDITOR_INTRODUCTION.test(first);
    introductions.set(text, known);
  }
  return known;
}

/**
 * `editorIntroduction` by text, for the page being read: the search for pieces asks of every block
 * on each of its passes. Emptied before and after each page's search (texts are slices of the page,
 * which a memo kept across pages would keep alive).
 */
const introductions = new Map<string, boolean>();

/** What the pass reads of each block, beside its cues. */
export interface SplitInput {
  cues: readonly AppealCues[];
  texts: readonly string[];
  blocks: readonly SourcedBlock[];
  page: CuePage;
}

/**
 * Indices of the split appeal's further pieces, beside the ones in `drop` (not changed), with their
 * opener lines. Call only when the page is known to carry an appeal.
 */
export function splitAppealPieces(input: SplitInput, drop: ReadonlySet<number>): Set<number> {
  const { cues, texts, page } = input;
  introductions.clear();
  const found = new Set<number>();
  const gone = (i: number): boolean => drop.has(i) || found.has(i);
  // The story's words: the headline's and its plain paragraphs'.
  const article = new Set(page.topic);
  cues.forEach((c, i) => {
    if (!gone(i) && c.words > ARTICLE_WORDS && !c.voice && cueScore(c) === 0) {
      for (const k of topicKeys(texts[i]!)) article.add(k);
    }
  });
  // The appeal's own words, as far as the story does not use them too; the pieces found add theirs.
  const vocabulary: Vocabulary = { body: new Set(), controls: new Set() };
  const name = topicKeys(page.outlets.join(' '));
  const learn = (i: number): void => {
    for (const k of topicKeys(texts[i]!)) {
      if (article.has(k) || name.has(k) || CALENDAR.has(k)) continue;
      vocabulary.body.add(k);
      if (cues[i]!.control) vocabulary.controls.add(k);
    }
  };
  for (const i of drop) learn(i);
  for (let pass = 0, more = true; more && pass < PASSES; pass++) {
    more = false;
    cues.forEach((c, i) => {
      // Pieces are plain paragraphs: a heading names a section, even one about the outlet.
      if (gone(i) || input.blocks[i]!.block.type !== 'paragraph' || !piece(c, texts[i]!, vocabulary, page))
        return;
      found.add(i);
      learn(i);
      more = true;
    });
  }
  addOpeners(input, drop, found);
  introductions.clear();
  return found;
}

/**
 * A short line that turns to the reader just before a piece ("Una pausa, por favor.") goes with it,
 * off the story's words; and under such a line, the block it introduces goes too when it speaks
 * for the outlet ("This report took us two weeks: …") or carries on its sentence in lower case.
 */
function addOpeners(input: SplitInput, drop: ReadonlySet<number>, found: Set<number>): void {
  const { cues, texts, blocks, page } = input;
  const gone = (i: number): boolean => drop.has(i) || found.has(i);
  // Two of the story's words make a line the story's; one may be a common word ("antes", "before").
  const article = topicKeys(
    texts.filter((_, i) => !gone(i) && cues[i]!.words > ARTICLE_WORDS).join(' '),
    ARTICLE_STEM,
  );
  const isOpener = (j: number): boolean => {
    const c = cues[j];
    return (
      !!c &&
      !gone(j) &&
      blocks[j]!.block.type === 'paragraph' &&
      c.words > 0 &&
      c.words <= OPENER_WORDS &&
      LINE_END.test(texts[j]!) &&
      !QUOTE_OPENING.test(texts[j]!) &&
      !sharesTopic(texts[j]!, page.topic, 1) &&
      !sharesTopic(texts[j]!, article, 2, ARTICLE_STEM)
    );
  };
  // Before a piece, or before a paragraph in the outlet's voice that a piece follows elsewhere.
  // Not before quoted speech, though a cleaner took it: a statement's paragraphs each open with a quote mark.
  // A plain line in another container than the piece is the story's last line before the outlet's
  // box ("Следующую игру команда проведёт в субботу в Озёрске."); a line with a cue, a question to
  // the reader, or one that turns to them in so many words opens the box wherever it stands, and a
  // line between two of the appeal's blocks is the appeal's.
  for (const i of [...drop, ...found]) {
    if (QUOTE_OPENING.test(texts[i]!) || !isOpener(i - 1)) continue;
    const line = texts[i - 1]!;
    const asks = cueScore(cues[i - 1]!) > 0 || QUESTION_END.test(line) || opener(line);
    if (asks || gone(i - 2) || blocks[i - 1]!.group === blocks[i]!.group) found.add(i - 1);
  }
  cues.forEach((c, i) => {
    if (gone(i) || !isOpener(i - 1) || c.words > PIECE_WORDS) return;
    const line = cues[i - 1]!;
    // A line that asks or turns to the reader in so many words vouches for what follows it, even on
    // the story's topic ("Before you read on: this report took three weeks …"); a plainer line only
    // for a paragraph in the outlet's voice off the headline's words.
    const turns = line.ask > 0 || opener(texts[i - 1]!);
    const carriesOn = /^\p{Ll}/u.test(texts[i]!) && /[:,;—–-]$/.test(texts[i - 1]!);
    const outletSpeaks = c.voice || c.self || opensWithOutlet(texts[i]!, page);
    if ((turns && (outletSpeaks || carriesOn)) || (outletSpeaks && !c.topical && line.words <= 6)) {
      found.add(i - 1);
      found.add(i);
    }
  });
}

/**
 * Whether a block opens with the outlet's name ("Gazzetta del Mare is …"), whatever follows: under an
 * opener line, the outlet speaking of its own reporting is still the appeal's ("… our reporter
 * spent three days there"), though `self` leaves such a block to the story.
 */
function opensWithOutlet(text: string, page: CuePage): boolean {
  const m = page.outlet?.exec(text);
  return !!m && m.index <= 2;
}

/** Count the donation-appeal cues in one block (see `vocab/phrases/donation.ts`). */
import type { SourcedBlock } from '../blocks.js';
import { TITLE_SEPARATOR } from '../metadata/title-affix.js';
import { withoutOrigin } from '../metadata/urls.js';
import { execAll } from '../regex.js';
import { blockToText, inlineText } from '../text.js';
import type { Inline } from '../types.js';
import {
  AMOUNT,
  AMOUNT_IN_TEXT,
  AMOUNT_IN_WORDS,
  CHOICE_ALONE,
  CHOICE_ROW,
  DONATION_PHRASES,
  FORMAL_ADDRESS,
  PLEDGE_COUNTER,
  PLEDGE_FRACTION,
  PLEDGE_TO_GOAL,
  STORY_MADE_POSSIBLE,
  SUPPORT_PATH,
  SUPPORTER_TALLY,
  TALLY_GOAL,
  TAX_DEDUCTION,
  VOICE_WORDS,
  WE_VERB,
} from '../vocab/phrases/donation.js';
import {
  COFFEE,
  COUNTDOWN,
  FRIENDS_OF,
  JOIN_LABELS,
  LESS_THAN_TREAT,
  MATCHED_GIFT,
  MEMBERSHIP_PHRASES,
  NEWSROOM,
  PLAIN_ADDRESS,
} from '../vocab/phrases/membership.js';
import {
  EDITOR_LETTER_WORDS,
  FUNDRAISER_WORDS,
  MEMBERS_SOUGHT,
  NAME_ARTICLES,
  PRESS_WORDS,
  READER_GREETINGS,
  SUM_RAISED,
  WE_REPORTING,
} from '../vocab/phrases/newsroom.js';
import { OUTLET_REPORTING } from '../vocab/site-names.js';
import { amountLabelCount, amountWithPurpose, otherAmountButton, perPeriod } from './amount-row.js';
import { blockText, SENTENCE_END, unquoted, wordCount } from './block-text.js';
import { isSurePrompt } from './comments.js';
import type { CleanContext } from './context.js';
import { NAME_ARTICLE, outletPattern, THIS_OUTLET, unquoteName } from './outlet-names.js';
import { foreignAddress, ownServiceAddress, ownServicePath } from './own-address.js';
import { alternation, escapeRegex, PhraseSet, phraseRegex, startPhrase } from './phrases.js';
import { sharesTopic, topicKeys } from './topic.js';

export interface AppealCues {
  ask: number;
  appeal: number;
  payment: number;
  /** Of `payment`, the payment phrases found (methods, accounts: "PayPal", "virement"), amounts aside. */
  paymentWords: number;
  /** A short control: a button label, an amount or a pledge counter. */
  control: boolean;
  /**
   * A widget's own row: amounts or frequency labels only ("£3 £7 £15", "Once Monthly"), or a bare
   * pledge counter ("1.234 / 5.000 €"). Never article text, so it goes even with no run around it.
   */
  widget: boolean;
  /** The block is one link to the outlet's support page (see `SUPPORT_PATH`): an appeal's button. */
  link: boolean;
  /** The last line of a small box whose button the markup pass removed (see `button-boxes.ts`). */
  button: boolean;
  /**
   * A short line giving the outlet's own service page as plain text (see `own-address.ts`): the
   * appeal's button wherever it sits, so it goes with no run around it, like a widget.
   */
  own: boolean;
  /**
   * A sentence sends the reader to the outlet's own support page ("… pitch in at
   * northgatebulletin.example/give"): the outlet asking, even in a story about someone's fundraiser.
   */
  ownAddress: boolean;
  /** The outlet speaking as "we" or to "you" (outside quotes): what lets a weak block join a run. */
  voice: boolean;
  /**
   * The outlet's "we" at its reporting ("we obtained the contracts", "мы направили в прокуратуру"):
   * a voice of the story's, which lets no block join an appeal.
   */
  readonly reports: boolean;
  /**
   * The block opens with the outlet's name, or with the article as what readers paid for ("Este
   * artículo es posible gracias a …"): the outlet speaking of itself ("Gazeta X is published by …").
   */
  self: boolean;
  /**
   * The block starts with the outlet's name, an article aside: its subject ("La Voce di Borgo is
   * written by four people"), where "As the Voce wrote in May" cites it.
   */
  leads: boolean;
  /** The block names the outlet, which counts one point of `appeal` (see `appealCues`). */
  named: boolean;
  /** Cue points the outlet's name added (see `cueScore`): the name is no appeal word of the text's own. */
  namePoints: number;
  /** Shares a word with the headline: reporting the story, never joined on weak evidence. */
  readonly topical: boolean;
  /**
   * Speaks of another party: gives a plain web address on another host than the outlet's (see
   * `foreignAddress`), or opens on "the said paper" (see `ANAPHORIC_BODY`).
   */
  foreign: boolean;
  /** A supporters' scheme's name as a label ("Amigos do Eco"), which goes only with an appeal beside it. */
  scheme: boolean;
  /** A greeting opening the outlet's letter ("Dear reader,"): a short line that asks, ending on a comma or colon. */
  greeting: boolean;
  /** The block quotes someone (a passage in quote marks or set off by a dash, taken out of `plain`). */
  quotes: boolean;
  /** An editors' note that asks nothing and names no money: the story's disclosure or correction. */
  disclosure: boolean;
  /** A factbox: label-and-figure rows ("Mitglieder: 1.870", "Meldingen in 2023: 41.000"), the story's facts. */
  factbox: boolean;
  words: number;
  /** Read a blockquote's paragraph as the outlet's own words from now on (see `BlockCues.unquote`). */
  unquote(): void;
  /**
   * Any trace of the outlet's voice, weaker than `voice`: one "we" verb or one word to the reader,
   * outside quotes. Enough only where an appeal is already known around the block: between two of
   * its pieces or before its button (`fillGaps`, `controlTails` in donation.ts), or in a note that
   * ends on its control (outlet-coda.ts).
   */
  readonly someVoice: boolean;
}

/** Words above which a block is a paragraph of the story rather than a line of an appeal box. */
const FUND_REPORT_WORDS = 20;

/** What a block's voice is read from (see `speaksAsOutlet`). */
interface VoiceInput {
  /** The text lower-cased, quotes removed. */
  text: string;
  /** The same, case kept. */
  plain: string;
  /** Payment phrases found. */
  payment: number;
  words: number;
  quote: boolean;
}

/**
 * A block's text as its voice is read: quotes removed, and quoted names too (the weekly „Nasze
 * Wolin" says no "our", see `QUOTED_NAME`). The names are taken out on the first read only, as
 * most blocks' voice is never asked.
 */
class VoiceText implements VoiceInput {
  #text: string;
  #plain: string;
  #named: string | null;

  constructor(
    raw: string,
    plain: string,
    text: string,
    readonly payment: number,
    readonly words: number,
    public quote: boolean,
  ) {
    this.#plain = plain;
    this.#text = text;
    this.#named = QUOTE_MARK.test(raw) ? raw : null;
  }

  get text(): string {
    this.#unname();
    return this.#text;
  }

  get plain(): string {
    this.#unname();
    return this.#plain;
  }

  #unname(): void {
    const raw = this.#named;
    if (raw === null) return;
    this.#named = null;
    const bare = raw.replace(QUOTED_NAME, ' ');
    if (bare === raw) return;
    this.#plain = unquoted(bare);
    this.#text = this.#plain.toLowerCase();
  }
}

/**
 * The cues of one block. `voice` and `topical` cost the most to read (a scan for we-verbs, the
 * headline's words), and on most pages, with no appeal, no rule asks for them: each is worked out
 * on its first read.
 */
class BlockCues implements AppealCues {
  ask = 0;
  appeal = 0;
  payment = 0;
  paymentWords = 0;
  control = false;
  widget = false;
  link = false;
  button = false;
  own = false;
  ownAddress = false;
  self = false;
  leads = false;
  named = false;
  namePoints = 0;
  foreign = false;
  scheme = false;
  greeting = false;
  quotes = false;
  disclosure = false;
  /** A factbox's label-and-figure rows (see `factRows`): the story's facts. */
  factbox = false;
  voiceOf: VoiceInput | null = null;
  /** The text to compare with the headline's words, and those words. */
  topicOf: { text: string; topic: ReadonlySet<string> } | null = null;
  #voice: boolean | undefined;
  #topical: boolean | undefined;
  #reports: boolean | undefined;

  constructor(public words: number) {}

  get voice(): boolean {
    this.#voice ??= this.voiceOf !== null && speaksAsOutlet(this.voiceOf);
    return this.#voice;
  }

  set voice(value: boolean) {
    this.#voice = value;
    this.#reports = undefined;
  }

  /**
   * Read the block as unquoted: a paragraph of a blockquote that turns out to be the outlet's own
   * note (see `outletQuotes` in donation.ts). A voice already given stays.
   */
  unquote(): void {
    if (!this.voiceOf?.quote) return;
    this.voiceOf.quote = false;
    if (this.#voice === false) this.#voice = undefined;
    this.#reports = undefined;
    // Coffee asked for in the voice the quote hid ("Postaw nam wirtualną kawę").
    if (this.coffeeOffTopic && this.voice) {
      this.ask++;
      this.coffeeOffTopic = false;
    }
  }

  /** A short block off the story's topic on coffee, not yet counted as an ask (see `appealCues`). */
  coffeeOffTopic = false;

  get reports(): boolean {
    this.#reports ??= this.voiceOf !== null && this.voice && WE_AT_WORK.test(this.voiceOf.text);
    return this.#reports;
  }

  get someVoice(): boolean {
    const v = this.voiceOf;
    if (!v || v.quote) return false;
    return this.voice || weakVoice(v.text, v.plain);
  }

  get topical(): boolean {
    this.#topical ??=
      (this.topicOf !== null && sharesTopic(this.topicOf.text, this.topicOf.topic)) ||
      this.#fundraiserReport();
    return this.#topical;
  }

  /** Set when the story is about a fundraiser (see `CuePage.aboutFundraiser`). */
  #fundStory = false;

  /** Read the block as part of a story about a fundraiser, whose money words are its topic. */
  inFundraiserStory(): void {
    this.#fundStory = true;
    this.#topical = undefined;
  }

  /**
   * In a story about a fundraiser, a paragraph longer than a line whose only cue is an appeal word
   * ("Messages sent with the donations read …") reports the story's topic, in whatever words.
   */
  #fundraiserReport(): boolean {
    return (
      this.#fundStory && this.words > FUND_REPORT_WORDS && this.ask === 0 && this.appeal > 0 && !this.voice
    );
  }
}

const QUOTE_MARK = /[“„«‹"]/;
/**
 * A name of two words or more in quote marks, each capitalised (a paper's title: „Nasze Wolin",
 * «Наша Газета», "Our Town"): `unquoted` keeps such short quotes as labels, which they are, but no
 * one speaks in them, so the voice is read without them. One quoted word is a button's label, whose
 * "us" is the outlet's («Apóyanos»).
 */
const QUOTED_NAME = /[“„«‹"]\s*\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){1,3}\s*[”“»›"]/gu;

/**
 * Whether a block speaks as the outlet: to the reader, or with "we" verbs. A blockquote is someone
 * else speaking: its "we" is a quoted source's. One we-verb is the outlet's voice only in a short
 * block about money ("Al mes necesitamos 9.000 euros…"): in a longer one it is as likely a verb that
 * merely ends like one, and after a dash opening direct speech ("— Takich pieniędzy nie mamy") it is
 * a quoted source's.
 */
function speaksAsOutlet({ text, plain, payment, words, quote }: VoiceInput): boolean {
  if (quote) return false;
  if (addressesReader(text, plain)) return true;
  const weVerbs = WE_ENDING.test(text) ? weVerbCount(text) : 0;
  return (
    weVerbs >= 2 || (weVerbs === 1 && payment > 0 && words <= WE_MONEY_WORDS && !DASH_SPEECH.test(plain))
  );
}

/** What the cues know of the page: the outlet's names (see `outletPattern`) and the headline's words. */
export interface CuePage {
  /** The outlet's names as a pattern; null with no outlet, or in a story about the outlet itself. */
  outlet: RegExp | null;
  /**
   * The headline names the outlet or a newspaper (see `PRESS_WORDS`): a story about the press, whose
   * money, members and web addresses are reported. A run then needs the outlet's voice.
   */
  aboutPress: boolean;
  /**
   * The press story is about the outlet itself: the headline names it, or its newspaper word is one
   * of the outlet's name ("Courier asks readers …" on the Calder Valley Courier). Its own address is
   * then the story's too ("Pledges: herald.example/court-fund").
   */
  aboutOutlet: boolean;
  /**
   * The headline is about a fundraiser (see `FUNDRAISER_WORDS`): asks in the story are the
   * fundraiser's, so a fragment of the outlet's appeal must speak in its voice.
   */
  aboutFundraiser: boolean;
  /**
   * The headline is the outlet's letter to its readers (see `EDITOR_LETTER_WORDS`): the article is the
   * outlet speaking of itself and its money, so its paragraphs are never taken for an appeal.
   */
  outletLetter: boolean;
  /** The outlet's name inside quote marks (see `unquoteName`); null with no outlet. */
  quotedOutlet: RegExp | null;
  topic: ReadonlySet<string>;
  /** The outlet's names, for telling its own web address (see `ownServiceAddress`). */
  outlets: readonly string[];
  /** The page's own hosts (its URL and canonical link), which are the outlet's too. */
  hosts: readonly string[];
}

/** A headline opening with the reader's address, lower-cased (see `READER_GREETINGS`). */
const GREETS_READERS = new RegExp(
  `^(?:${alternation(READER_GREETINGS)})(?![\\p{L}])[^,:!.?]{0,25}[,:!，：！]`,
  'u',
);

/** First person plural in a headline, lower-cased (see `outletLetter` in `cuePage`). */
const WE_IN_HEADLINE =
  /(?<![\p{L}])(?:we|our|us|wir|unser\p{L}*|nous|notre|nos|nosotros|nuestr[oa]s?|noi|nostr[oaie]|nós|noss[oa]s?|wij|onze|мы|ми|наш\p{L}*|nasz\p{L}*)(?![\p{L}])|我们|我們|私たち/u;

/**
 * `cuePage` for the page a cleaner is reading, compiled once for all the cleaners that ask (the
 * donation and newsletter passes both do).
 */
export function pageCues(ctx: CleanContext): CuePage {
  let page = pages.get(ctx);
  if (!page) {
    page = cuePage(ctx.outlets, ctx.headline, ctx.hosts);
    pages.set(ctx, page);
  }
  return page;
}
const pages = new WeakMap<CleanContext, CuePage>();

/**
 * A block opening on "the said paper / company" in Japanese or Chinese ("同紙は来春、月額980円の
 * 電子版を…", "该报表示"): the story reporting on another body, whose prices and members are its own.
 */
const ANAPHORIC_BODY = /^[「『“"]?(?:同紙|同誌|同社|同局|同団体|同協会|該報|该报|該社|该社|該會|该会)/u;

/** What the cues need of a page, compiled once for all its blocks. */
export function cuePage(
  outlets: readonly string[],
  headline: string,
  hosts: readonly string[] = [],
): CuePage {
  const pattern = outletPattern(outlets);
  // A story about the outlet itself ("The Gazette turns 100") or about a newspaper has the press as
  // its subject. Naming the outlet is reporting only in the first, and gives no cue there; under a
  // story about another paper the outlet's name still marks its own appeal ("Mediapolis est gratuit
  // et sans publicité. Soutenez …").
  const story = pattern ? withoutAffix(headline, pattern) : headline;
  PRESS.lastIndex = 0;
  const part = longestPart(story);
  const headlinePart = part.toLowerCase();
  const pressAt = PRESS.exec(headlinePart);
  const press = pressAt?.[0] ?? PRESS_COMPOUND.exec(headlinePart)?.[1];
  // The press word names the outlet only as a name, capitalised ("the Courier asks …"); "Lokalne
  // tygodniki coraz częściej żyją z wpłat" is about weeklies in general, on "Tygodnik Mazurski" too.
  const pressName = !!press && (!pressAt || /\p{Lu}/u.test(part.charAt(pressAt.index)));
  const aboutOutlet =
    pattern?.test(story) === true ||
    (pressName && outlets.some((name) => name.toLowerCase().includes(press!))) ||
    outlets.some((name) => shortNameIn(headline, name));
  const aboutPress = aboutOutlet || !!press;
  const outlet = aboutOutlet ? null : pattern;
  const quotedOutlet = outlet && new RegExp(`[«“„"‘‹「『]\\s*(${outlet.source})\\s*[»”“"’›」』]`, 'g');
  FUNDRAISER.lastIndex = 0;
  const lowerStory = story.toLowerCase();
  const aboutFundraiser =
    FUNDRAISER.test(lowerStory) ||
    MEMBERS_SOUGHT.test(lowerStory) ||
    SUM_RAISED.test(lowerStory) ||
    quotesAnAsk(headline);
  const lowerHeadline = headline.toLowerCase();
  // Or a headline naming the outlet and its newsroom ("Сколько стоит «Заречье»: отчёт редакции"),
  // or the outlet in its own "we" ("150 years of the Ledger — and why we are still here"): the
  // newsroom writing about itself.
  const outletLetter =
    EDITOR_LETTER.test(lowerHeadline) ||
    GREETS_READERS.test(lowerHeadline.trim()) ||
    (aboutOutlet && (NEWSROOM.test(lowerHeadline) || WE_IN_HEADLINE.test(lowerHeadline)));
  return {
    outlet,
    aboutPress,
    aboutOutlet,
    aboutFundraiser,
    outletLetter,
    quotedOutlet,
    topic: topicKeys(headline),
    outlets,
    hosts,
  };
}

/**
 * The headline calls the outlet by a short form of its name ("150 years of the Ledger" on The
 * Harrowgate Ledger, "Folha do Vale completa 50 anos" on Folha do Vale do Jaguari): the name's
 * opening words up to a capitalised one (two words at least), or its last word, capitalised, after
 * an article ("the Ledger", "la Gazette"). Case-sensitive: "ledger" in a sentence is a word.
 */
function shortNameIn(headline: string, name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && ARTICLE_WORDS.has(words[0]!.toLowerCase())) words.shift();
  if (words.length < 2) return false;
  const at = (phrase: string): boolean => hasPhrase(headline, phrase);
  for (let n = words.length - 1; n >= 2; n--) {
    if (/^\p{Lu}/u.test(words[n - 1]!) && at(words.slice(0, n).join(' '))) return true;
  }
  const last = words[words.length - 1]!;
  if (last.length < 4 || !/^\p{Lu}/u.test(last)) return false;
  return [...ARTICLE_WORDS].some((article) => at(`${cap(article)} ${last}`) || at(`${article} ${last}`));
}

/** `phrase` in `text` as whole words (no letter either side); a plain search, no regex per phrase. */
function hasPhrase(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = i > 0 ? text.charAt(i - 1) : '';
    const after = text.charAt(i + phrase.length);
    if (!IS_LETTER.test(before) && !IS_LETTER.test(after)) return true;
  }
  return false;
}
const IS_LETTER = /^\p{L}$/u;

/** Articles before a name's last word; not "de", which in Romance names is "of" ("Mirador de Torrealba"). */
const ARTICLE_WORDS = new Set(NAME_ARTICLES.filter((a) => !a.endsWith("'") && a !== 'de'));
const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The longest part of a title: the headline, where a site name the outlets missed is still attached. */
function longestPart(title: string): string {
  let best = '';
  for (const part of title.split(TITLE_SEPARATOR)) if (part.length > best.length) best = part;
  return best;
}

/**
 * The headline without parts that are only the outlet's name (a site affix the headline kept,
 * "Headline / Le Quotidien du Berry"), split at the title separators metadata uses.
 */
function withoutAffix(headline: string, outlet: RegExp): string {
  return headline
    .split(TITLE_SEPARATOR)
    .filter((part) => outlet.exec(part)?.[0] !== part.trim())
    .join(' ');
}

const PRESS = phraseRegex(PRESS_WORDS);
const FUNDRAISER = phraseRegex(FUNDRAISER_WORDS);
/**
 * A letter's heading ("From the editor", "От редакции"): of a headline here, of a heading over the
 * outlet's signed note in signed-note.ts. Not global: `test` carries no `lastIndex` between texts.
 */
export const EDITOR_LETTER = new RegExp(phraseRegex(EDITOR_LETTER_WORDS).source);
/** A Dutch or German compound ending in a newspaper word ("Stadskrant", "Lokalzeitung"), lower-cased. */
const PRESS_COMPOUND = /\p{L}{3,}(krant|courant|zeitung|kurier|anzeiger|blatt)(?![\p{L}])/u;

/** A passage in quote marks in the headline; its words are someone's, quoted. */
const HEADLINE_QUOTE =
  /«([^«»]{6,})»|“([^“”]{6,})”|„([^„“”]{6,})[“”]|"([^"]{6,})"|‘([^‘’]{6,})’|「([^「」]{6,})」|『([^『』]{6,})』/gu;

/**
 * The headline quotes someone asking ("Rosa Llorca: «Necesitamos su apoyo antes del verano»",
 * "Chair: 'Join us or the pool closes'"): the story is about that appeal, a fundraiser's.
 */
function quotesAnAsk(headline: string): boolean {
  for (const m of execAll(HEADLINE_QUOTE, headline)) {
    const quoted = (m.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
    if (ASK.test(quoted) || APPEAL.test(quoted) || NEED.test(quoted)) return true;
  }
  return false;
}

/**
 * "Jetzt Kurier-Plus abonnieren", "Nu De Krant abonneren": "now", the outlet's product, then the
 * verb, as a button's label words it (the lists hold "jetzt abonnieren" with nothing between).
 */
const SUBSCRIBE_NOW =
  /^(?:jetzt|nu)\s+(?:[\p{L}\d+-]+\s+){1,3}(?:abonnieren|bestellen|unterstützen|abonneren|steunen)[.!]?$/u;
const NOW_WORDS = 6;

/** An editors' note's label opening a block, in the languages newsclean reads. */
const EDITORS_NOTE =
  /^\s*(?:editor['’]s note|editors['’] note|note from the editors?|anmerkung der redaktion|anm\. d\. red\.|note de la rédaction|ndlr|nota de la redacción|n\. de la r\.|nota della redazione|n\.d\.r\.|nota da redação|nota da redacção|od redakcji|nota redakcyjna|от редакции|примечание редакции|від редакції|примітка редакції|редакційна примітка|редакционное примечание|noot van de redactie|noot redactie|编者按|編者按|编者注|編者註|編集部注|編注)\s*[:：.—–-]/u;

/**
 * A factbox's row, a label and its figure alone ("Mitglieder: 1.870", "Members: 412"): the story's
 * fact, where a counter says how many toward what ("1 240 of 2 000 members").
 */
const FACT_ROW = /^\p{L}[\p{L}\d\s-]{1,29}[:：]\s*[\d.,\s]+$/u;
/**
 * A factbox list's item: a label (a year in it aside), a colon, its value ("Anlagen: 14, davon 9 auf
 * Dächern", "Meldingen in 2023: 41.000").
 */
const FACT_ITEM = /^\p{L}[\p{L}\d\s-]{1,29}[:：]\s*\S/u;

/** Words of a factbox: a few rows. */
const FACTBOX_WORDS = 60;

/** A factbox's row, or a list of two items or more that are all label and value. */
function factRows(sb: SourcedBlock, trimmed: string): boolean {
  const b = sb.block;
  if (b.type !== 'list') return FACT_ROW.test(trimmed);
  return (
    b.items.length >= 2 &&
    b.items.every((item) => item.length === 1 && FACT_ITEM.test(blockToText(item[0]!).trim()))
  );
}

/** A correction's label opening a block, in the languages newsclean reads. */
const CORRECTION =
  /^\s*(?:correction|clarification|rectification|rectificatif|erratum|korrektur|berichtigung|corrección|fe de erratas|rettifica|correzione|correção|errata|sprostowanie|poprawka|поправка|исправление|уточнение|виправлення|уточнення|rectificatie|correctie|更正|訂正|勘误|勘誤)\s*[:：.—–-]/u;

/** Condolences offered, in the languages newsclean reads: an obituary's closing line. */
const CONDOLENCES =
  /(?<![\p{L}])(?:condolences|sympathies|beileid|anteilnahme|condoléances|condolencias|condoglianze|cordoglio|condolências|kondolencje|wyrazy współczucia|соболезнования|співчуття|deelneming|medeleven)(?![\p{L}])|哀悼|お悔やみ|慰問/u;

/** The reader told they read for free, whatever is read ("you're reading the Courier for free"). */
const READING_FREE =
  /(?<![\p{L}])(?:you(?:'re|’re| are) reading|vous lisez|sie lesen|du liest|estás leyendo|está leyendo|stai leggendo|sta leggendo|você está lendo|czytasz|czytacie|je leest|u leest|вы читаете|ви читаєте)\s(?:[^.!?;:]{0,40}\s)?(?:for free|free of charge|gratuitement|gratuitamente|gratis|kostenlos|za darmo|bezpłatnie|бесплатно|безкоштовно)(?![\p{L}])/u;

/**
 * "We need …" in a quoted headline ("Radio Cime : « Nous avons besoin d'auditeurs qui s'engagent »"):
 * an interview with someone whose organisation needs people or money, a fundraiser's story.
 */
const NEED =
  /(?<![\p{L}])(?:we need|we still need|nous avons besoin|il nous faut|wir brauchen|necesitamos|abbiamo bisogno|precisamos|нам нужны|нам нужно|нам потрібні|нам потрібно|potrzebujemy|we hebben .{0,20}nodig|ihtiyacımız var|potřebujeme|我们需要|私たちには.{0,10}必要)(?![\p{L}])/u;

const LANGS = [...Object.values(DONATION_PHRASES), ...Object.values(MEMBERSHIP_PHRASES)];
// One alternation per kind across all languages: a block is scanned once per kind, not once per
// phrase (the donation pass was the costliest part of extraction before).
// Per language, donation and membership phrases together (see `PhraseSet`).
const BY_LANGUAGE = [...new Set([...Object.keys(DONATION_PHRASES), ...Object.keys(MEMBERSHIP_PHRASES)])].map(
  (lang) => [DONATION_PHRASES[lang], MEMBERSHIP_PHRASES[lang]].filter((l) => l !== undefined),
);
const ASK = new PhraseSet(BY_LANGUAGE.map((pair) => pair.flatMap((l) => l.ask)));
const APPEAL = new PhraseSet(BY_LANGUAGE.map((pair) => pair.flatMap((l) => l.appeal)));
/** Payment words, a gift's tax note among them ("tax-deductible", "sono deducibili"). */
const PAYMENT = phraseRegex([...Object.values(DONATION_PHRASES).flatMap((l) => l.payment), ...TAX_DEDUCTION]);
/** The newsroom's account or bank details, as a payment line names them. */
const OWN_ACCOUNT =
  /(?<![\p{L}])(?:konto|rachunek|account|bank details|счёт|счет|рахунок|rekening|compte|cuenta|conto|conta|kontoverbindung|bankverbindung)\s+(?:[\p{L}’']+\s+){0,2}(?:redakcj|newsroom|redaktion|rédaction|redacción|redazion|redação|redactie|редакци|редакці)/u;
/** Words of a payment line that names it: a line or two. */
const OWN_ACCOUNT_WORDS = 30;
/** Words of a letter's greeting line ("Dear reader,", "Liebe Leserin, lieber Leser,"). */
const GREETING_WORDS = 6;
const GREETING_END = /[,:：，]\s*$/;
/** Not global: `test` must not carry `lastIndex` over from one block to the next. */
const WE_AT_WORK = new RegExp(phraseRegex(WE_REPORTING).source);
/**
 * Polish and Czech voice words that are everyday words elsewhere (English "my", "wy", "vy"…): only a
 * text in those languages, told by its letters, is read with them.
 */
const POLISH_ONLY = new Set(['my', 'wy', 'vy']);
const VOICE = phraseRegex(
  Object.values(VOICE_WORDS)
    .flat()
    .filter((w) => !POLISH_ONLY.has(w)),
  true,
);
/**
 * Voice words of other languages that are everyday words in Polish or Czech ("we Wrocławiu" is "in
 * Wrocław", "można je" is "them", "tu" is "here", Czech "je" is "is"): a text in those languages,
 * told by their letters, is read without them.
 */
const WEST_SLAVIC_LETTERS = /[ąęłńśźżćěřůť]/;
const WEST_SLAVIC_FALSE_FRIENDS = new Set(['we', 'je', 'tu']);
const VOICE_WEST_SLAVIC = phraseRegex(
  Object.values(VOICE_WORDS)
    .flat()
    .filter((w) => !WEST_SLAVIC_FALSE_FRIENDS.has(w)),
  true,
);
const ACTIONS = [...new Set(LANGS.flatMap((l) => l.action))];
const ACTION = new RegExp(`^(?:${ACTIONS.map(escapeRegex).join('|')})`);
/**
 * A support or subscribe verb in the imperative right before the outlet's name, at a sentence's start
 * (lower-cased text before the name): "Steun", "Support", "Soutenez", "Wesprzyj", "Підтримайте",
 * "Подпишитесь на" …
 */
const SUPPORT_BEFORE_NAME =
  /(?:^|[.!?:;]\s*)(?:support|back|steun|unterstützen sie|unterstütze|soutenez|soutiens|apoya a|apoye a|apoya|apoye|sostieni|sostenete|apoie|apoia|wesprzyj|wspieraj|поддержите|підтримайте|subscribe to|abonniere|abonnieren sie|abonnez-vous à|abonne-toi à|suscríbete a|suscríbase a|abbonati a|abbonatevi a|assine|assina|zaprenumeruj|prenumeruj|abonneer je op|abonneer u op|подпишитесь на|підпишіться на)(?:\s+(?:the|de|het|den|die|das|le|la|les|el|il|lo|o|a))?\s*[«"„“]?$/u;

/** Whether a button's label is an appeal's control ("Je soutiens Le Rebond", "Donate", "Not now"). */
export function appealControl(label: string): boolean {
  return wordCount(label) <= CONTROL_WORDS && ACTION.test(label.toLowerCase().replace(LEADING_MARKS, ''));
}
/**
 * Multi-word controls ("remind me later") also count inside a short block of several controls; in
 * scripts without spaces, controls of three characters or more ("稍后提醒") do.
 */
const ACTION_INSIDE = phraseRegex(
  ACTIONS.filter((a) => a.includes(' ') || /[\u3040-\u30ff\u3400-\u9fff]{3}/.test(a)),
);

/**
 * The outlet's count of paying readers in a sentence, towards more (see `SUPPORTER_TALLY`): two
 * numbers or a word for the goal. `lower` is lower-cased.
 */
function supporterTally(lower: string): boolean {
  if (!SUPPORTER_TALLY.test(lower)) return false;
  return (lower.match(/\d[\d.,\s]*\d|\d{2,}/g)?.length ?? 0) >= 2 || TALLY_GOAL.test(lower);
}

/** A sentence's end and the space after it. */
const SENTENCE_BREAK = /(?<=[.!?…。！？])\s+/u;

/**
 * Whether one sentence of `text` (quotes removed, case kept) both names money and speaks as the
 * outlet or to the reader. A story's paragraph may do each in its own sentence ("… zahlt Jana Rieck
 * 980 Euro kalt. … seit sie unseren Mietrechner ausprobiert hat."); the outlet on what pays for it
 * does both at once ("Schon mit vier Euro im Monat sorgen Sie dafür, dass wir …").
 */
export function moneyInVoice(text: string): boolean {
  // A tally's count and its goal may stand in sentences of their own ("Сейчас нас поддерживают 1 318
  // человек. Мы хотим, чтобы к лету их стало 1 500"): the count's sentence is the money's then.
  const tally = supporterTally(text.toLowerCase());
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const lower = sentence.toLowerCase();
    const money = count(lower, PAYMENT) > 0 || namesAmount(lower) || (tally && SUPPORTER_TALLY.test(lower));
    if (money && weakVoice(lower, sentence)) return true;
  }
  return false;
}

/** A sum in figures or in words ("5 €", "fünf Euro") in lower-cased `lower`. */
function namesAmount(lower: string): boolean {
  return AMOUNT_IN_TEXT.test(lower) || (CURRENCY_WORD.test(lower) && AMOUNT_IN_WORDS.test(lower));
}

/**
 * Any trace of the outlet's voice in lower-cased `lower` (`plain` with its case): a word to the
 * reader, one "we" verb, or a short "we" auxiliary.
 */
function weakVoice(lower: string, plain: string): boolean {
  return (
    addressesReader(lower, plain) || (WE_ENDING.test(lower) && someWeVerb(lower)) || WE_SHORT.test(lower)
  );
}

/** How many distinct phrases of `re` occur in `text`. */
function count(text: string, re: RegExp): number {
  const found = text.match(re);
  return found ? new Set(found).size : 0;
}

/** The endings WE_VERB ends with: a text without one holds no such verb, and this test is far cheaper. */
const WE_ENDING = /(?:iamo|emmo|[aeiáéí]mos|[eiy]my|amy|śmy|yoruz|ujeme|[áí]me)(?![\p{L}])/u;

/**
 * Words WE_VERB takes for verbs that are not ("los próximos treinta días", "problemy", "systemy"):
 * common enough that one of them alone must not give a block the outlet's voice.
 */
const NOT_WE_VERBS = new Set([
  ...['próximos', 'últimos', 'mínimos', 'máximos', 'préstamos', 'gramos', 'kilogramos', 'tramos'],
  ...['ramos', 'primos', 'ánimos', 'legítimos', 'íntimos', 'óptimos', 'empréstimos', 'décimos'],
  ...['problemy', 'systemy', 'tematy', 'programy', 'schematy', 'reklamy', 'bramy', 'ramy'],
]);

/** The distinct "we" verbs of `text`, outside `NOT_WE_VERBS` ("salários mínimos" is no verb). */
function weVerbCount(text: string): number {
  const found = new Set<string>();
  for (const m of execAll(WE_VERB, text)) if (!NOT_WE_VERBS.has(m[0])) found.add(m[0]);
  return found.size;
}

/** One "we" verb at least, outside `NOT_WE_VERBS` (see `someVoice`). */
function someWeVerb(text: string): boolean {
  for (const m of execAll(WE_VERB, text)) if (!NOT_WE_VERBS.has(m[0])) return true;
  return false;
}

/**
 * "We" verbs WE_VERB leaves out, for the weak voice only (see `someVoice`): auxiliaries too short for
 * its stem ("hemos cubierto", "somos siete", "temos"), and Italian imperfects ("eravamo in tre").
 */
const WE_SHORT =
  /(?<![\p{L}])(?:hemos|somos|vamos|temos|fomos|siamo|\p{L}{2,}(?:avamo|evamo|ivamo))(?![\p{L}])/u;

/**
 * The currency words of AMOUNT_IN_WORDS, as plain substrings: most blocks name none, and this test
 * spares them its scan for number words (a Unicode pattern tried at every word).
 */
const CURRENCY_WORD = /euro|pound|dollar|reai|real|fran|złot|lira|korun|рубл|гривн|гривен|гривень|元|块|円/;

const DIGIT = /\d/;

/** At most this many words for one we-verb with money words to count as the outlet's voice. */
const WE_MONEY_WORDS = 30;

/** Direct speech opened by a dash, as Polish, Russian or Spanish quote: "… rocznie. — Nie mamy …". */
export const DASH_SPEECH = /(?:^|[.!?:]\s)\s*[—–-]\s/;

const LEADING_MARKS = /^[\s¡¿"'«“„([•·–—→➜›»-]+/;

/** At most this many words: a coffee in a longer paragraph is the story's (a café, a harvest). */
const COFFEE_WORDS = 30;
/** Words of a line giving a drive's terms (see `COUNTDOWN`). */
const VALUE_WORDS = 30;
/** The three as one pattern: one scan of each short block instead of three. */
const DRIVE_TERMS = new RegExp(
  [COUNTDOWN, MATCHED_GIFT, LESS_THAN_TREAT].map((re) => re.source).join('|'),
  'iu',
);
/**
 * A word of every alternative of `DRIVE_TERMS`, as plain text (lower-cased input): a scan for these
 * costs a quarter of the full pattern's, and one short block in ten passes it (dev benches).
 */
const DRIVE_HINT =
  /left|to go|remaining|only|plus que|encore|noch|quedan|faltan|mancano|faltam|restam|zosta|nog\s|осталось|залишилося|son\s|zbýv|最后|最後|还剩|還剩|仅剩|僅剩|残り|あと|less|cheaper|moins|menos|minder|weniger|meno|mniej|меньш|менш|daha|méně|不到|一杯|コーヒー|doubl|match|verdopp|duplic|raddopp|dobr|podwo|verdubbel|удво|подво|katlan|zdvojn|配捐|双倍|雙倍|同額|マッチング/;
/** A scheme's label is a few words ("Les Amis de L'Écho"); a longer line is a sentence about one. */
const SCHEME_WORDS = 5;

/** Short texts act as controls when they start with an action phrase or are an amount. */
const CONTROL_WORDS = 12;
/**
 * A tier card's button, the verb alone ("Обрати", "Choose", "Wybierz"): a control as a whole line
 * only, since "Choose a charity that …" opens a guide's advice.
 */
const CHOOSE_LABEL =
  /^(?:choose|select|обрати|вибрати|выбрать|выбираю|wybierz|wybieram|auswählen|wählen|choisir|je choisis|elegir|elijo|scegli|escolher|escolho|kiezen|kies|選択|选择|選擇)[\s.!→›»]*$/u;
/**
 * A row's label before a colon ("Become a monthly member: $5 / $10 / $25", "成為月費會員：HK$50／HK$100"):
 * three amounts after it make the row a widget's all the same.
 */
const ROW_LABEL = /^[^:：\d]{1,40}[:：]\s*/u;
/** A row of three amounts or more, each with its period ("5 € al mes"), is at most this long. */
const AMOUNT_ROW_WORDS = 24;

/**
 * A trial offer: a try verb, a number of weeks, months or days, and a price, in one short line
 * ("Try 4 weeks for €1", "Probeer 4 weken voor € 1", "Testen Sie einen Monat für 1 €", "Essayez 1
 * mois pour 1 €"). Matched on lower-cased text.
 */
const TRIAL_OFFER = new RegExp(
  String.raw`(?<![\p{L}])(?:try|probeer|test(?:en|e|et)?|essayez|essai|prueba|pruebe|prova|experimente|wypróbuj|testuj|попробуйте|спробуйте)(?![\p{L}])` +
    String.raw`[^.!?]{0,30}?(?:\d+|(?<![\p{L}])(?:a|one|einen|eine|un|une|una|um|uma|jeden|één|один|одну|один))\s*(?:weeks?|weken|wochen|semaines?|semanas?|settimane|tygodni[ea]?|недел[ьию]|тижн[іяів]+|months?|maanden|monate?|mois|meses|mesi|miesi[ąę]c[ey]?|месяц[аев]*|місяц[іья]*|days?|dagen|tage|jours|días|giorni|dni|дн[еяі]й?)` +
    String.raw`(?![\p{L}])[^.!?]{0,25}?(?:[€$£₽₴]|\d\s*(?:eur|euro|zł|руб|грн))`,
  'u',
);
const TRIAL_WORDS = 20;

/**
 * "… braucht Sie" in a short line ("Lokaljournalismus braucht Sie"): the outlet's call to the reader,
 * as "braucht dich" in the ask list is; formal "Sie" is told from "sie" (them) by its capital, so
 * this is matched on the text as written.
 */
const NEEDS_YOU = /(?<![\p{L}])(?:braucht|brauchen)\s+Sie(?![\p{L}])/u;
const NEEDS_YOU_WORDS = 6;

/**
 * The same offer by its first period ("1 € le premier mois", "el primer mes por 1 €", "o primeiro
 * mês custa 1 euro", "$1 a week for your first year"): the period and a price within a few words.
 */
const FIRST_PERIOD = String.raw`(?:first (?:month|year|\d+ weeks)|premier mois|première année|primer mes|primer año|primeiro mês|primeiro ano|primo mese|primo anno|pierwszy miesiąc|eerste maand|ersten monat|erster monat|первый месяц|перший місяць|(?:first|eerste|ersten|premiers|primeros|primeiros|primi|pierwsze|первые|перші) (?:\d+|two|three|four|six|twee|drie|vier|zes|zwei|drei|sechs|deux|trois|quatre|dos|tres|cuatro|seis|três|quatro|due|tre|quattro|sei|dwa|trzy|cztery|sześć|два|три|четыре|шесть|чотири|шість) (?:months|weeks|maanden|weken|monate|wochen|mois|semaines|meses|semanas|mesi|settimane|miesiące|tygodnie|месяца|месяцев|недели|недель|місяці|місяців|тижні|тижнів))`;
const PRICE = String.raw`(?:[€$£₽₴₺]\s?\d|\d\s?(?:[€$£₽₴₺]|eur(?:os?)?(?![\p{L}])|zł|kč|tl(?![\p{L}])|руб|грн))`;
const FIRST_PERIOD_OFFER = new RegExp(
  `(?<![\\p{L}])${FIRST_PERIOD}(?![\\p{L}])[^.!?]{0,30}?${PRICE}|${PRICE}[^.!?]{0,30}?(?<![\\p{L}])${FIRST_PERIOD}(?![\\p{L}])`,
  'u',
);

/** Whether lower-cased `text` offers a trial or a first period at a price (see `TRIAL_OFFER`). */
export function introOffer(lower: string): boolean {
  return TRIAL_OFFER.test(lower) || FIRST_PERIOD_OFFER.test(lower);
}

/** Words of a block whose appeal phrases are counted (see `appealCues`). */
const CUE_SCAN_WORDS = 200;

/**
 * The cues of one block. The page's outlet (see `outletPattern`) adds the outlet's self-reference: a short
 * block that names the outlet speaks for it (an appeal topic, the outlet's voice), and naming
 * itself while addressing "you"/"we" is a direct ask ("Suscríbete a Diario del Sur por 1 €").
 */
export function appealCues(sb: SourcedBlock, page: CuePage | null = null): AppealCues {
  const outlet = page?.outlet ?? null;
  let raw = blockText(sb);
  const words = wordCount(raw);
  if (page?.quotedOutlet && words <= OUTLET_WORDS) raw = unquoteName(raw, page.quotedOutlet).trim();
  const plain = unquoted(raw);
  const text = plain.toLowerCase();
  const cues = new BlockCues(words);
  cues.quotes = plain !== raw;
  if (!text.trim()) return cues;
  // A comment form's prompt ("Vous devez être abonné pour réagir.") asks the reader to subscribe in
  // order to comment: the comment section's, which the comments pass takes with its thread.
  if (isSurePrompt(raw)) return cues;
  // The editors' note under a story that asks nothing and names no money or price ("Od redakcji:
  // Biegowy Portal jest patronem medialnym biegu.", "От редакции: «…» не участвовала в сборе
  // средств"): a disclosure, the story's. "Od redakcji: … Za 12 zł miesięcznie …" is an appeal.
  // A correction ("Rectificatif : … fondée en 1981 …") is the story's, its figures and all; so is the
  // newsroom's condolence closing an obituary ("Редакция … выражает соболезнования родным").
  const correction = CORRECTION.test(text) || CONDOLENCES.test(text);
  if (
    (correction || (EDITORS_NOTE.test(text) && !DIGIT.test(text))) &&
    ASK.count(text) === 0 &&
    count(text, PAYMENT) === 0
  ) {
    cues.disclosure = true;
    return cues;
  }
  const named =
    (outlet && words <= OUTLET_WORDS ? outlet.exec(plain) : null) ??
    (outlet && words <= OUTLET_LEADS_WORDS ? leadingName(plain, outlet) : null) ??
    (page && !page.aboutPress && words <= OUTLET_WORDS ? THIS_OUTLET.exec(plain) : null);
  // The outlet's own name shares words with a headline that names its region ("… du Berry"): not the
  // story. Nor does a web address ("courrier-penthievre.example/adherer"): its host is the outlet.
  if (page) {
    const own = named ? plain.replace(named[0], ' ') : raw;
    cues.topicOf = { text: own.includes('/') ? own.replace(WEB_ADDRESS, ' ') : own, topic: page.topic };
    cues.foreign =
      (own.includes('/') && foreignAddress(text, page.outlets, page.hosts)) || ANAPHORIC_BODY.test(plain);
  }
  // A paragraph this long is the story's: an appeal's paragraphs are shorter, and no rule takes a
  // block of this length for its cues. Its phrase scans were the costliest part of the pass.
  const scan = words <= CUE_SCAN_WORDS;
  cues.ask = scan ? ASK.count(text) + (words <= NOW_WORDS && SUBSCRIBE_NOW.test(text) ? 1 : 0) : 0;
  cues.appeal = scan ? APPEAL.count(text) : 0;
  // "Vous lisez Ouest Cité gratuitement": reading for free, with the outlet or its work between the
  // words, says what the lists' "vous lisez cet article gratuitement" says (counted once).
  const free = scan ? READING_FREE.exec(text) : null;
  if (free && APPEAL.count(free[0]) === 0) cues.appeal++;
  // The article as what readers' money made ("Este artículo es posible gracias a los lectores …"):
  // the outlet speaking of its own work, with no "we" and no name.
  if (cues.appeal > 0 && startPhrase(text, STORY_MADE_POSSIBLE) !== null) cues.self = true;
  cues.payment = scan ? count(text, PAYMENT) : 0;
  cues.paymentWords = cues.payment;
  cues.voiceOf = new VoiceText(
    raw,
    plain,
    text,
    cues.payment,
    words,
    sb.block.type === 'blockquote' || sb.inQuote !== undefined,
  );
  ACTION_INSIDE.lastIndex = 0;
  // Leading punctuation ("¡Gracias!", "— Not now") does not hide a control's label.
  const label = text.replace(LEADING_MARKS, '');
  cues.control =
    words <= CONTROL_WORDS && (ACTION.test(label) || ACTION_INSIDE.test(text) || CHOOSE_LABEL.test(label));
  // Coffee for "us" or the newsroom, in a short block off the story's topic: the small sum an
  // outlet asks for, in whatever words ("Pague um cafezinho para a redação").
  if (words <= COFFEE_WORDS && COFFEE.test(text) && !cues.topical) {
    if (cues.voice || NEWSROOM.test(text)) cues.ask++;
    else cues.coffeeOffTopic = true;
  }
  // The name of a supporters' scheme as a label of its own ("Friends of the Messenger"): no cue by
  // itself (a blog's "Friends of the Firefox team" heading thanks contributors), only beside an appeal.
  cues.scheme = words <= SCHEME_WORDS && FRIENDS_OF.test(label.trim());
  if (scan && namesAmount(text)) {
    cues.payment++;
  }
  // The readers who pay for the outlet, counted: money it speaks of. Only in its voice: a story
  // about a fundraiser reports its tallies the same way.
  if (scan && supporterTally(text) && cues.voice) cues.payment++;
  // The outlet saying how many more it needs ("precisamos de mais 1.900 apoiadores mensais", "il nous
  // faut 12 000 abonnés de plus"): its ask.
  // The voice last: it costs the most to read, and few blocks say they need anyone.
  if (scan && DIGIT.test(text) && NEED.test(text) && SUPPORTER_TALLY.test(text) && cues.voice) cues.ask++;
  // A wallet's address on a short line ("BTC: bc1q…", "USDT (TRC20): T…"): where the money goes, as
  // an IBAN row is, so a line of the widget once an appeal is found.
  if (words <= PAYMENT_ROW_WORDS && (WALLET.test(plain) || LABELLED_WALLET.test(plain))) cues.payment += 2;
  // A bank account's number in its national form (an IBAN, "普通 1234567"): where a transfer goes.
  if (bankLine(plain, words)) cues.payment++;
  // The newsroom's own account ("przelew na konto redakcji", "to the newsroom's account"): the
  // outlet saying where its money goes, even in a story on someone else's fundraiser.
  if (cues.payment > 0 && words <= OWN_ACCOUNT_WORDS && OWN_ACCOUNT.test(text)) cues.self = true;
  // A subscription's trial offer ("Probeer 4 weken voor € 1", "4 Wochen für 1 € testen") asks.
  if (words <= TRIAL_WORDS && introOffer(text)) cues.ask++;
  if (words <= NEEDS_YOU_WORDS && NEEDS_YOU.test(plain)) cues.ask++;
  const trimmed = text.trim();
  // Rows of payment services ("ЮMoney: 4100 …", "Boosty: …") are the appeal's, not a factbox.
  cues.factbox = words <= FACTBOX_WORDS && cues.paymentWords === 0 && factRows(sb, trimmed);
  if (
    words <= CONTROL_WORDS &&
    (AMOUNT.test(trimmed) ||
      CHOICE_ALONE.test(trimmed) ||
      otherAmountButton(trimmed, (rest) => ACTION.test(rest)) ||
      amountWithPurpose(trimmed) ||
      (PLEDGE_COUNTER.test(text) && /\d/.test(text) && !cues.factbox))
  ) {
    cues.control = true;
  }
  // Supporters counted toward a goal ("1,206 readers have joined; 294 to go to this year's target"):
  // the language of a drive, as a line or a short sentence.
  if (words <= GOAL_COUNT_WORDS && PLEDGE_TO_GOAL.test(text)) cues.appeal++;
  // A countdown, a matched gift or the sum set against a coffee: the drive's own terms, in a line.
  if (words <= VALUE_WORDS && DRIVE_HINT.test(text) && DRIVE_TERMS.test(text)) cues.appeal++;
  // A row of payment methods and nothing else ("MB WAY PayPal Cartão de crédito", "微信支付 支付宝"):
  // the widget's buttons, a line with no sentence in it.
  if (words <= PAYMENT_ROW_WORDS && cues.payment >= 2 && !SENTENCE_END.test(trimmed)) cues.control = true;
  // A table of membership tiers ("Przechodzień | 8 zł miesięcznie"): the widget's options as a
  // control, which goes only with an appeal beside it (a story's table of streaming prices stays).
  if (tierTable(sb)) {
    cues.control = true;
    cues.payment++;
  }
  // A list whose every item is an amount with what it pays for is the widget's options.
  if (amountList(sb)) {
    cues.control = true;
    cues.widget = true;
    cues.payment++;
  }
  // A row of amounts in one block ("2 €/mes 5 €/mes 10 €/mes") is a widget as a frequency row is.
  // Three amounts or more make a longer row ("3 € al mes 6 € al mes 12 € al mes Otra cantidad").
  if (
    (words <= CONTROL_WORDS &&
      (CHOICE_ROW.test(trimmed) || pledgeFraction(trimmed) || amountLabelCount(trimmed) >= 2)) ||
    (words <= AMOUNT_ROW_WORDS && amountLabelCount(trimmed) >= 3) ||
    (words <= CONTROL_WORDS && amountLabelCount(trimmed.replace(ROW_LABEL, '')) >= 3)
  ) {
    cues.control = true;
    cues.widget = true;
  }
  if (words <= CONTROL_WORDS && supportLink(sb)) {
    cues.control = true;
    cues.link = true;
  }
  // A button in the reader's own words ("Count me in", "Quero encher o tanque", "Ci sto, ogni mese"):
  // a link alone that commits the reader, which is how an appeal's button asks.
  if (
    words <= COMMIT_WORDS &&
    sb.block.type === 'paragraph' &&
    onlyLink(sb.block.children) !== null &&
    COMMITS.test(label)
  ) {
    cues.control = true;
    cues.ask++;
  }
  // A short list whose last item is the button to the support page (an appeal set as bullet lines
  // over "Підтримати редакцію"): the button asks, as its paragraph would.
  if (words <= LIST_BOX_WORDS && supportButtonLast(sb)) cues.ask++;
  // A support address in plain text is a control but not a button of the outlet's own: a story on a
  // club's membership drive gives the club's address the same way ("Adhérer : club.example/adherer").
  const address = words <= CONTROL_WORDS ? supportAddress(text) : null;
  if (address) cues.control = true;
  // Its label is the call to action itself ("Jetzt Mitglied werden: …"): an ask, as a button's text is.
  // Not in a story about the press: there the label tells how to give to the fundraiser reported.
  if (address === 'join' && !page?.aboutPress) cues.ask++;
  // Not in a story about the outlet itself (see `cuePage`): there its address is part of the story
  // ("Pledges: herald.example/court-fund" under the report on its own crowdfunder).
  if (
    page &&
    !page.aboutOutlet &&
    words <= CONTROL_WORDS &&
    ownServiceAddress(text, page.outlets, page.hosts)
  ) {
    cues.own = true;
    cues.link = true;
    cues.control = true;
  }
  // A sentence sending the reader to the outlet's own support page ("Wer lieber einmalig etwas gibt,
  // findet alle Wege unter kurier.example/unterstuetzen") asks, as its button would: the page's own
  // host with a support path, or any service path beside money.
  if (
    page &&
    !page.aboutOutlet &&
    words > CONTROL_WORDS &&
    words <= OWN_ADDRESS_WORDS &&
    ownSupportAddress(text, page, cues.payment > 0)
  ) {
    cues.ask++;
    cues.ownAddress = true;
  }
  REPORTING.lastIndex = 0;
  // "X has contacted the council for comment": the outlet reporting, not speaking of itself. Nor
  // does a quote's attribution ("«…», the captain told the Gazzetta"): the name after a quote.
  const attribution = named !== null && plain !== raw && wordCount(plain.slice(0, named.index)) > 2;
  if (named && !attribution && !REPORTING.test(text)) {
    // A greeting may come first ("Friends, «Outlet» is …"): the name within the opening words.
    const before = plain.slice(0, named.index).trim().toLowerCase();
    cues.self = wordCount(before) <= 2;
    cues.leads = before === '' || NAME_ARTICLE.has(before) || NAME_ARTICLE.has(before.replace(/[’']$/, "'"));
    cues.named = true;
    cues.appeal++;
    cues.namePoints = 1;
    if (cues.voice) {
      cues.ask++;
      cues.namePoints += 2;
    } else if (SUPPORT_BEFORE_NAME.test(before)) {
      // Calling on the reader to back the outlet by name ("Steun NieuwsNoord met een vrijwillige
      // bijdrage", "Support the Courier"): an ask with no pronoun in it.
      cues.ask++;
    }
    cues.voice = true;
  }
  if (page?.aboutFundraiser) cues.inFundraiserStory();
  cues.greeting = cues.ask > 0 && words <= GREETING_WORDS && GREETING_END.test(raw);
  return cues;
}

/** The href of a paragraph that is one link and nothing else (bold or italic around it aside). */
function onlyLink(inlines: readonly Inline[]): string | null {
  let href: string | null = null;
  for (const inline of inlines) {
    if (inline.type === 'text' && !inline.text.trim()) continue;
    if (href !== null) return null;
    if (inline.type === 'link') href = inline.href;
    else if (inline.type === 'strong' || inline.type === 'emphasis') href = onlyLink(inline.children);
    else return null;
    if (href === null) return null;
  }
  return href;
}

/** Whether a link leads to the outlet's support page, by its path (the href absolute or relative). */
export function isSupportHref(href: string): boolean {
  return SUPPORT_PATH.test(withoutOrigin(href)) || MEMBERS_PORTAL.test(href);
}

/** Ghost's members portal, opened by a link's fragment ("/#/portal/signup", "#/portal/upgrade"). */
const MEMBERS_PORTAL = /#\/portal\/(?:signup|upgrade|support|account\/plans)(?:[/?]|$)/i;

/** Items of a list of amounts at most (a price list in a story is longer). */
const AMOUNT_LIST_ITEMS = 6;

/**
 * A list of two to six items, each an amount alone or with what it pays for, at least one of them
 * per period ("5 € al mese: un articolo d'archivio", "500円／月"): a widget's options however they
 * are laid out.
 */
/** Words of a short list that may be an appeal box with its button as the last item. */
const LIST_BOX_WORDS = 60;

/** A list of a few items whose last one is a lone link to the outlet's support page. */
function supportButtonLast(sb: SourcedBlock): boolean {
  const b = sb.block;
  if (b.type !== 'list' || b.items.length < 2 || b.items.length > AMOUNT_LIST_ITEMS) return false;
  const last = b.items[b.items.length - 1]!;
  const first = last[0];
  if (last.length !== 1 || first?.type !== 'paragraph') return false;
  const href = onlyLink(first.children);
  return href !== null && isSupportHref(href);
}

function amountList(sb: SourcedBlock): boolean {
  const b = sb.block;
  if (b.type !== 'list' || b.items.length < 2 || b.items.length > AMOUNT_LIST_ITEMS) return false;
  let periods = 0;
  const amounts = b.items.every((item) => {
    const first = item[0];
    if (!first || item.length > 1) return false;
    const text = blockToText(first).toLowerCase();
    if (perPeriod(text)) periods++;
    return wordCount(text) <= CONTROL_WORDS && (amountWithPurpose(text) || amountLabelCount(text) >= 1);
  });
  // A story's price list ("€12: adults") gives no period; a membership's options do.
  return amounts && periods > 0;
}

/** Rows of a tier table, and words of each of its cells. */
const TIER_ROWS = 6;
const TIER_CELL_WORDS = 12;

/**
 * A table of two to six rows, each with one amount and short cells, at least one amount per period
 * ("Grappolo | 3 € al mese | La lettera del venerdì"): a membership's tiers.
 */
function tierTable(sb: SourcedBlock): boolean {
  const b = sb.block;
  if (b.type !== 'table') return false;
  const rows = b.rows.filter((r) => !r.header);
  if (rows.length < 2 || rows.length > TIER_ROWS) return false;
  let periods = 0;
  const tiers = rows.every((row) => {
    const cells = row.cells.map((c) => inlineText(c).toLowerCase());
    if (cells.some((c) => wordCount(c) > TIER_CELL_WORDS)) return false;
    const amounts = cells.filter((c) => amountLabelCount(c) >= 1 || amountWithPurpose(c));
    if (amounts.some(perPeriod)) periods++;
    return amounts.length === 1;
  });
  return tiers && periods > 0;
}

/** Words of a sentence that gives the outlet's support address (longer blocks are the story's). */
const OWN_ADDRESS_WORDS = 60;

/** The outlet's own address in `text`, on a support path (or any service path when `money`). */
function ownSupportAddress(text: string, page: CuePage, money: boolean): boolean {
  const path = text.includes('/') ? ownServicePath(text, page.outlets, page.hosts) : null;
  return path !== null && (money || isSupportHref(path));
}

/**
 * Whether a block is a lone link to a support page, or a row of links that all lead to support pages
 * ("Become a member · Give once"): the appeal's buttons.
 */
function supportLink(sb: SourcedBlock): boolean {
  if (sb.block.type !== 'paragraph') return false;
  const href = onlyLink(sb.block.children);
  if (href !== null) return isSupportHref(href);
  const hrefs = linkRow(sb.block.children);
  return hrefs !== null && hrefs.length >= 2 && hrefs.every(isSupportHref);
}

/** Words of a button in the reader's own words. */
const COMMIT_WORDS = 6;
/** The reader committing, at a button's start ("I'm in", "Count me in", "Quero …", "Ich bin dabei"). */
const COMMITS =
  /^(?:i'?m in|i am in|count me in|yes,? i|i want to|i'?ll (?:chip|give|join|help)|quero|quiero|me apunto|ci sto|voglio|je (?:veux|participe|donne|soutiens|rejoins|m'abonne|m’abonne)|ich (?:bin dabei|will|mache mit|spende)|chcę|wchodzę|dorzucam|jadę z wami|ik doe mee|ik wil|я в деле|я с вами|хочу|я з вами|долучаюся)(?![\p{L}])/u;

/** The hrefs of a paragraph of links with only spaces and separators between them, else null. */
function linkRow(inlines: readonly Inline[]): string[] | null {
  const hrefs: string[] = [];
  for (const inline of inlines) {
    if (inline.type === 'link') hrefs.push(inline.href);
    else if (inline.type !== 'text' || !ROW_SEPARATORS.test(inline.text)) return null;
  }
  return hrefs;
}
const ROW_SEPARATORS = /^[\s|·•/–—-]*$/u;

/**
 * Whether a text speaks to the reader: "we"/"you" words in `lower` (lower-cased), or German formal
 * "Sie"/"Ihnen" in `text` (case kept; capitals tell it from "sie", "they").
 */
export function addressesReader(lower: string, text: string): boolean {
  const voice = WEST_SLAVIC_LETTERS.test(lower) ? VOICE_WEST_SLAVIC : VOICE;
  voice.lastIndex = 0;
  for (let m = voice.exec(lower); m; m = voice.exec(lower)) {
    if (NAME_LIKE.has(m[0]) && namedMidSentence(text, m.index, m[0])) continue;
    // A word in mixed case is a name's abbreviation, not the pronoun ("TuS Hamm-Süd", a sports club).
    if (mixedCase(text, m.index, m[0])) continue;
    // French "rendez-vous" is a meeting, not "you" ("Prochain rendez-vous le 19 décembre").
    if (m[0] === 'vous' && lower.endsWith('rendez-', m.index)) continue;
    // Dutch "je" is "you"; French "je" is "I", German "je" "each" ("Anteile zu je 250 Euro"; asked
    // only when "je" is what matched). Dutch "onze" is "our"; French and Portuguese "onze" is eleven
    // ("les onze films").
    if (m[0] === 'je' ? !FRENCH.test(lower) && !GERMAN.test(lower) : m[0] !== 'onze' || DUTCH.test(lower))
      return true;
  }
  return FORMAL_ADDRESS.test(text);
}

/** Whether the word found at `at` is written in mixed case in `text` (a lower-case letter, then a capital). */
function mixedCase(text: string, at: number, lower: string): boolean {
  const word = text.slice(at, at + lower.length);
  return word.toLowerCase() === lower && /\p{Ll}\p{Lu}/u.test(word);
}

/** Voice words that are also surnames ("Vos said before the vote", "Tu Anh"). */
const NAME_LIKE = new Set(['vos', 'tu']);

/**
 * Whether `lower`, found at `at` of the lower-cased text, is capitalised there in `text` (case kept)
 * in mid-sentence: a name, not the pronoun. False when lower-casing moved the text's letters.
 */
function namedMidSentence(text: string, at: number, lower: string): boolean {
  const word = text.slice(at, at + lower.length);
  if (word.toLowerCase() !== lower || !/^\p{Lu}/u.test(word)) return false;
  return !/(?:^|[.!?…:]\s*|[«“"„]\s*)$/u.test(text.slice(0, at));
}

/** Dutch, told by words no other language here writes alike. */
const DUTCH = /(?<![\p{L}])(?:het|een|niet|zijn|wij|ook|voor|naar|wordt)(?![\p{L}])/u;

/** German, told by words no other language here writes alike. */
const GERMAN = /(?<![\p{L}])(?:und|der|das|nicht|ist|mit|von|sich|auch|eine)(?![\p{L}])/u;

/** French, told by its articles and accents. */
const FRENCH = /(?<![\p{L}])(?:les|des|une|est|aux|pas)(?![\p{L}])|[éèêàç]/u;

const JOIN_LABEL = new Set(JOIN_LABELS);
/** Any plain web address in a block's text (the pattern matches lower-cased text). */
const WEB_ADDRESS = new RegExp(PLAIN_ADDRESS.source, 'gi');

/** Words of a sentence counting supporters toward a goal. */
const GOAL_COUNT_WORDS = 30;
/**
 * A crypto wallet's address: Bitcoin (bech32 or legacy), Ethereum-style hex, Tron (USDT on TRC20).
 * Long, unbroken and of its own alphabet: no word of a story looks like one.
 */
const WALLET =
  /(?<![\p{L}\p{N}])(?:bc1[a-z0-9]{25,62}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\p{L}\p{N}])/u;
/** A coin's name, a colon and a long token ("USDT (Tron): T…"): an address whatever its alphabet. */
const LABELLED_WALLET =
  /(?<![\p{L}])(?:usdt|btc|eth|bitcoin|ethereum|tether|trc-?20|erc-?20)(?![\p{L}])[^:：\n]{0,20}[:：]\s*[A-Za-z0-9]{25,}(?![\p{L}\p{N}])/iu;

/**
 * An IBAN (country, check digits, groups of four), a Japanese account type and number, or a card's
 * sixteen digits in fours ("2202 2063 0000 1147", where Russian outlets take transfers).
 */
const BANK_ACCOUNT =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])|(?:普通|当座)\s*\d{7}(?!\d)|(?<![\p{N}])\d{4}(?:[ \u00a0]\d{4}){3}(?![\p{N}])/u;
/** Words of a line giving an account. */
const BANK_LINE_WORDS = 30;

/** A short line giving a bank account's number ("Of maak over naar NL91 ABNA 0417 1643 00 …"). */
export function bankLine(text: string, words: number): boolean {
  return words <= BANK_LINE_WORDS && BANK_ACCOUNT.test(text);
}

/** Words of a line of payment details ("Призначення платежу: благодійна допомога"). */
const DETAIL_WORDS = 12;

/**
 * Lines that are all payment details, one of them an account ("ФОП Ткачук О. В., IBAN: UA21 …" /
 * "Призначення платежу: благодійна допомога"): where a transfer goes, and nothing of a story.
 */
export function paymentDetails(lines: readonly string[]): boolean {
  let account = false;
  for (const line of lines) {
    const words = wordCount(line);
    if (bankLine(line, words)) account = true;
    else if (words > DETAIL_WORDS || count(line.toLowerCase(), PAYMENT) === 0) return false;
  }
  return account;
}

/** Words of a row of payment methods. */
const PAYMENT_ROW_WORDS = 8;

/** Words of a label before a plain address ("Jetzt Mitglied im Leserkreis werden:"): a line, not a sentence. */
const ADDRESS_LABEL_WORDS = 6;

/**
 * A short line giving a support address as plain text, or null: `'join'` when its label calls the
 * reader to join or support ("Adhérer : journal.example/adherer", "Únete en diario.example/comunidad"),
 * `'path'` when only the path names a support page. A line giving an address for something else
 * ("Informationen: stadt.example/praxis") is neither.
 */
function supportAddress(text: string): 'join' | 'path' | null {
  const m = PLAIN_ADDRESS.exec(text);
  if (!m) return null;
  const label = text
    .replace(m[0], ' ')
    .replace(/[\s:：,.\-–—→»]+/g, ' ')
    .trim();
  if (wordCount(label) > ADDRESS_LABEL_WORDS) return null;
  if (JOIN_LABEL.has(label) || ACTION.test(label) || ASK.test(label)) return 'join';
  return SUPPORT_PATH.test(m[1]!) || APPEAL.test(label) ? 'path' : null;
}

const digits = (s: string): number => Number(s.replace(/[.,\s]/g, ''));

/**
 * A bare fraction is a pledge counter when the goal exceeds the count and it shows money or a
 * goal written with thousands ("812 / 2.500"): not a season ("2022 / 2023") or "24/7".
 */
function pledgeFraction(text: string): boolean {
  const m = PLEDGE_FRACTION.exec(text);
  if (!m) return false;
  const count = digits(m[1]!);
  const goal = digits(m[2]!);
  return (
    goal > count &&
    count > 0 &&
    (AMOUNT_IN_TEXT.test(text) || /^[$€£¥₽₴]/.test(text) || /\d[.,\s]\d{3}$/.test(m[2]!))
  );
}

const REPORTING = phraseRegex(OUTLET_REPORTING);

/** Longer blocks that name the outlet are reporting ("told the Daily Observer"), not an appeal. */
const OUTLET_WORDS = 40;
/**
 * A block that opens with the outlet's name speaks of the outlet even when longer ("The Signal has
 * four reporters covering …"): whether it speaks *for* it is left to the voice and reporting cues.
 */
const OUTLET_LEADS_WORDS = 60;

/** The outlet's name at the very start of a text, as `outlet.exec` would give it; else null. */
function leadingName(plain: string, outlet: RegExp): RegExpExecArray | null {
  const found = outlet.exec(plain.trimStart());
  return found?.index === 0 ? found : null;
}

/** Weighted cue score: a direct ask counts double. */
export function cueScore(c: AppealCues): number {
  return 2 * c.ask + c.appeal + c.payment + (c.control || c.button ? 1 : 0);
}

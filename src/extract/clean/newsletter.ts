/**
 * Newsletter and subscription prompts without markup hints: a short block that names a
 * newsletter or asks for an email address. Two distinct phrases are needed unless the block is
 * very short ("Sign up for our newsletter"), and a longer block must also address the reader, so an
 * article sentence about someone's newsletter ("… which 900 supporters get by email") stays.
 */
import type { Element } from 'domhandler';
import type { SourcedBlock } from '../blocks.js';
import { isElement, within } from '../body/dom.js';
import {
  METER_ARTICLES,
  METER_COUNT,
  METER_FREE,
  NEWSLETTER,
  PROMO_NOW,
  SIGN_UP_NOW,
  SUBSCRIBER_QUESTION,
} from '../vocab/phrases/boilerplate.js';
import {
  LOGIN_LINE,
  READ_ON,
  SUBSCRIBERS_ONLY,
  SUBSCRIPTION_NOUNS,
  UNLOCKED_NOTE,
} from '../vocab/phrases/membership.js';
import { addressesReader, introOffer, pageCues } from './appeal-cues.js';
import { blockText, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { alternation, countPhrases, findPhrase, LETTER, phraseRegex } from './phrases.js';

const NOW = phraseRegex(Object.values(PROMO_NOW).flat(), true);

/**
 * A sign-up imperative opening a sentence or following an arrow ("… senza pubblicità: iscriviti alla
 * newsletter", "… → 無料で登録"); inside one it is as often reporting ("residents can sign up for …").
 */
const SIGN_UP = new RegExp(
  `(?:^|[.!?:;…—–。！？：→►▶]\\s*)(?:${alternation(Object.values(SIGN_UP_NOW).flat())})(?![${LETTER}])`,
  'u',
);

/**
 * A prompt speaks to the reader ("we"/"you", "Sie"), tells them to sign up, or promotes ("now");
 * reporting does none of these.
 */
function promptsReader(text: string): boolean {
  const lower = unquotedLower(text);
  NOW.lastIndex = 0;
  return addressesReader(lower, text) || NOW.test(lower) || SIGN_UP.test(lower.replace(LEADING_SYMBOLS, ''));
}

/** Emoji and bullets before a prompt's first word ("📬 Inscrivez-vous"). */
const LEADING_SYMBOLS = /^[\s\p{So}\p{Sk}•·▶►→]+/u;

/** An email named for when it comes ("our free Friday email", "a weekly e-mail"): a newsletter. */
const DIGEST_EMAIL =
  /(?<![\p{L}])(?:free|daily|weekly|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:\p{L}+\s+)?e-?mail(?![\p{L}])/u;

/**
 * A newsletter's day or hour ("every Friday", "ogni venerdì", "jeden Morgen", "каждую пятницу"): a
 * prompt says when its letter comes. Weaker than a newsletter phrase, as a story's market opens
 * "every Friday" too: it counts only in a block that speaks to the reader, or in a short line
 * beside a prompt (a signup box's blurb: "Local news, every Monday."). See `scheduled`.
 */
const SCHEDULE = new RegExp(
  [
    '(?:every|each)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|weekday)',
    'ogni\\s+(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|mattina|sera)',
    'jeden\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|werktag)',
    'chaque\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir)',
    'cada\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|noche)',
    'toda\\s+(?:segunda|terça|quarta|quinta|sexta|manhã)',
    'w\\s+każd[yą]\\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|ranek)',
    'elke\\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ochtend|avond)',
    'кажд(?:ую|ый|ое)\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|утро|вечер)',
    'her\\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|sabah|akşam)',
    'každ(?:é|ý|ou)\\s+(?:pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli|ráno|večer)',
    // Every week or two ("elke twee weken", "toutes les deux semaines", "co dwa tygodnie").
    '(?:every\\s+(?:two\\s+|other\\s+)?week|fortnightly|elke\\s+(?:twee\\s+)?weken?|alle\\s+zwei\\s+wochen)',
    '(?:toutes\\s+les\\s+deux\\s+semaines|cada\\s+(?:dos\\s+)?semanas?|ogni\\s+(?:due\\s+)?settiman[ae])',
    '(?:co\\s+(?:dwa\\s+)?tygodni[ea]?|co\\s+tydzień|каждую\\s+неделю|раз\\s+в\\s+две\\s+недели)',
    // The plural ("todas as sextas-feiras", "tous les vendredis", "по пятницам").
    'todas\\s+as\\s+(?:segundas|terças|quartas|quintas|sextas)(?:-feiras)?|todos\\s+os\\s+(?:sábados|domingos)',
    'todos\\s+los\\s+(?:lunes|martes|miércoles|jueves|viernes|sábados|domingos)',
    'tous\\s+les\\s+(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|matins|soirs)',
    'tutti\\s+i\\s+(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabati)|tutte\\s+le\\s+(?:domeniche|mattine|sere)',
    'по\\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|утрам|вечерам)',
  ]
    .join('|')
    // One word edge around them all, not one per phrase: asked of many blocks, and V8 scans a single
    // alternation behind one look-behind faster. Case-blind, so the raw text needs no lower-casing.
    .replace(/^/, '(?<![\\p{L}])(?:')
    .concat(')(?![\\p{L}])|毎週[月火水木金土日]|毎朝|每周[一二三四五六日]|每天早上|每週[一二三四五六日]'),
  'iu',
);

/**
 * Chinese and Japanese words for subscribers and their count ("購読者2800部まで減少"): a paper's
 * readership reported, which holds the word for subscribing ("購読", "订阅") without asking for it.
 */
const CJK_SUBSCRIBERS = /購読者|購読数|订阅者|訂閱者|订阅数|訂閱數|订阅量|訂閱量/g;

/** Newsletter phrases in a block of at most 40 words (0 for longer blocks: article text). */
function newsletterHits(text: string): number {
  if (wordCount(text) > 40) return 0;
  const lower = unquotedLower(text);
  return countPhrases(lower.replace(CJK_SUBSCRIBERS, ' '), NEWSLETTER) + (DIGEST_EMAIL.test(lower) ? 1 : 0);
}

/**
 * `aboutNewsletters`: the headline names a newsletter, so the story's own lines say the word ("Perché
 * una newsletter e non un sito?" in an interview with its author); a short line must then also
 * speak to the reader or tell them to sign up.
 */
export function isNewsletterPrompt(text: string, aboutNewsletters = false): boolean {
  const hits = newsletterHits(text);
  if (wordCount(text) <= 12) {
    if (hits === 0) return scheduled(text) && promptsReader(text);
    return !aboutNewsletters || hits >= 2 || promptsReader(text);
  }
  // A story about newsletters or the press reports them in whole paragraphs ("The paper already
  // sends a morning newsletter to 8,000 subscribers"): there a prompt must also speak to the reader.
  if (hits >= 3 && !aboutNewsletters) return true;
  return hits >= 1 && hits + (scheduled(text) ? 1 : 0) >= 2 && promptsReader(text);
}

/**
 * Whether a box's text speaks of a newsletter at all: one of its phrases, or its day ("La Matinale /
 * L'essentiel de l'actualité, chaque matin à 7 heures"). For a box already told by its sign-up
 * control (see signup-form.ts).
 */
export function newsletterWords(text: string): boolean {
  return newsletterHits(text) >= 1 || scheduled(text);
}

/** Whether a block names a newsletter's day or hour (see `SCHEDULE`). */
function scheduled(text: string): boolean {
  // Asked of many blocks: the raw text first, and unquoted only when it names a day at all.
  return SCHEDULE.test(text) && SCHEDULE.test(unquotedLower(text));
}

/** A signup box's blurb is a line: "every Saturday" in a longer paragraph beside a prompt is the story's. */
const BLURB_WORDS = 12;

/** Words of a story paragraph under a crosshead. */
const SECTION_WORDS = 25;
/** Shorter, when the paragraph names no newsletter ("业内：订阅模式面临考验" over a researcher's figures). */
const PLAIN_SECTION_WORDS = 15;

/**
 * A heading over a paragraph of the story that is no prompt itself ("Newsletter ohne echte
 * Einwilligung" over the regulator's findings): the story's crosshead, whatever word it holds.
 */
function crosshead(blocks: readonly SourcedBlock[], texts: readonly string[], i: number): boolean {
  const next = texts[i + 1];
  return (
    blocks[i]!.block.type === 'heading' &&
    next !== undefined &&
    blocks[i + 1]!.block.type === 'paragraph' &&
    (wordCount(next) > SECTION_WORDS ||
      (wordCount(next) > PLAIN_SECTION_WORDS && newsletterHits(next) === 0)) &&
    !promptsReader(next)
  );
}

/** A meter is one line: a sentence on how many free articles someone read is longer than this. */
const METER_WORDS = 16;

/** A paywall's meter line ("You have read 3 of 5 free articles this month"). */
export function isPaywallMeter(text: string): boolean {
  if (wordCount(text) > METER_WORDS) return false;
  return (
    (METER_COUNT.test(text) && METER_FREE.test(text) && METER_ARTICLES.test(text)) || READ_SO_FAR.test(text)
  );
}

/**
 * A meter telling the reader how many stories they have read ("You've read 4 stories this month",
 * "Vous avez lu 3 articles", "您本月已阅读3篇文章"), free or not.
 */
const READ_SO_FAR =
  /^(?:you(?:'|’)ve read|you have read|sie haben (?:bereits |schon )?|vous avez (?:déjà )?lu|(?:ya )?has leído|hai (?:già )?letto|(?:você )?(?:já )?leu|przeczytał(?:eś|aś|eś\/aś)|je hebt (?:al )?|вы (?:уже )?прочитали|ви (?:вже )?прочитали)\s*(?:\d+|one|two|three|four|five|ein(?:en)?|zwei|drei|vier|fünf)\s+(?:(?:of|von|sur|de|di|z|van|из|з)\s+(?:your\s+|ihren\s+)?\d+\s+)?(?:free\s+|kostenlosen?\s+|gratuits?\s+)?(?:stories|articles|artikel|articles?|artículos|articoli|matérias|artigos|reportagens|artykuł\p{L}*|artikelen|стат\p{L}*)|^(?:您)?(?:本月)?已(?:经)?阅读\s*\d+\s*篇|^今月(?:は)?\d+本の記事を読みました/iu;

/** A paywall's offer is a sentence or two. */
const OFFER_WORDS = 40;

/**
 * A paywall's offer to the reader: a subscription or membership that lets them read on, or without
 * limit ("Wil je blijven lezen? Neem een digitaal abonnement en lees onbeperkt …", "デジタル会員になると、
 * すべての記事が読める…"), outside quotes. Spaced languages must speak to the reader: a story on a
 * paper's prices reports what its subscribers get.
 */
export function isSubscriptionOffer(text: string): boolean {
  if (wordCount(text) > OFFER_WORDS) return false;
  // The raw text first: unquoting costs several passes, and nearly no block offers anything.
  if (!READ_ON.test(text) || !(SUBSCRIPTION_NOUNS.test(text) || CJK_MONTHLY_PRICE.test(text))) return false;
  const lower = unquotedLower(text);
  if (!READ_ON.test(lower) || !(SUBSCRIPTION_NOUNS.test(lower) || CJK_MONTHLY_PRICE.test(lower)))
    return false;
  // An offer at an introductory price sells to the reader whatever words it uses ("Neem nu een
  // digitaal abonnement, de eerste drie maanden voor € 1 per week").
  return CJK.test(text) || addressesReader(lower, text) || introOffer(lower);
}
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
/**
 * A monthly price in Chinese or Japanese ("月額480円", "每月30元", "480円／月"): what a subscription
 * costs, said without naming it ("みなと新報デジタル 月額480円で全記事が読み放題").
 */
const CJK_MONTHLY_PRICE =
  /(?:月額|月々|毎月|每月|每個月|包月)\s*[\d０-９][\d０-９,，]*|[\d０-９][\d０-９,，]*\s*(?:円|元)\s*[/／]\s*月/u;

/** A note on an opened story is a line or two. */
const UNLOCKED_NOTE_WORDS = 30;

/**
 * A note that the story, usually for subscribers, is open to all ("この記事は会員限定記事ですが、期間限定で
 * 無料公開しています"): the paywall speaking, outside quotes.
 */
export function isUnlockedNote(text: string): boolean {
  return unquotedLine(text, UNLOCKED_NOTE, UNLOCKED_NOTE_WORDS);
}

/**
 * Whether `text`, of at most `words` words, matches `pattern` lower-cased, outside quotes too (the
 * raw test first: unquoting costs several passes, and nearly no block matches).
 */
function unquotedLine(text: string, pattern: RegExp, words: number): boolean {
  return wordCount(text) <= words && pattern.test(text.toLowerCase()) && pattern.test(unquotedLower(text));
}

/** A subscribers-only note is a line. */
const SUBSCRIBERS_ONLY_WORDS = 12;

/**
 * A paywall's line that the story is for subscribers only, or that the free stories are used up
 * ("Artigo exclusivo para assinantes."), unless someone is quoted saying so.
 */
export function isSubscribersOnlyNote(text: string): boolean {
  return unquotedLine(text, SUBSCRIBERS_ONLY, SUBSCRIBERS_ONLY_WORDS);
}

/** Characters of a login box's line of controls (the pattern is anchored; this spares the scan). */
const LOGIN_LINE_LENGTH = 60;

/** A login box's controls or its note that members log in ("登入 / 註冊", "会員の方はログイン"). */
export function isLoginLine(text: string): boolean {
  const line = text.trim();
  return line.length <= LOGIN_LINE_LENGTH && LOGIN_LINE.test(line.toLowerCase());
}

/** A login box's line is short; a longer block asking "already a member?" is the story's. */
const QUESTION_WORDS = 14;

/**
 * A paywall's or login box's line asking whether the reader subscribes ("Noch kein Abo? Hier geht
 * es zu den Tarifen. Bereits dabei? Anmelden"), unless someone is quoted asking it.
 */
export function isSubscriberQuestion(text: string): boolean {
  if (wordCount(text) > QUESTION_WORDS || !/[?？]|方/.test(text)) return false;
  const lower = unquotedLower(text)
    .replace(/[¿\s]+(?=[?？])/g, '')
    .replace(/¿/g, '');
  return findPhrase(lower, SUBSCRIBER_QUESTION) !== null;
}

/**
 * A paywall box holds a few short lines: the meter, the offer, its plans (a name, a price and a line
 * each) and small print; a story's container holds more, or longer, text.
 */
const PAYWALL_BOX_BLOCKS = 10;
const PAYWALL_BOX_WORDS = 80;

/**
 * The other lines of a small box holding a paywall line ("Sie lesen einen von 5 kostenlosen Artikeln"
 * over "Mit EA+ lesen Sie alle Artikel …" and "Danach 9,99 € monatlich, jederzeit kündbar."): the
 * box is the paywall's line's container, or the one around it when that holds the line alone; a
 * box holding more than a few blocks is the story's container.
 */
export function paywallBoxLines(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  paywall: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  for (const i of paywall) {
    let box = blocks[i]!.group;
    if (!box) continue;
    let members = boxMembers(blocks, texts, box);
    if (members.length === 1 && isElement(box.parent)) {
      box = box.parent;
      members = boxMembers(blocks, texts, box);
    }
    if (members.length > PAYWALL_BOX_BLOCKS) continue;
    const words = members.map((j) => wordCount(texts[j]!));
    if (words.reduce((sum, n) => sum + n, 0) > PAYWALL_BOX_WORDS) continue;
    members.forEach((j, k) => {
      if (!paywall.has(j) && words[k]! <= OFFER_WORDS) found.push(j);
    });
  }
  return found;
}

/** The blocks with text inside `box` (a row of payment logos is no line). */
function boxMembers(blocks: readonly SourcedBlock[], texts: readonly string[], box: Element): number[] {
  const members: number[] = [];
  blocks.forEach((sb, j) => {
    if (texts[j] && within(sb.group, box)) members.push(j);
  });
  return members;
}

/** Words of a sign-up box's button line ("Aanmelden", "Zapisz mnie", "Sign me up"). */
const BUTTON_WORDS = 3;

/**
 * The button line closing a sign-up box: a short line that ends no sentence, right after a line of
 * the box and last in the prompt's container ("Ontvang onze nieuwsbrief" · "Aanmelden"). A story's
 * crosshead there would have its section after it in the same container.
 */
function boxButtons(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  drop: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  for (const i of drop) {
    const j = i + 1;
    const group = blocks[i]!.group;
    if (!group || j >= blocks.length || drop.has(j) || blocks[j]!.group !== group) continue;
    if (blocks[j + 1]?.group === group || blocks[j]!.block.type !== 'paragraph') continue;
    const text = texts[j]!.trim();
    if (wordCount(text) <= BUTTON_WORDS && !/[.!?。！？:：,;]$/u.test(text)) found.push(j);
  }
  return found;
}

/**
 * A prompt and its neighbours: a signup box is a heading, a one-line blurb ("The day's top stories
 * in your inbox every morning") and a form, so a short block next to a prompt needs only one phrase.
 */
export function removeNewsletterPrompts(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const texts = blocks.map(blockText);
  const drop = new Set<number>();
  // Paywall lines: the meter and the login question.
  const meters = new Map<number, string>();
  // Quoted words of a headline count: its quote is the story's subject speaking. A story about the
  // press (a paper ending print) speaks of its newsletters as such a story does.
  const aboutNewsletters =
    countPhrases(ctx.headline.toLowerCase(), NEWSLETTER) > 0 || pageCues(ctx).aboutPress;
  texts.forEach((text, i) => {
    if (isNewsletterPrompt(text, aboutNewsletters) && !crosshead(blocks, texts, i)) drop.add(i);
    else if (isPaywallMeter(text)) meters.set(i, 'pattern:paywall-meter');
    else if (isSubscriberQuestion(text)) meters.set(i, 'pattern:subscriber-login');
    else if (isSubscriptionOffer(text)) meters.set(i, 'pattern:subscription-offer');
    else if (isUnlockedNote(text)) meters.set(i, 'pattern:unlocked-note');
    else if (isSubscribersOnlyNote(text)) meters.set(i, 'pattern:subscribers-only');
    else if (isLoginLine(text)) meters.set(i, 'pattern:login-line');
  });
  // A box's lines run on from its prompt (heading, blurb, the form's privacy note), each joining the
  // one before; in a story about newsletters only the prompt's next neighbours, which the story's
  // own lines on newsletters may be.
  const pending = [...drop];
  while (pending.length > 0) {
    const i = pending.pop()!;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= texts.length || drop.has(j)) continue;
      const text = texts[j]!;
      if (newsletterHits(text) >= 1 || (wordCount(text) <= BLURB_WORDS && scheduled(text))) {
        drop.add(j);
        if (!aboutNewsletters) pending.push(j);
      }
    }
  }
  for (const j of boxButtons(blocks, texts, drop)) drop.add(j);
  for (const i of paywallBoxLines(blocks, texts, new Set(meters.keys())))
    meters.set(i, 'pattern:paywall-box');
  if (drop.size === 0 && meters.size === 0) return blocks;
  return blocks.filter((_, i) => {
    const meter = meters.get(i);
    if (meter) ctx.removals.add('newsletter', meter, texts[i]!);
    else if (drop.has(i)) ctx.removals.add('newsletter', 'text-cues:newsletter', texts[i]!);
    else return true;
    return false;
  });
}

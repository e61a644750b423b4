/**
 * Blocks about the page rather than the article: reader-feedback prompts ("Was this article
 * helpful?"), app download prompts, short headings such as "About the author" or "Table of
 * contents" together with the one short block under them (the bio line or the contents list), and
 * what a donation widget leaves behind once its appeal is gone: its row of amount buttons, the
 * counter beside its progress bar, the line of payment methods under its button and, at the end of
 * the text, its "Remind me later" control.
 */
import type { SourcedBlock } from '../blocks.js';
import type { Element } from '../body/dom.js';
import { blocksToText } from '../text.js';
import type { Block } from '../types.js';
import {
  APP_DOWNLOAD,
  APP_PROMO,
  ASIDE_HEADINGS,
  FEEDBACK,
  FOREIGN_AGENT_LABEL,
  LATER_ALONE,
  NOT_READY,
  OWN_APP,
  PAYMENT_METHODS,
  PODCAST_PROMO,
  REMIND_LATER,
  TYPO_REPORT,
} from '../vocab/phrases/boilerplate.js';
import { SUPPORTER_TALLY } from '../vocab/phrases/donation.js';
import { amountLabelCount, perPeriod } from './amount-row.js';
import { bankLine, pageCues } from './appeal-cues.js';
import { blockText, unquoted, unquotedLower, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { findPhrase, isPhrase, linkShare, startPhrase } from './phrases.js';
import { bioVerbName, contactBioName, isAuthorBio } from './post-footer.js';
import { isProgressCounter } from './progress-counter.js';

/**
 * A heading about the page ("About the author"), alone or with the author's name after a colon
 * ("Sobre la autora: Lucía Parra").
 */
function asideHeading(text: string): boolean {
  const words = wordCount(text);
  if (words <= 5 && isPhrase(text.toLowerCase(), ASIDE_HEADINGS)) return true;
  const colon = text.indexOf(':');
  return (
    colon > 0 &&
    words <= ASIDE_HEADING_WORDS &&
    isPhrase(text.slice(0, colon).toLowerCase(), ASIDE_HEADINGS) !== null
  );
}
/** A heading with a name after it: the label and a name of a few words. */
const ASIDE_HEADING_WORDS = 8;

/** A file download line: a document type with its size ("PDF | 38 KB", "(docx, 1,2 MB)"). */
const DOWNLOAD =
  /(?<![a-z])(?:pdf|docx?|xlsx?|pptx?|odt|zip|epub)\b\s*[|,(–-]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?)\b/i;

/**
 * Separators between the items of a widget's line ("Card · PayPal", "iDEAL | Bancontact", "A — B"),
 * and "or" ("Bizum, tarjeta o domiciliación bancaria").
 */
const ITEM_SEPARATOR = /\s*[·•|/・,;]\s*|\s+[—–-]\s+|\s+(?:or|o|ou|oder|of|lub|albo|или|або)\s+|或|または/u;
const PAYMENT = new Set(PAYMENT_METHODS);

/** A line of payment methods: two or more separated items, nearly all of them payment-method names. */
export function isPaymentMethodLine(text: string): boolean {
  if (text.length > 120) return false;
  const lower = text.toLowerCase();
  const items = lower
    .split(ITEM_SEPARATOR)
    .map((item) => item.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter(Boolean);
  if (items.length < 2) return namesOnly(lower);
  const payments = items.filter((item) => PAYMENT.has(item)).length;
  return payments >= 2 && payments >= items.length * 0.75;
}

/** Words of a label beside a row of payment logos ("支持方式：", "Pagamento protetto da crittografia SSL"). */
const LOGO_LABEL_WORDS = 8;

/**
 * Whether the short line at `i` labels a row of payment logos in its own box: images right beside
 * it, two or more of whose alt texts are payment names ("支持方式：" before WeChat Pay, Alipay, PayPal).
 */
function labelsPaymentLogos(blocks: readonly SourcedBlock[], i: number, text: string): boolean {
  if (wordCount(text) > LOGO_LABEL_WORDS) return false;
  const group = blocks[i]!.group;
  const alts: string[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; ; j += step) {
      const block = blocks[j]?.block;
      if (block?.type !== 'image' || blocks[j]!.group !== group) break;
      alts.push(block.alt);
    }
  }
  // Half of them known suffices beside a label: local wallets ("Touch ’n Go eWallet") sit among cards.
  const names = alts.filter((alt) => PAYMENT.has(alt.toLowerCase().trim())).length;
  return names >= 2 && names * 2 >= alts.length;
}

/** Payment names side by side with only spaces between (logos' alt texts: "Steady Ko-fi iDEAL"). */
const FIRST_WORDS = new Set(PAYMENT_METHODS.map((m) => m.split(' ')[0]!));
const MOST_NAME_WORDS = Math.max(...PAYMENT_METHODS.map((m) => m.split(' ').length));

/** Whether a line is nothing but two or more payment names, read longest first word by word. */
function namesOnly(lower: string): boolean {
  // Most lines open with no payment name: one look at the first word spares the rest.
  const first = /^\S+/.exec(lower.trimStart())?.[0];
  if (first === undefined || !FIRST_WORDS.has(first)) return false;
  const words = lower.split(/\s+/).filter(Boolean);
  let names = 0;
  for (let i = 0; i < words.length; names++) {
    let n = Math.min(MOST_NAME_WORDS, words.length - i);
    while (n > 0 && !PAYMENT.has(words.slice(i, i + n).join(' '))) n--;
    if (n === 0) return false;
    i += n;
  }
  return names >= 2;
}

/**
 * An item of a campaign's goal ladder: a count of supporters, then what it pays for ("3 000
 * abonnés : embauche d'une photographe", "5,000 members: a Saturday print edition").
 */
const MILESTONE = new RegExp(`^(?:${SUPPORTER_TALLY.source})\\s*[:：–—-]`, 'iu');
/** Items of such a ladder's line are short. */
const MILESTONE_WORDS = 16;

/** A list whose every item, two or more, is a milestone of supporters (see `MILESTONE`). */
function milestoneLadder(items: readonly Block[][]): boolean {
  if (items.length < 2) return false;
  return items.every((item) => {
    const text = blocksToText(item);
    return wordCount(text) <= MILESTONE_WORDS && MILESTONE.test(text);
  });
}

/** A cheap first look for an app's noun before the full pattern (asked of every short block). */
const APP_NOUN_HINT = /app|apli|прилож|застос|додат|uygul|客户端|客戶端|应用|應用|アプリ/i;

/** Words of a line offering an app with no store named. */
const APP_OFFER_WORDS = 20;

/**
 * A line offering the outlet's app with no store named ("Download the Ledger app for breaking-news
 * alerts", "下载鹭城新闻客户端，第一时间收到预警推送"): short, and either no sentence ("Residents can
 * download the app to report potholes." is the story's) or the outlet's own app ("Scarica la nostra
 * app.", a portal's bracketed label before it).
 */
function appOffer(text: string, words: number): boolean {
  if (words > APP_OFFER_WORDS || !APP_NOUN_HINT.test(text) || !APP_DOWNLOAD.test(text)) return false;
  const line = text.trim();
  return !/[.!。！]$/.test(line) || OWN_APP.test(unquotedLower(text)) || PORTAL_LABEL.test(line);
}

/**
 * A Chinese portal's label in lenticular brackets opening the line ("【江南时报客户端】下载…"): the
 * site's own notice, never how a story's paragraph opens.
 */
const PORTAL_LABEL = /^【[^】]{1,12}】/u;

/**
 * The page's view counter ("Просмотров: 2 814", "Views: 1,204", "阅读 3.2万"): a word and a number,
 * maybe after the date and time it shares a line with.
 */
const VIEW_COUNT =
  /^(?:[\d.:/,\s-]+)?(?:views|просмотров|просмотры|переглядів|перегляди|aufrufe|vues|visualizzazioni|visualizaciones|visualizações|wyświetleń|wyświetlenia|weergaven|görüntülenme|zobrazení|阅读|閱讀|浏览|瀏覽|閲覧数)\s*[:：]?\s*\d[\d\s.,]*(?:万|萬|k)?$/iu;

/** The rule that marks a single block, or null. */
export function pageAsideRule(text: string): string | null {
  const words = wordCount(text);
  if (words <= 20 && TYPO_REPORT.test(text)) return 'text-cues:typo-report';
  if (words <= 25 && findPhrase(text.toLowerCase(), FEEDBACK)) return 'text-cues:feedback';
  if ((words <= 40 && APP_PROMO.test(text)) || appOffer(text, words)) return 'text-cues:app-promo';
  if (words <= 20 && PODCAST_PROMO.test(text)) return 'text-cues:podcast-promo';
  if (words <= 25 && DOWNLOAD.test(text)) return 'text-cues:download-link';
  if (words <= 6 && VIEW_COUNT.test(text.trim())) return 'pattern:view-count';
  if (words <= 60 && DISCLAIMER_HINT.test(text) && DISCLAIMER.test(text)) return 'text-cues:disclaimer';
  if (words <= 20 && PROGRAMME_NOTE.test(text)) return 'text-cues:programme-note';
  // The raw text first: unquoting costs four passes, and nearly no block holds the label at all.
  if (words <= 60 && FOREIGN_AGENT_LABEL.test(text) && FOREIGN_AGENT_LABEL.test(unquoted(text))) {
    return 'text-cues:foreign-agent-label';
  }
  return null;
}

/**
 * A site's disclaimer under a story ("免责声明：本文仅供参考，不构成投资建议", "This is not investment
 * advice"): its Chinese or Japanese label, or its words that the text is no advice. An English
 * "Disclaimer:" opens an author's own paragraph as often as a site's note.
 */
const DISCLAIMER =
  /^(?:免责声明|免責聲明|免責事項)\s*[:：]|不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|(?:is|does) not (?:constitute )?investment advice|keine anlageberatung|ne constitue pas un conseil en investissement|no constituye (?:una )?recomendación de inversión|non costituisce (?:una )?consulenza (?:finanziaria|d'investimento)|não constitui recomendação de investimento/iu;

/** A cheap first look for `DISCLAIMER`, asked of every short block. */
const DISCLAIMER_HINT = /免|投资|投資|invest|anlage|inversi|consulenza/i;

/** A broadcaster's note on when it aired the story ("Dieses Thema im Programm: WMR aktuell, 04.07.2025, 17:30 Uhr"). */
const PROGRAMME_NOTE =
  /^(?:dieses thema im programm|über dieses thema berichtete|this story (?:was )?(?:aired|broadcast) on|sujet diffusé dans)\b/iu;

/** Trailing blocks this short may be a widget's leftovers; a longer one ends the search. */
const TAIL_WORDS = 20;
const TAIL_BLOCKS = 5;

/**
 * A "Remind me later" / "Not now" control among the short blocks ending the text. A link (the
 * widget's button) may open with either kind of phrase; plain text must follow a removed appeal or
 * prompt, and a "Not now"-like word must then be the whole line, so "Not now, the mayor said." stays.
 */
function remindLaterRule(sb: SourcedBlock, ctx: CleanContext): string | null {
  if (sb.block.type !== 'paragraph') return null;
  const text = blockText(sb);
  if (wordCount(text) > 8) return null;
  const lower = text.toLowerCase();
  const link = linkShare(sb.block.children) > 0.5;
  if (!link && !ctx.removals.has('donation') && !ctx.removals.has('newsletter')) return null;
  // The widget's question may share the line ("Not a good time? Remind me next week").
  const remind = lower
    .split(/(?<=[?？!！])\s*/)
    .map((part) => startPhrase(part, REMIND_LATER))
    .find((found) => found !== null);
  const phrase = remind ?? (link ? startPhrase(lower, LATER_ALONE) : isPhrase(lower, LATER_ALONE));
  return phrase ? `phrase:${phrase.trim()}` : null;
}

/** "Not ready to support today?" as the last block, once the appeal it led to is gone. */
function notReadyRule(sb: SourcedBlock, ctx: CleanContext): string | null {
  if (sb.block.type !== 'paragraph' || !ctx.removals.has('donation')) return null;
  const text = blockText(sb);
  if (wordCount(text) > 8 || !/[?？]$/.test(text)) return null;
  const phrase = startPhrase(text.toLowerCase(), NOT_READY);
  return phrase ? `phrase:${phrase.trim()}` : null;
}

/** Where the text ends, before the author's bio that the post-footer cleaner takes later. */
function textEnd(blocks: SourcedBlock[]): number {
  let end = blocks.length;
  const isBio = (text: string): boolean =>
    isAuthorBio(text) || bioVerbName(text) !== null || contactBioName(text) !== null;
  while (end > 0 && blocks.length - end < 2 && isBio(blockText(blocks[end - 1]!))) end--;
  return end;
}

/** Index where the run of short blocks ending the text starts. */
function tailStart(blocks: SourcedBlock[], end: number): number {
  let start = end;
  while (start > 0 && end - start < TAIL_BLOCKS && wordCount(blockText(blocks[start - 1]!)) <= TAIL_WORDS) {
    start--;
  }
  return start;
}

/** Remind-me-later lines among the short blocks that end the text, once the other asides are gone. */
function removeRemindLeftovers(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const end = textEnd(blocks);
  const tail = tailStart(blocks, end);
  const rules = blocks.map((sb, i) => (i >= tail && i < end ? remindLaterRule(sb, ctx) : null));
  // The block left last once those go may be the widget's "Not ready?" question.
  let last = end - 1;
  while (last >= tail && rules[last]) last--;
  if (last >= tail && last < end) rules[last] = notReadyRule(blocks[last]!, ctx);
  return blocks.filter((sb, i) => {
    const rule = rules[i];
    if (rule) ctx.removals.add('donation', rule, blockText(sb));
    return !rule;
  });
}

/** Amount labels in a paragraph that holds nothing else, else 0. */
function amountLabels(sb: SourcedBlock | undefined): number {
  return sb?.block.type === 'paragraph' ? amountLabelCount(blockText(sb)) : 0;
}

/**
 * The end of a row of amount labels starting at `i` (its buttons may sit in one paragraph or in
 * several), when it holds two amounts or more; else `i`. One bare sum alone may be a figure set off.
 */
function amountRowEnd(blocks: SourcedBlock[], i: number): number {
  let amounts = 0;
  let end = i;
  for (let n = amountLabels(blocks[end]); n > 0; n = amountLabels(blocks[end])) {
    amounts += n;
    end++;
  }
  return amounts >= 2 ? end : i;
}

/** Words of a plan's name on a membership card ("Supporter", "Barco-escola", "Förderkreis Gold"). */
const PLAN_NAME_WORDS = 4;
/** Words of the line describing a plan between two cards ("A flexible plan you can cancel anytime."). */
const PLAN_NOTE_WORDS = 12;

/** A plan's name: a short heading or paragraph without figures. */
function planName(sb: SourcedBlock | undefined): boolean {
  if (!sb || (sb.block.type !== 'heading' && sb.block.type !== 'paragraph')) return false;
  const text = blockText(sb);
  return !/\d/.test(text) && wordCount(text) <= PLAN_NAME_WORDS;
}

/** A plan's price: one amount per period and nothing else ("R$ 15/mês", "$70/year"). */
function planPrice(sb: SourcedBlock | undefined): boolean {
  if (sb?.block.type !== 'paragraph') return false;
  const text = blockText(sb);
  return amountLabelCount(text) === 1 && perPeriod(text.toLowerCase());
}

/** A short line of prose describing a plan, without figures. */
function planNote(sb: SourcedBlock | undefined): boolean {
  if (sb?.block.type !== 'paragraph') return false;
  const text = blockText(sb);
  return !/\d/.test(text) && wordCount(text) <= PLAN_NOTE_WORDS;
}

/**
 * The end of a row of membership cards starting at `i` — each a plan's name over its price per
 * period, the cards but the last maybe with a short note — when it holds two cards or more; else
 * `i`. Prose never sets a name over a bare price per month twice in a row; a last card's note is
 * left, as it could be the story going on.
 */
function planCardsEnd(blocks: SourcedBlock[], i: number): number {
  let cards = 0;
  let end = i;
  for (;;) {
    if (!planName(blocks[end]) || !planPrice(blocks[end + 1])) break;
    cards++;
    end += 2;
    if (planNote(blocks[end]) && planName(blocks[end + 1]) && planPrice(blocks[end + 2])) end++;
  }
  return cards >= 2 ? end : i;
}

export function removePageAsides(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  const boxes = new Map<Element, boolean | null>();
  // The headline's keys, as the donation pass read them for this context.
  const topic = pageCues(ctx).topic;
  for (let i = 0; i < blocks.length; i++) {
    const sb = blocks[i]!;
    const text = blockText(sb);
    const rowEnd = amountRowEnd(blocks, i);
    // Not the amounts of a box the story quotes (see `introduced-box.ts`).
    if (rowEnd > i && !ctx.quoted?.has(sb)) {
      ctx.removals.add('donation', 'pattern:amount-row', blocks.slice(i, rowEnd).map(blockText).join(' '));
      i = rowEnd - 1;
      continue;
    }
    const cardsEnd = planCardsEnd(blocks, i);
    if (cardsEnd > i) {
      ctx.removals.add('donation', 'pattern:plan-cards', blocks.slice(i, cardsEnd).map(blockText).join(' '));
      i = cardsEnd - 1;
      continue;
    }
    if (sb.block.type === 'list' && milestoneLadder(sb.block.items)) {
      ctx.removals.add('donation', 'pattern:supporter-milestones', text);
      continue;
    }
    if (isProgressCounter(sb, boxes, topic)) {
      ctx.removals.add('donation', 'markup:progress-counter', text);
      continue;
    }
    const rule = pageAsideRule(text);
    if (rule) {
      ctx.removals.add('other', rule, text);
      continue;
    }
    if (sb.block.type === 'paragraph' && (isPaymentMethodLine(text) || labelsPaymentLogos(blocks, i, text))) {
      ctx.removals.add('donation', 'pattern:payment-methods', text);
      // The bank transfer offered beside the methods ("Of maak over naar NL91 ABNA …").
      const next = blocks[i + 1];
      if (next?.block.type === 'paragraph') {
        const nextText = blockText(next);
        if (bankLine(nextText, wordCount(nextText))) {
          ctx.removals.add('donation', 'pattern:payment-methods', nextText);
          i++;
        }
      }
      continue;
    }
    if (asideHeading(text)) {
      const next = blocks[i + 1];
      const nextIsShort =
        next &&
        next.block.type !== 'heading' &&
        (next.block.type === 'list' || wordCount(blockText(next)) <= 60);
      ctx.removals.add('other', 'heading:page-aside', nextIsShort ? `${text} ${blockText(next)}` : text);
      if (nextIsShort) i++;
      continue;
    }
    out.push(sb);
  }
  return removeRemindLeftovers(out, ctx);
}

/**
 * A row of amount labels ("£3 £7 £15", "5 €/mes 10 €/mes", "¥15/月 ¥30/月", "200 ₽ в месяц"):
 * the buttons of a donation or membership widget, kept as text by the prune pass. Prose never is a
 * list of bare sums, so such a row goes wherever it stands, in any language or script.
 */
import {
  AMOUNT_PERIOD_WORDS,
  AMOUNT_PERIODS,
  CURRENCIES,
  OTHER_AMOUNT,
} from '../vocab/phrases/boilerplate.js';
import { FREQUENCY_CHOICES } from '../vocab/phrases/donation.js';
import { alternation, phraseRegex } from './phrases.js';

const CURRENCY = alternation(CURRENCIES);
/** A figure, with thousands groups ("1 000", "2.500") and cents ("4,99"). */
const FIGURE = String.raw`\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const PERIOD = alternation(Object.values(AMOUNT_PERIODS).flat());
const PERIOD_WORDS = alternation(Object.values(AMOUNT_PERIOD_WORDS).flat());
/** CJK labels may name the period first ("每月¥15", "月額500円"). */
const PERIOD_FIRST = '每月|每年|月額|年額|毎月';

/** One amount label at the start of a lower-case text, its period included; ends where a word ends. */
const AMOUNT_LABEL = new RegExp(
  `^(?:(?:${PERIOD_FIRST})\\s*)?(?:(?:${CURRENCY})\\s?(?:${FIGURE})|(?:${FIGURE})\\s?(?:${CURRENCY}))` +
    `(?:\\s*[/／]\\s*(?:${PERIOD})|\\s+(?:${PERIOD_WORDS}))?(?![\\p{L}\\p{N}])`,
  'u',
);

/** The free-amount button, as whole words ("Other", not "Otherwise"). */
const OTHER = new RegExp(`^(?:${phraseRegex(Object.values(OTHER_AMOUNT).flat(), true).source})`);

/** What may stand between the labels of a row. */
const BETWEEN = /^[\s·|•,;/／、–—-]+/u;

/** A row's text is short; a longer block is prose. */
const MAX_LENGTH = 160;

/** Words of a button closing a row of amounts; no figure in it. */
const TAIL_WORDS = 3;
/** The closing button names a frequency ("Eenmalig iets geven", "Monthly"): "otherwise" is prose. */
const FREQUENCY_FIRST = new RegExp(
  `^(?:${phraseRegex(Object.values(FREQUENCY_CHOICES).flat(), true).source})`,
);

function buttonTail(rest: string): boolean {
  return (
    !/\d/.test(rest) && rest.trim().split(/\s+/).length <= TAIL_WORDS && FREQUENCY_FIRST.test(rest.trim())
  );
}

/**
 * How many amount labels `text` holds when it holds nothing else (separators, a free-amount
 * button, and after two amounts or more a short closing button aside), else 0.
 */
export function amountLabelCount(text: string): number {
  if (text.length > MAX_LENGTH || !/\d/.test(text)) return 0;
  let rest = text.toLowerCase();
  let count = 0;
  for (;;) {
    rest = rest.replace(BETWEEN, '');
    if (!rest) return count;
    const label = AMOUNT_LABEL.exec(rest);
    const other = label ? null : OTHER.exec(rest);
    // The widget's button may close the row ("€ 6 per maand € 60 per jaar Eenmalig iets geven").
    if (!label && !other) return count >= 2 && buttonTail(rest) ? count : 0;
    if (label) count++;
    rest = rest.slice((label ?? other)![0].length);
  }
}

/**
 * The free-amount phrases that say so alone ("Своя сумма", "Outro valor", "其他金额"): a bare
 * "Other" or "Anders" is no button by itself.
 */
const OTHER_PHRASES = alternation(
  Object.values(OTHER_AMOUNT)
    .flat()
    .filter((p) => p.includes(' ') || /[\u3040-\u9fff]{3}/.test(p) || /betrag$/.test(p)),
);
const OTHER_ALONE = new RegExp(`^(?:${OTHER_PHRASES})$`, 'u');
const OTHER_FIRST = new RegExp(`^(?:${OTHER_PHRASES})\\s+`, 'u');

/**
 * Whether a block is a widget's free-amount button on its own (`lower`: its lower-cased text), or
 * followed by another control's label in the same line ("Своя сумма Продолжить": the field and the
 * form's button, run together): `isControl` tells whether the rest is one.
 */
export function otherAmountButton(
  lower: string,
  isControl: (rest: string) => boolean = () => false,
): boolean {
  const text = lower.trim();
  if (OTHER_ALONE.test(text)) return true;
  const first = OTHER_FIRST.exec(text);
  return first !== null && isControl(text.slice(first[0].length));
}

/**
 * A widget's amount with what it pays for ("5 € al mese: un articolo d'archivio", "£10: a day in
 * court"): an amount label opening a short line, then a colon. `lower` is lower-cased.
 */
export function amountWithPurpose(lower: string): boolean {
  const label = AMOUNT_LABEL.exec(lower.trim());
  return label !== null && /^\s*[:：—–-]\s*\S/.test(lower.trim().slice(label[0].length));
}

/** An amount per period ("5 € al mese", "500円／月", "£60 a year"): what a membership costs. */
const PER_PERIOD = new RegExp(
  `(?:${FIGURE})\\s?(?:${CURRENCY})?\\s*(?:[/／]\\s*(?:${PERIOD})|(?:${PERIOD_WORDS}))(?![\\p{L}])`,
  'u',
);

export function perPeriod(lower: string): boolean {
  return PER_PERIOD.test(lower);
}

/**
 * The outlet's names as a page gives them (site name, publisher, title suffix), read into one
 * pattern that finds them in a block: with and without their article, declined in Cyrillic, shouted
 * in capitals, and by the short name readers use ("the Bulletin", "De Waadrand").
 */

import { hasCjk } from '../cjk.js';
import { NAME_ARTICLES, THIS_OUTLET_PHRASES } from '../vocab/phrases/newsroom.js';
import { alternation, escapeRegex, LETTER } from './phrases.js';
/**
 * The outlet's names as one case-sensitive pattern (names are proper nouns: "Diario del Sur", not
 * "del sur"). Alphabetic names must stand as whole words; names in scripts without spaces need not.
 */
export function outletPattern(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  // A short name ("The Ferrous") is no name of the outlet's when a capitalised word goes on from it:
  // "The Ferrous Valley Community Foundation" is another body's.
  const short = new Set(names.flatMap(shortNames));
  const patterns = [...names, ...names.map(withoutArticle).filter((n): n is string => n !== null), ...short]
    .sort((a, b) => b.length - a.length)
    .map((n) => {
      const body = (
        isShouted(n)
          ? anyCase(n)
          : CYRILLIC.test(n)
            ? declined(n)
            : POLISH.test(n)
              ? declinedPolish(n)
              : escapeRegex(n)
      ).replace(/\s+/g, '\\s+');
      if (hasCjk(n)) return eitherScript(body);
      const goesOn = short.has(n) && !names.includes(n) ? NAME_GOES_ON : '';
      return `(?<![${NAME_CHAR}])${body}(?![${NAME_CHAR}])${goesOn}`;
    });
  // No `u` flag: a new pattern is compiled for every page, and Unicode property classes made that
  // compile (and the first runs, interpreted) a visible share of the donation pass.
  return new RegExp(patterns.join('|'));
}

/**
 * Simplified and traditional forms of characters common in Chinese outlets' names: a site titled
 * "自由之声" writes "自由之聲" in its text, and the reverse.
 */
const HAN_PAIRS = [
  '声聲',
  '报報',
  '闻聞',
  '时時',
  '网網',
  '经經',
  '华華',
  '东東',
  '国國',
  '湾灣',
  '观觀',
  '众眾',
  '门門',
  '视視',
  '讯訊',
  '评評',
  '论論',
  '台臺',
  '广廣',
  '电電',
  '话話',
  '记記',
  '导導',
  '纪紀',
  '荣榮',
  '乡鄉',
  '县縣',
  '区區',
  '岛島',
  '边邊',
  '亚亞',
  '龙龍',
  '凤鳳',
  '兴興',
  '发發',
  '实實',
];
const HAN_CLASS = new Map<string, string>();
for (const [a, b] of HAN_PAIRS) {
  HAN_CLASS.set(a!, `[${a}${b}]`);
  HAN_CLASS.set(b!, `[${a}${b}]`);
}

/** A Chinese name's pattern matching either form of its characters (see `HAN_PAIRS`). */
function eitherScript(body: string): string {
  let out = '';
  for (const ch of body) out += HAN_CLASS.get(ch) ?? ch;
  return out;
}

/** A capitalised word after a name (Latin or Cyrillic), which makes it part of a longer one. */
const NAME_GOES_ON = '(?!\\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])';
const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_VOWEL_END = /[аяоеёыийьуюіїє]{1,2}$/;
const CASE_ENDING = "[а-яёіїєґ']";

/**
 * A Russian or Ukrainian name as its declined forms too ("Калуга Сегодня" → «Калугу Сегодня»,
 * "Онежский вестник" → «Онежского вестника»): each word of four letters or more takes a case
 * ending in place of its own final vowels.
 */
function declined(name: string): string {
  return name
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word) || word.length < 4 || !/^[\u0400-\u04ff]+$/.test(word)) return escapeRegex(word);
      const stem = word.replace(CYRILLIC_VOWEL_END, '');
      return stem.length >= 3 ? `${stem}${CASE_ENDING}{0,3}` : escapeRegex(word);
    })
    .join('');
}

/** Letters only Polish writes: a name holding one is declined as Polish ("Gazety Nadwarciańskiej"). */
const POLISH = /[ąęłńśźżć]/;
const POLISH_VOWEL_END = /[aeiouyąęó]{1,2}$/;
const POLISH_ENDING = '[a-ząęóśćńłżź]';

/**
 * A Polish name as its declined forms too ("Gazeta Nadwarciańska" → „Gazety Nadwarciańskiej",
 * „Gazecie …" aside): each word of five letters or more takes a case ending in place of its final
 * vowels. Capitals stay, so a common word ("gazety") does not match.
 */
function declinedPolish(name: string): string {
  return name
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word) || word.length < 5 || !/^[\p{L}]+$/u.test(word)) return escapeRegex(word);
      const stem = word.replace(POLISH_VOWEL_END, '');
      return stem.length >= 4 ? `${escapeRegex(stem)}${POLISH_ENDING}{0,3}` : escapeRegex(word);
    })
    .join('');
}

/**
 * A name in capitals throughout, of several words ("TERRAS DE BRAGANÇA" in a <title>): a logo's
 * style, while the text writes it "Terras de Bragança". One word in capitals is an acronym ("BBC").
 */
function isShouted(name: string): boolean {
  return /\s/.test(name) && name === name.toUpperCase() && name !== name.toLowerCase();
}

/** A name as a pattern of either case, letter by letter ("[Tt][Ee]…"), escaped. */
function anyCase(name: string): string {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    out += lower === ch.toUpperCase() ? escapeRegex(ch) : `[${ch}${lower}]`;
  }
  return out;
}

/** Words a name must keep without its article: "Times" alone is a common word, "Journal du Bocage" is not. */
const NAME_WORDS_LEFT = 2;

/** A name without its leading article ("Journal du Bocage" of "Le Journal du Bocage"), or null. */
function withoutArticle(name: string): string | null {
  const m = /^([^\s'’]+['’]|\S+\s+)(\S.*)$/u.exec(name);
  if (!m || !NAME_ARTICLE.has(m[1]!.trim().replace('’', "'").toLowerCase())) return null;
  const rest = m[2]!;
  return rest.split(/\s+/).length >= NAME_WORDS_LEFT && /^\p{Lu}/u.test(rest) ? rest : null;
}

export const NAME_ARTICLE = new Set(NAME_ARTICLES);

/**
 * The outlet calling itself "this paper" at the start of a block ("Questo giornale non ha un editore
 * alle spalle", "Este diario vive de sus lectores"): its name by another word. Not in a story about
 * the press, where "this newspaper" may be the one reported on.
 */
export const THIS_OUTLET = new RegExp(`^(?:${alternation(THIS_OUTLET_PHRASES)})(?![\\p{L}])`, 'iu');

/** Words for the kind of medium that may open an outlet's name. */
const MEDIA_NOUNS = new Set([
  'revista',
  'rivista',
  'revue',
  'magazine',
  'magazin',
  'magazyn',
  'журнал',
  'portal',
  'blog',
]);

/** Words for a newspaper that may open its name before the name's own article ("Nieuwsblad De Waadrand"). */
const PAPER_NOUNS = new Set(['nieuwsblad', 'dagblad', 'weekblad', 'krant', 'zeitung', 'journal', 'gazette']);

/** The end of a German or Dutch compound naming a paper ("Kiezkurier", "Dorfzeitung", "Wijkkrant"). */
const COMPOUND_PAPER_END = /\p{Ll}(?:kurier|zeitung|blatt|bote|anzeiger|krant|blad|courant)$/u;

/** The endings of Slavic adjectives of place ("Śląski", "Podlaska", "Київський", "Волжская"). */
const PLACE_ADJECTIVE_END = /(?:[sc]k|zk)(?:i|a|ie|y)$|(?:ськ|цьк|ск|цк)(?:ий|ій|ый|ая|а|е|ое)$/u;

/** A place's adjective opening a Dutch paper's name ("Leeuwarder", "Zeeuwse", "Haagsche"). */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:er|se|sche)$/u;
/** Head nouns of Dutch papers' names that are no compound ("De Stem", "De Gelderlander" aside). */
const DUTCH_PAPER_HEADS = new Set(['Stem', 'Bode', 'Courant', 'Gazet', 'Koerier']);

/** Russian and Ukrainian words for a paper, the noun of a name such as "Онежский вестник". */
const CYRILLIC_PAPER_NOUNS = new Set(['вестник', 'вісник', 'курьер', "кур'єр", 'кур’єр', 'листок']);

/**
 * English words for a paper that its own pages use for it after "the" ("the Bulletin", "the Review").
 * Not "Times", "Post", "Star", "News" or "Mirror": common words, and other papers' names.
 */
const ENGLISH_PAPER_NOUNS = new Set([
  'bulletin',
  'courier',
  'gazette',
  'herald',
  'tribune',
  'chronicle',
  'sentinel',
  'ledger',
  'dispatch',
  'review',
  'examiner',
  'observer',
  'signal',
  'beacon',
  'messenger',
  'journal',
  'advocate',
  'enquirer',
  'inquirer',
  'telegraph',
  'clarion',
  'argus',
]);

/** Letters of a word that may stand for the whole name ("Signal", "Voce"), at least. */
const SHORT_NAME_LETTERS = 4;

/**
 * The short names a paper goes by after an article: its head noun, last in English ("The Prairie
 * Signal" → "The Signal") and first in the Romance languages ("La Voce di Borgo" → "La Voce"). Only
 * for names of an article and two words or more, with a capitalised noun of four letters or more.
 */
function shortNames(name: string): string[] {
  const words = name.split(/\s+/);
  // A media noun and a name ("Revista Madero", "Magazin Kiezblick"): the name alone; not a place's
  // adjective ("Portal Śląski"), which alone is the region's ("w Wodzisławiu Śląskim").
  if (
    words.length === 2 &&
    MEDIA_NOUNS.has(words[0]!.toLowerCase()) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(words[1]!) &&
    !PLACE_ADJECTIVE_END.test(words[1]!)
  ) {
    return [words[1]!];
  }
  // A paper's kind before its own article and name ("Nieuwsblad De Waadrand"): the name with its article.
  if (
    words.length === 3 &&
    PAPER_NOUNS.has(words[0]!.toLowerCase()) &&
    NAME_ARTICLE.has(words[1]!.toLowerCase()) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(words[2]!)
  ) {
    return [`${words[1]} ${words[2]}`];
  }
  // An English paper named by its place and its kind ("Northgate Bulletin"): "the Bulletin", as its
  // own pages call it.
  const last = words[words.length - 1]!;
  if (
    words.length >= 2 &&
    words[0] !== 'The' &&
    ENGLISH_PAPER_NOUNS.has(last.toLowerCase()) &&
    /^\p{Lu}/u.test(last)
  ) {
    return [`The ${last}`, `the ${last}`];
  }
  // A German or Dutch compound on a paper's kind and a place after it ("Kiezkurier Ostend",
  // "Wijkkrant Noord"): the compound alone, as its own pages call it.
  if (words.length === 2 && COMPOUND_PAPER_END.test(words[0]!) && /^\p{Lu}\p{Ll}{5,}$/u.test(words[0]!)) {
    return [words[0]!];
  }
  // A Dutch paper named by its place's adjective and its head noun ("Leeuwarder Stadsblad", "Zeeuwse
  // Stem"): the noun with its article, as its own pages call it ("het Stadsblad", "Vriend van de Stem").
  if (
    words.length === 2 &&
    PLACE_ADJECTIVE.test(words[0]!) &&
    (DUTCH_PAPER_HEADS.has(last) || (COMPOUND_PAPER_END.test(last) && /^\p{Lu}\p{Ll}{5,}$/u.test(last)))
  ) {
    return ['de', 'De', 'het', 'Het'].map((article) => `${article} ${last}`);
  }
  // A Russian or Ukrainian paper named by an adjective and its kind ("Причорноморський вісник"): the
  // kind, capitalised, as its own pages write it («Вісника»); declined with the rest (see `declined`).
  if (words.length === 2 && CYRILLIC_PAPER_NOUNS.has(last.toLowerCase()) && /^\p{Ll}/u.test(last)) {
    return [last.charAt(0).toUpperCase() + last.slice(1)];
  }
  const article = words[0]!;
  if (words.length < 3 || !NAME_ARTICLE.has(article.toLowerCase())) return [];
  const out = new Set<string>();
  for (const noun of [words[1]!, words[words.length - 1]!]) {
    if (noun.length >= SHORT_NAME_LETTERS && /^\p{Lu}\p{Ll}+$/u.test(noun)) out.add(`${article} ${noun}`);
  }
  return [...out];
}

/** Quote marks around the outlet's bare name («Волинь сьогодні») are a style, not a quotation. */
export function unquoteName(raw: string, quotedOutlet: RegExp): string {
  if (!OPENING_QUOTE.test(raw)) return raw;
  return raw.replace(quotedOutlet, (_, name: string) => name);
}

const OPENING_QUOTE = /[«“„"‘‹「『]/;
/** Letters and digits that may not touch an outlet's name: Latin, Greek and Cyrillic (as LETTER). */
const NAME_CHAR = `A-Z0-9${LETTER}\\u0370-\\u03ff`;

/**
 * Ad slots that survived the markup pass: publisher and slot ids (`pub-1234567890`, `ca-pub-…`,
 * `div-gpt-ad-…`) and labels such as "Advertisement" or "– Anzeige –", alone or together in one
 * block (a slot's label above its id, "Advertisement · Scroll to continue").
 */
import type { Element } from 'domhandler';
import type { SourcedBlock } from '../blocks.js';
import { sameBox } from '../body/dom.js';
import { hasCjk } from '../cjk.js';
import { AD_LABELS } from '../vocab/phrases/boilerplate.js';
import { blockText, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { alternation, isPhrase, LETTER, startPhrase } from './phrases.js';

/** An Ad Manager unit's path, with or without its label ("adunit /2211/oko/art/mid"). */
const UNIT_PATH = /(?:ad[\s_-]?unit\s*[:：]?\s*)?\/\d{3,}(?:\/[\w.-]+)+/u;

/**
 * AdSense publisher ids, Google Publisher Tag slot ids (`div-gpt-ad-1718203345-2`), Yandex ad-block
 * ids (`yandex_rtb_R-A-2291844-3`, `adfox_170936402871`) and Ad Manager unit paths (`UNIT_PATH`), at
 * the start.
 */
const AD_ID = new RegExp(
  String.raw`^(?:(?:ca-)?pub-\d{6,}|(?:div-)?gpt-ad-[\w-]+|(?:yandex_rtb_)?r-a-\d+-\d+|adfox[-_][\w-]*\d[\w-]*|${UNIT_PATH.source})(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * A slot name carrying a standard ad size ("ad-gn-top-970x250", "cdl_sport_top_728x90", "300x250"):
 * the sizes of the ad industry's standard units, so a screen resolution ("1920x1080") is none.
 */
const SIZE_CODE =
  /^[a-z0-9_./-]*?(?<![0-9])(?:120|160|180|200|234|250|300|320|336|468|728|970|980)x(?:50|60|90|100|250|280|400|600)(?![0-9])[a-z0-9_./-]*(?![\p{L}\p{N}])/u;

const WORD_END = /[a-z0-9\u00c0-\u04ff]$/;

/**
 * Whether `token`, at the start of `text`, runs on into a word ("werbungskosten" after "werbung");
 * a CJK label needs no space before what follows ("広告ID"), nor does a Latin one before a CJK
 * label ("PR広告ID: MN-7711", two elements set side by side; "PR会社" is a word).
 */
function runsOn(token: string, text: string): boolean {
  const rest = text.slice(token.length);
  if (!WORD_END.test(token) || !/^[\p{L}\p{N}]/u.test(rest)) return false;
  return !(hasCjk(rest.slice(0, 1)) && startPhrase(rest, AD_LABELS) !== null);
}

/**
 * A label set right against its slot's code with no space, the two having been separate elements
 * ("Anzeigead-id: 29414", "PRad-id: 77602", "Reklamadiv-gpt-ad-1672831-0", "Рекламаadfox_1709364",
 * "ReklamaSlot: nk_inarticle_2",
 * "Publicitéemplacement : ms_article", "Publicidadid-anuncio 12098", "Pubblicitàslot-7731",
 * "Reklamapub-2601793570442"): the
 * letters before an id word, an ad server's id, or a slot's word and its colon or number.
 */
const GLUED_CODE =
  /(?:ad[\s_-]?(?:id|slot|unit)(?![\p{L}])|banner[\s_-]?id(?![\p{L}])|(?:div-)?gpt-ad|adfox[-_]|(?:ca-)?pub-\d{6}|id[\s_-]+(?:anuncio|annuncio|anúncio|annonce|anzeige|reklamy)(?![\p{L}])|slot[-_]\d|(?:slot|emplacement|posición|posição|posizione|platz|pozycja|positie|позиция|позиція)\s*[:：])/uy;
/** Longest label that may be glued to a code. */
const GLUED_LABEL_CHARS = 30;

/**
 * `lower` with a space put back between a label and the code or second label glued to it. Each place a code may
 * start is tried ("publicidadid-anuncio": "adid" could start a code after "publicid", but only
 * "publicidad" is a label).
 */
function unglued(lower: string): string {
  // Two labels run together ("рекламаместо для рекламы · слот 728x90-top").
  const first = startPhrase(lower, AD_LABELS);
  if (first && /^\p{L}/u.test(lower.slice(first.length)) && startPhrase(lower.slice(first.length), AD_LABELS))
    return `${first} ${lower.slice(first.length)}`;
  const reach = Math.min(GLUED_LABEL_CHARS, lower.length - 1);
  for (let at = 1; at <= reach; at++) {
    const c = lower.charCodeAt(at - 1);
    if (c >= 48 && c <= 57) break;
    // Glued means no space between: a label of several words ("spazio pubblicitario") still is one.
    if (c === 32) continue;
    GLUED_CODE.lastIndex = at;
    if (!GLUED_CODE.test(lower)) continue;
    const label = lower.slice(0, at);
    if (isPhrase(label, AD_LABELS) !== null) return `${label} ${lower.slice(at)}`;
  }
  return lower;
}

/** Words that introduce a slot's code after its label ("ref.", "slot", "ID:"), and such a code. */
const CODE_WORD =
  /^(?:id|\p{L}+-id|slot|ref\.?|unit|code|creative|código|codice|位|编号|編號|번호)(?![\p{L}\p{N}])/u;
/**
 * A slot's place on the page, numbered ("slot 3", "Platz 2", "emplacement 2", "Posizione: box-top-1",
 * "Позиция 3"): the slot word and a number or code after it, or a name the line's last number follows
 * ("Ad slot leaderboard · 7730").
 */
const SLOT_PLACE =
  /^(?:slot|adslot|ad slot|слот|platz|werbeplatz|position|posizione|posición|posição|emplacement pub(?:licitaire)?|emplacement|pozycja|positie|место|позиция|місце|позиція|位置)\s*[:：#]?\s*(?:[a-z0-9][\w./-]*\d[\w./-]*|\d+|[a-z]+(?:[-_][a-z0-9]+)+|[a-z]+(?=\s*[·|/:–-]?\s*\d+$))(?![\p{L}\p{N}])/iu;
const CODE = /^[a-z0-9][\w./-]*\d[\w./-]*(?![\p{L}\p{N}])/u;
/** A slot's name of hyphenated words ("artigo-meio", "hp-top"): a code only right after an id word. */
const SLOT_NAME = /^[a-z]+(?:[-_][a-z0-9]+)+(?![\p{L}\p{N}])/u;

/**
 * A slot's label with its id printed as text ("广告位ID：NLRB-PC-TOP-0931", "Ad slot ID: hp-top-3",
 * "Anzeige ID 40112", "ad-slot-id: 7731"): a label, an optional slot word, "ID", then a code with a
 * digit in it; a CMS's field name joins the words with hyphens or underscores.
 */
const SLOT_ID = new RegExp(
  `^(?:${alternation(Object.values(AD_LABELS).flat())})[\\s_-]*(?:(?:位|slot|unit)[\\s_-]*)?id\\s*[:：#]?\\s*` +
    '[a-z0-9][\\w\\-/.]*\\d[\\w\\-/.]*$',
  'u',
);

/**
 * The id word first, then the ad's noun, maybe after a preposition ("ID annuncio: gzv-ctop-7741",
 * "ID do anúncio: MRZ-TOP-0312", "ID объявления: 2291", "id-anuncio: dt-rp2-77310"), then a code
 * with a digit in it.
 */
const ID_FIRST =
  /^id[\s_-]+(?:(?:do|da|de|del|du|of)[\s_-]+)?(?:annuncio|anuncio|anúncio|annonce|anzeige|advert|ad|reklamy|ogłoszenia|объявления|рекламы|оголошення|реклами|advertentie)\s*[:：#]?\s*[a-z0-9][\w\-/.]*\d[\w\-/.]*$/u;

/**
 * "The story continues" in the languages newsclean reads: after an ad label it is the slot's note
 * to the reader ("Advert – article continues below", "PR・記事はこの下に続きます").
 */
const CONTINUES =
  /(?<![\p{L}])(?:continues?|continued|continuing|below|fortgesetzt|geht weiter|weiter|unten|suite|poursuivez|ci-dessous|continúa|sigue|continua|prosegue|ciąg dalszy|dalsza|verder|gaat verder|devam ediyor|pokračuje|pokračování|продолжение|продолжается|продовження|триває)(?![\p{L}])|続きます|続く|继续|繼續/u;
/** An ad label ending a line ("… après cette publicité"), as a whole word. */
const LABEL_LAST = new RegExp(`(?<![${LETTER}])(${alternation(Object.values(AD_LABELS).flat())})[\\s.!…]*$`);

/** Such a note is a line: "Advert" in a longer sentence is the story's. */
const CONTINUES_WORDS = 8;

/** An age rating that some markets print beside the label ("Реклама 18+"); no label by itself. */
const AGE_MARK = /^\d{1,2}\+/;

/** What may stand between labels and ids: spaces, dashes, brackets, bullets. */
const BETWEEN = /^[\s\p{P}\p{S}]+/u;

/** A slot's text is short; a longer block is prose that happens to mention advertising. */
const MAX_LENGTH = 120;

/**
 * The rule that marks `text` as an ad remnant, or null: the text must be nothing but ad labels and
 * ad ids. Each label must end where a word ends, so "Werbungskosten" or "Anzeige erstattet" stay.
 */
export function adRule(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  let rest = unglued(text.toLowerCase());
  if (SLOT_ID.test(rest) || ID_FIRST.test(rest)) return 'pattern:ad-id';
  // The ad's id first, then its copy ("ID reklamy 3097 · Pizzeria Bulwar – zamów przez telefon"); the
  // split only for a line opening as `ID_FIRST` does, which nearly none does.
  if (rest.startsWith('id')) {
    const parts = rest.split(/\s+[·|]\s+/);
    if (parts.length === 2 && ID_FIRST.test(parts[0]!) && wordCount(parts[1]!) <= AD_COPY_WORDS)
      return 'pattern:ad-id';
  }
  let label: string | null = null;
  let id = false;
  let afterCodeWord = false;
  for (;;) {
    rest = rest.replace(BETWEEN, '');
    if (!rest) break;
    // After the label, the slot's id line in words ("Reklama · ID reklamy: 55102").
    // Or its server's label and the slot's name ("Pubblicità adunit: gds_in_article_1").
    if (label && (CODE_LINE.test(rest) || (SERVER_LABEL.test(rest) && codeLine(rest))))
      return 'pattern:ad-id';
    const idMatch = AD_ID.exec(rest) ?? SIZE_CODE.exec(rest);
    const found = idMatch ? null : startPhrase(rest, AD_LABELS);
    // After a label or id, the slot's own code may follow ("ref. dm-mrec-02", "/ slot 7730021"); right
    // after an id word, a slot's name needs no digit ("ID: artigo-meio").
    const code: RegExpExecArray | null =
      idMatch || found || (!label && !id)
        ? null
        : (SLOT_PLACE.exec(rest) ??
          CODE_WORD.exec(rest) ??
          CODE.exec(rest) ??
          (afterCodeWord ? SLOT_NAME.exec(rest) : null));
    afterCodeWord = !!code && CODE_WORD.test(code[0]);
    const token = idMatch?.[0] ?? found ?? code?.[0] ?? AGE_MARK.exec(rest)?.[0];
    // A token ends where a word ends; a CJK label needs no space before what follows ("広告ID"). A
    // label glued to its slot's code was split before the loop (see `unglued`).
    if (!token || runsOn(token, rest)) return null;
    if (idMatch) id = true;
    else if (found) label ??= found;
    rest = rest.slice(token.length);
  }
  if (id) return 'pattern:ad-id';
  return label ? `phrase:${label}` : null;
}

/**
 * A slot's label with its "story continues" note in one line ("Advert continues after this line"),
 * or the note naming the ad last ("Continúa después de la publicidad", "La suite après cette publicité").
 */
function continuesRule(text: string): string | null {
  const lower = text.toLowerCase().replace(BETWEEN, '');
  const last = LABEL_LAST.exec(lower)?.[1];
  if (last && CONTINUES.test(lower.slice(0, -last.length)) && continuesNote(text)) return `phrase:${last}`;
  const label = startPhrase(lower, AD_LABELS);
  if (!label || !CONTINUES.test(lower.slice(label.length))) return null;
  // The label ends where a word ends ("Advertisers continue …" is a sentence about advertisers).
  if (runsOn(label, lower)) return null;
  return continuesNote(text) ? `phrase:${label}` : null;
}

/** A note is a line that ends no sentence: "… continued the debate about advertising." is the story's. */
function continuesNote(text: string): boolean {
  return wordCount(text) <= CONTINUES_WORDS && !/[.!?]$/.test(text.trim());
}

/**
 * Russian law marks every ad with a registry token ("erid: 2VtzqxPe3Yb", often after the
 * advertiser's name and tax number): a line that carries one is the ad's legal label.
 */
const ERID = /(?<![\p{L}\p{N}])erid\s*[:：]?\s*[a-z0-9]{6,}(?![\p{L}\p{N}])/iu;
const ERID_LENGTH = 200;

/**
 * A slot's code on a line of its own, right after the slot's label in the same box: an id or number
 * word with up to three words around it ("R-ID 7f3c-22a9", "Werbeplatz-ID 88213", "id-pub : 70513", "ID: 40112", "ID рекламного места: 4412",
 * "anúncio n.º 55120", "Kennung: hh-inread-7731") then a code with a digit, or a code of letters and digits alone ("hp-top-3");
 * a bare number or date there may be the story's.
 */
const CODE_LINE =
  /^(?:(?:[\p{L}.-]+\s+){0,3}(?:\p{L}{1,12}[-_\s]?)?(?:id|n\.?\s?º|n\.?\s?o\.|nr\.?|№|номер|numer|número|numéro|nummer|numero|kennung|identifiant|identificador|identificativo|identyfikator|идентификатор|ідентифікатор|编号|編號|番号)(?:[\s-]+[\p{L}-]+){0,3}\s*[:：#=]?\s*[a-z0-9][\w./-]*\d[\w./-]*|(?=[\w./-]*[a-z])[a-z0-9][\w./-]*\d[\w./-]*)$/iu;

/**
 * Between the parts of a slot's code line: "Platz 2 · ID 30815", "ad-id : 22871 / echo_art_top",
 * "dds-robapaginas-1 (ID 50912)".
 */
const CODE_PARTS = /\s*[·•|/()]\s*/u;

/** An ad server's or slot's label before a slot's name ("adunit:", "slot:", "gpt:", "adriver:"). */
const SERVER_LABEL =
  /^(?:ad[\s_-]?unit|ad[\s_-]?slot|slot|gpt|dfp|gam|adriver|adfox|adform|placement|zone)\s*[:：]\s*/;

/**
 * An ad format or server named in a slot's name ("gg-top-leaderboard", "fda-dfp-meio-materia"): a
 * slot's name with no digit, which a code line otherwise needs.
 */
const AD_FORMAT =
  /(?<![a-z])(?:leaderboard|billboard|skyscraper|mrec|rectangle|half-?page|robapaginas?|inread|interstitial|superbanner|sticky|dfp|gpt|adslot|native)(?![a-z])/;

/** Whether the whole text is a slot's name of hyphenated words (see `SLOT_NAME`). */
function wholeSlotName(text: string): boolean {
  return SLOT_NAME.exec(text)?.[0].length === text.length;
}

/**
 * A slot's code line in parts (see `CODE_PARTS`), each an id with its code (`CODE_LINE`), the slot's
 * place (`SLOT_PLACE`), its name ("echo_art_top") or an ad label ("スポンサー枠"); one part at least
 * carries a digit, so a line of words alone ("Kultur / Region") is none.
 */
function codeLine(lower: string): boolean {
  if (CODE_LINE.test(lower)) return true;
  // The slot's place alone ("emplacement : rpm_article_milieu").
  if (SLOT_PLACE.exec(lower)?.[0].length === lower.length) return true;
  // An ad server's or slot's label before the name ("adunit: ecp-entrevistas-mid", "gpt: fp_materia_meio_1").
  const named = SERVER_LABEL.exec(lower);
  if (named) {
    const rest = lower.slice(named[0].length);
    if (wholeSlotName(rest) || CODE_LINE.test(rest)) return true;
  }
  // A slot's whole name with an ad format in it, digits or none.
  if (wholeSlotName(lower) && AD_FORMAT.test(lower)) return true;
  // An Ad Manager unit's path is one part, though its slashes separate others.
  const parts = lower
    .replace(UNIT_PATH, 'unit-1')
    .split(CODE_PARTS)
    .filter((p) => p !== '');
  if (parts.length < 2 || !parts.some((p) => /\d/.test(p))) return false;
  // A bare number beside a code is the slot's ("articolo-top-2 / 88410"); numbers alone are none.
  if (parts.every((p) => /^\d+$/.test(p))) return false;
  return parts.every((part) => {
    if (/^\d+$/.test(part) || SIZE_CODE.test(part)) return true;
    if (CODE_LINE.test(part) || SLOT_NAME.test(part)) return true;
    const place = SLOT_PLACE.exec(part);
    if (place) return place[0].length === part.length;
    const label = startPhrase(part, AD_LABELS);
    return label !== null && /^枠?$/u.test(part.slice(label.length));
  });
}

/** A code-like name of words joined by underscores. */
const UNDERSCORE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** An ad's copy is a line or two. */
const AD_COPY_WORDS = 30;

/**
 * A box holding just a slot's label and one short block after it ("<div><p>Anzeige</p><p>Fahrradladen
 * …: Frühjahrscheck für 39 Euro</p></div>"): that block is the ad's copy. Only when the label opens
 * the box and the block closes it, so a label above the story's own paragraphs takes none of them.
 */
function adCopy(blocks: readonly SourcedBlock[], label: number, i: number): boolean {
  const box = blocks[i]!.group;
  return (
    box !== null &&
    blocks[label]!.group === box &&
    blocks[label - 1]?.group !== box &&
    blocks[i + 1]?.group !== box &&
    wordCount(blockText(blocks[i]!)) <= AD_COPY_WORDS
  );
}

export function removeAdRemnants(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  let labelBox: Element | null | undefined;
  let labelAt = -1;
  return blocks.filter((sb, i) => {
    const text = blockText(sb);
    // In one box with the label, or right after it where neither sits in a box of its own.
    const followsLabel =
      (!!labelBox && !!sb.group && sameBox(labelBox, sb.group)) ||
      (labelBox === null && sb.group === null && labelAt === i - 1);
    const afterLabel = followsLabel && labelAt === i - 1;
    labelBox = undefined;
    const rule =
      adRule(text) ??
      continuesRule(text) ??
      (text.length <= ERID_LENGTH && ERID.test(text) ? 'pattern:erid' : null) ??
      (followsLabel && codeLine(text.toLowerCase()) ? 'pattern:ad-id' : null) ??
      // Right under the label in its box, a slot's name in underscores needs no figure
      // ("dvho_artikel_mid"); hyphened words may be a name ("stadt-und-land").
      (afterLabel && sb.group && sb.block.type === 'paragraph' && UNDERSCORE_NAME.test(text.trim())
        ? 'pattern:ad-id'
        : null) ??
      (afterLabel && adCopy(blocks, i - 1, i) ? 'box:ad-copy' : null);
    if (!rule) return true;
    labelBox = sb.group;
    labelAt = i;
    ctx.removals.add('ad', rule, text);
    return false;
  });
}

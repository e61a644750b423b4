/**
 * Credits and bylines inside the body: image-optimizer credits ("Optimized by Optimole"), photo
 * credits ("Photo: Reuters"), datelines ("Posted on 3 May 2025"), short "By Jane Doe" lines and
 * the captions under images (see `captions.ts`). Metadata holds authors; the text should not. Only
 * short blocks qualify, and a byline must look like a name (capitalised words).
 */
import type { SourcedBlock } from '../blocks.js';
import { hasCjk } from '../cjk.js';
import { execAll } from '../regex.js';
import {
  CREDIT_PREFIXES,
  DATELINE_PREFIXES,
  IMAGE_CREDIT_WORDS,
  IMAGE_NOUNS,
  IMAGE_SERVICE_VERBS,
  IMAGE_SERVICES,
  IMAGE_SERVICES_WORDLIKE,
  SITE_BUILDERS,
} from '../vocab/phrases/boilerplate.js';
import { blockText, SENTENCE_END, wordCount } from './block-text.js';
import { captionIndexes } from './captions.js';
import type { CleanContext } from './context.js';
import { escapeRegex, findPhrase, phraseRegex, startPhrase } from './phrases.js';

/**
 * "Optimized by Optimole", "Powered by SmartAsset": a vendor's label. A bare "powered by" ending in
 * a full stop is written as a sentence (a story quoting a machine's label); vendor labels have none.
 */
const OPTIMIZER =
  /^(?:(?:optimi[sz]ed|compressed) by\s+\S+(?:\s+\S+)?|powered by\s+\S+(?:\s+\S+)?(?<![.!]))$/i;
/** The same credit naming a vendor no list knows ("Compressed with Tinyframe", "Image delivery by Acme CDN"). */
const ANY_OPTIMIZER =
  /^(?:compressed|images?\s+(?:optimi[sz]ed|optimi[sz]ation|compressed|compression|delivered|delivery|served|accelerated))\s+(?:by|with|via)\s+\S+(?:\s+\S+)?$/i;
/** "Powered by HubSpot CMS image resizer": any vendor, when the line says it is an image tool. */
const IMAGE_TOOL_CREDIT =
  /^(?:powered|served|resized|delivered|optimi[sz]ed|processed)\s+(?:by|with|via)\s+(?:\S+\s+){0,4}image\s+(?:resizer|resizing|optimi[sz]er|optimi[sz]ation|cdn|compressor|compression|proxy|service)s?$/i;
/** An image service's name as a whole word ("ShortPixel", "Imagify"), in any script around it. */
const IMAGE_SERVICE = new RegExp(phraseRegex(IMAGE_SERVICES, true).source, 'i');
const IMAGE_SERVICES_ALL = new RegExp(IMAGE_SERVICE.source, 'gi');

/**
 * An image plugin's credit in any wording or language ("Images compressées par Imagify",
 * "画像はShortPixelで最適化されています"): a short line naming an image service and what it did.
 */
function isImageServiceCredit(text: string, words: number): boolean {
  if (words > 10 || text.length > 100 || !IMAGE_SERVICE.test(text)) return false;
  // The name goes first: a CJK verb right after it ("imgix加速") would not start a word.
  const rest = text.toLowerCase().replace(IMAGE_SERVICES_ALL, ' ');
  return findPhrase(rest, IMAGE_SERVICE_VERBS) !== null || isNameCredit(text, rest);
}

const CREDIT_WORDS = new RegExp(phraseRegex(IMAGE_CREDIT_WORDS, true).source, 'gi');
const WORDLIKE = new Set(IMAGE_SERVICES_WORDLIKE);

/**
 * The service's name with nothing but picture words, "by"/"via" and punctuation around it
 * ("Optimole", "Bilder: Optimole", "Afbeeldingen via ShortPixel"). A name that is also a word
 * ("Kraken") needs what the service did.
 */
function isNameCredit(text: string, rest: string): boolean {
  const names = text.toLowerCase().match(IMAGE_SERVICES_ALL) ?? [];
  if (names.every((name) => WORDLIKE.has(name))) return false;
  return !/[\p{L}\p{N}]/u.test(rest.replace(CREDIT_WORDS, ' '));
}

/** Pictures first: an image noun, or a German compound on "Bild" ("Bildauslieferung: …"). */
const IMAGE_NOUN_FIRST = new RegExp(`^(?:${phraseRegex(IMAGE_NOUNS, true).source}|bild\\p{L}+)`, 'iu');
/**
 * A vendor's name: a capitalised Latin word after the first ("ImgSqueeze", "Bunny CDN"), a
 * Cyrillic name ending the line after "by the service" ("… сервисом Сжималка"), or a Latin name
 * after a CJK "by" or before a Japanese "with" ("圖片由 Cloudflare 優化", "画像は Acme で最適化").
 */
const VENDOR_NAME =
  /\s[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9.-]*|\s[A-Z][a-z]+\s+(?:CDN|Images?)\b|\bCDN\b|\s(?:by|with|via|con|por|par|przez|через|від|от|da|door|von|mit|durch|de)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?$|\s(?:сервисом|сервісом|службой|через|от|від)\s+[«"]?[А-ЯЁІЇЄҐ][\p{L}.-]+[»"]?$|(?:由|经由|經由|通过|通過|透过|透過)\s*[A-Z][\w.-]+|[A-Z][\w.-]+\s*(?:で|により|によって|を使って)/u;
/** "This site's pictures …" ("本站图片由 …"): the site before the pictures. */
const SITE_PREFIX = /^(?:本站|本网|本網|当サイトの|サイトの)/;

/**
 * The same credit for a service no list knows, in any language: a short line, no sentence, that
 * opens with pictures, says what was done to them and names a vendor ("Zdjęcia optymalizowane
 * przez ImgSqueeze", "Зображення доставлено через Bunny CDN", "图片加速服务由 ImgSwift 提供"). A
 * caption ("Images delivered by drone show the flood") names no vendor.
 */
function isUnknownServiceCredit(text: string, words: number): boolean {
  if (words > 8 || text.length > 80 || SENTENCE_END.test(text)) return false;
  const lower = text.toLowerCase();
  if (!IMAGE_NOUN_FIRST.test(lower.replace(SITE_PREFIX, ''))) return false;
  return VENDOR_NAME.test(text) && findPhrase(lower, IMAGE_SERVICE_VERBS) !== null;
}

/**
 * A site builder's credit, a verb of making and the platform's name and nothing else ("Made on Tilda",
 * "Built with Ghost", "Сделано на Tilda", "Erstellt mit Jimdo").
 */
const SITE_BUILDER_CREDIT = new RegExp(
  String.raw`^(?:proudly\s+)?(?:made|built|created|powered|published|сделано|создано|работает|зроблено|створено|erstellt|gemacht|réalisé|fait|propulsé|hecho|creado|realizzato|fatto|feito|criado|zrobione|stworzone|gemaakt)\s+(?:on|with|by|in|using|на|с|з|mit|avec|sur|par|con|en|com|em|w|przy|met|op)\s+(?:the\s+)?(?:${SITE_BUILDERS.map(escapeRegex).join('|')})\.?$`,
  'iu',
);

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
const COPYRIGHT_SIGN = /^(?:©|\(c\))\s*\d{4}/i;
/**
 * A rights or reuse notice without the © sign ("本文为东海新闻原创，未经授权不得转载。", "無断転載を禁じます",
 * "Alle Rechte vorbehalten."): the site's small print under a story.
 */
const RIGHTS_NOTICE =
  /all rights reserved|may not be (?:published|reproduced|republished|reprinted)|перепечатка[^.]{0,40}(?:только|лишь) с[^.]{0,20}разрешения|при перепечатке|передрук[^.]{0,40}(?:лише|тільки) з[^.]{0,20}дозволу|при передруку|nachdruck[^.]{0,30}nur mit[^.]{0,20}genehmigung|reproduction interdite|toute reproduction[^.]{0,40}interdite|prohibida (?:su|la) reproducción|riproduzione riservata|vietata la riproduzione|(?:é )?proibida a reprodução|przedruk[^.]{0,40}(?:tylko|wyłącznie) za[^.]{0,20}zgodą|overname[^.]{0,40}(?:alleen|uitsluitend) met[^.]{0,20}toestemming|原创不易|原創不易|转载请联系|轉載請聯繫|如需转载|如需轉載|禁止转载|禁止轉載|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|усі права захищені|всі права захищені|wszelkie prawa zastrzeżone|alle rechten voorbehouden|未经(?:授权|许可|允许)[^。]{0,6}(?:不得|禁止)转载|未經(?:授權|許可)[^。]{0,6}(?:不得|禁止)轉載|转载请注明|轉載請註明|版权所有|版權所有|無断転載|無断複製/i;
/** A Creative Commons licence on a line ("Все материалы доступны по лицензии CC BY-NC 4.0"). */
const CC_LICENSE = /(?<![\p{L}])(?:cc[\s-]by(?:[\s-](?:nc|nd|sa))*|creative commons)(?![\p{L}])/iu;
/** Such a notice is a line or two, not a paragraph on copyright law. */
const RIGHTS_NOTICE_WORDS = 30;
/**
 * "来源：新华社" on a line of its own: the wire or paper a Chinese portal took the story from. A
 * list of the story's own sources ("来源：一审判决书 · 本报相关报道") is the story's.
 */
const WIRE_SOURCE = /^(?:来源|來源)[:：]\s*[^\s·、；;,，。]{1,20}$/u;

/** A caption ending in its picture credit ("Marco Odermatt, ski star. © AFP / Marco Bertorello"). */
const TRAILING_CREDIT = /\s(?:©|\(c\)|\(©)\s*[^\s.!?©][^.!?©]{0,60}$/iu;
/** A bare date and/or time ("12.12.2022, 08:30 Uhr", "March 3, 2025 at 10:15 am"). */
const DATE_ONLY =
  /^(?:\p{L}+,?\s+)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+|del\s+)?\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})(?:,?\s*(?:\p{L}{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?(?:\s*\|.*)?[\s,;]*$/iu;
/** A word prefix (by/von/par/…) that must be followed by a name, not a number or a clause. */
const NAME_PREFIX = /^(?:by|von|par|por|di|door|written by|reporting by)\s/i;
const NAME = /^(?:[\p{Lu}][\p{L}'’.-]*|and|und|et|y|e|i|en|&|,)(?:\s|$)/u;

function looksLikeName(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  return words.length > 0 && words.length <= 6 && words.every((w) => NAME.test(`${w} `));
}

/** Where a byline's names may end and its date begin ("Jane Doe, March 3, 2025", "Jane Doe · 3.3.2025"). */
const NAME_DATE_SPLIT = /\s*[,·|–—]\s*|\s+-\s+/g;

/** Names followed by a bare date with no "By" ("Jane Doe · 3 March 2025"): a byline row. */
function isNamesThenDate(text: string): boolean {
  for (const sep of execAll(NAME_DATE_SPLIT, text)) {
    const names = text.slice(0, sep.index);
    if (names && looksLikeName(names) && DATE_ONLY.test(text.slice(sep.index + sep[0].length))) return true;
  }
  return false;
}

/** After a date, a separator and then a sentence: "Updated 25 May: the council confirmed the figures." */
const DATE_THEN_SENTENCE = /\d[^:–—]{0,40}[:–—]\s+(\S+(?:\s+\S+){3,})$/u;

/**
 * "Updated 25 May: the council confirmed …" is the article's own update note, news a reader needs,
 * while "Updated 25 May 2025, 14:05" is a stamp. The note goes on with a whole sentence after the date.
 */
function isUpdateNote(text: string): boolean {
  const sentence = DATE_THEN_SENTENCE.exec(text)?.[1];
  return sentence !== undefined && /[.!?…"»”)]$/u.test(sentence);
}

/** Names alone, or names followed by a bare date: the visible byline row of many plain pages. */
function looksLikeNameThenDate(rest: string): boolean {
  return looksLikeName(rest) || isNamesThenDate(rest);
}

/** The rule that marks `text` as a credit or byline, or null. */
const CJK_SENTENCE = /[，。！？]/u;

export function creditRule(text: string): string | null {
  const rule = oneCredit(text);
  if (rule !== null || !text.includes(' · ')) return rule;
  // Credits set on one line ("Immagini ottimizzate con Optimole · Foto di copertina: archivio …").
  const parts = text.split(' · ');
  return parts.every((part) => oneCredit(part.trim()) !== null) ? oneCredit(parts[0]!.trim()) : null;
}

function oneCredit(text: string): string | null {
  if (OPTIMIZER.test(text)) return 'pattern:optimizer-credit';
  const words = wordCount(text);
  if (isImageServiceCredit(text, words)) return 'pattern:image-service-credit';
  if (words <= 6 && SITE_BUILDER_CREDIT.test(text)) return 'pattern:site-builder-credit';
  if (ANY_OPTIMIZER.test(text) || IMAGE_TOOL_CREDIT.test(text) || isUnknownServiceCredit(text, words))
    return 'pattern:optimizer-credit';
  // A © notice is a site footer however long ("© 2024 The Gazette. All rights reserved. Reuse …").
  if (COPYRIGHT_SIGN.test(text) && words <= 40) return 'pattern:copyright';
  if (words <= RIGHTS_NOTICE_WORDS && RIGHTS_NOTICE.test(text)) return 'pattern:copyright';
  if (words > 15) return null;
  if (COPYRIGHT.test(text) && words <= 12) return 'pattern:copyright';
  if (CC_LICENSE.test(text)) return 'pattern:copyright';
  if (words <= 10 && isNamesThenDate(text)) return 'pattern:byline';
  if (TRAILING_CREDIT.test(text)) return 'pattern:caption-credit';
  if (WIRE_SOURCE.test(text)) return 'pattern:wire-source';
  // A date row may open with the separator that followed a byline link ("· 14 марта 2025, 10:15").
  if (words <= 8 && DATE_ONLY.test(text.replace(/^[·•|–—-]\s*/, ''))) return 'pattern:date';
  const lower = text.toLowerCase();
  if (words <= 14 && /\d/.test(text) && startPhrase(lower, DATELINE_PREFIXES) && !isUpdateNote(text)) {
    return 'pattern:dateline';
  }
  const prefix = startPhrase(lower, CREDIT_PREFIXES);
  if (!prefix) return null;
  // A Chinese or Japanese credit is a label and names ("记者 张三 摄"); with a comma or a full stop
  // it is a sentence of the story ("记者联系了本市12位作者，…").
  if (hasCjk(prefix) && CJK_SENTENCE.test(text)) return null;
  if (NAME_PREFIX.test(lower)) {
    const rest = text.replace(NAME_PREFIX, '');
    return looksLikeNameThenDate(rest) && !/[.!?]$/.test(text) ? 'pattern:byline' : null;
  }
  return `phrase:${prefix.trim()}`;
}

export function removeCredits(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const captions = captionIndexes(blocks);
  const rules = blocks.map((sb, i) => {
    if (sb.block.type !== 'paragraph') return null;
    return creditRule(blockText(sb)) ?? (captions.has(i) ? 'pattern:image-caption' : null);
  });
  footerLinks(blocks, rules);
  return blocks.filter((sb, i) => {
    const rule = rules[i];
    if (!rule) return true;
    ctx.removals.add(rule === FOOTER_LINK ? 'other' : 'credit', rule, blockText(sb));
    return false;
  });
}

const FOOTER_LINK = 'pattern:footer-link';
/** Lines of a site's footer box: a few, each a label of a few words. */
const FOOTER_LINES = 8;
const FOOTER_LINK_WORDS = 5;

/**
 * The lines of the site's footer after a copyright line ("© 2025 Heraldo del Ebro …" · "Aviso
 * legal" · "Política de privacidad"): the lines after it in its container (or, outside any, after
 * it in the text) while each is a short label that ends no sentence; all of them or none, and
 * the footer ends the text or its container.
 */
function footerLinks(blocks: readonly SourcedBlock[], rules: (string | null)[]): void {
  rules.forEach((rule, i) => {
    if (rule !== 'pattern:copyright') return;
    const box = blocks[i]!.group;
    const label = (j: number): boolean => {
      const sb = blocks[j];
      if (!sb || sb.group !== box || sb.block.type !== 'paragraph') return false;
      const text = blockText(sb).trim();
      return wordCount(text) <= FOOTER_LINK_WORDS && !/[.!?。！？]$/u.test(text);
    };
    let end = i;
    while (end + 1 < blocks.length && end - i < FOOTER_LINES && label(end + 1)) end++;
    if (end === i || (end + 1 < blocks.length && blocks[end + 1]!.group === box)) return;
    for (let j = i + 1; j <= end; j++) rules[j] ??= FOOTER_LINK;
  });
}

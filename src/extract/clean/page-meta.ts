/**
 * Lines about the page rather than the article, that no class name gives away: its reading time
 * ("Время чтения: 3 минуты"), view counter ("Esta noticia se ha leído 2.311 veces", a uCoz row
 * "Категория: … | Просмотров: 1482 | Рейтинг: 4.6/9"), print link ("Imprimir esta página"), a
 * reader platform's like counter and controls ("32人喜欢", "阅读原文") and a prompt to share the
 * article ("如果你觉得这篇文章有用，请点一下「在看」，再转发给…"). Each is a short line of its own;
 * none is a sentence an article would write about its subject.
 */
import type { SourcedBlock } from '../blocks.js';
import { withoutOrigin } from '../metadata/urls.js';
import type { Inline } from '../types.js';
import {
  IF_USEFUL,
  LIKE_WORDS,
  META_LABELS,
  PRINT_LABELS,
  READER_CONTROLS,
  READING_TIME,
  SHARE_VERBS,
  TIMES_WORDS,
  VIEW_LABELS,
  VIEW_VERBS,
} from '../vocab/phrases/boilerplate.js';
import { blockText, SENTENCE_END, wordCount } from './block-text.js';
import type { CleanContext } from './context.js';
import { alternation, findPhrase, isPhrase, LETTER } from './phrases.js';

/** A figure as counters print it ("1482", "2.311", "1,2 тыс", "3.4k", "1万"). */
const FIGURE = String.raw`\d[\d\s.,]*(?:\s?(?:k|тыс\.?|万|w))?`;
const NOT_LETTER = `(?![${LETTER}])`;
/** Minutes after a figure, in any of the languages ("3 min", "5 минут", "4 хв", "3分"). */
const MINUTES = /\d\s*(?:min|мин|хв|dk|dak|分)/i;
const VIEW_COUNT = new RegExp(
  `^(?:(?:${alternation(VIEW_LABELS)})\\s*[:：]?\\s*\\(?${FIGURE}\\)?|${FIGURE}\\s*(?:${alternation(VIEW_LABELS)})${NOT_LETTER})$`,
  'iu',
);
const TIMES = new RegExp(`\\d[\\d\\s.,]*[\\s-]*(?:${alternation(TIMES_WORDS)})${NOT_LETTER}`, 'iu');
const LIKE_COUNT = new RegExp(
  `^(?:${FIGURE}\\s*(?:${alternation(LIKE_WORDS)})|(?:${alternation(LIKE_WORDS)})\\s*[:：]?\\s*${FIGURE})$`,
  'iu',
);
/** Separators between the items of a meta row ("Категория: … | Просмотров: 1482 | Рейтинг: 4.6/9"). */
const ITEM_SEPARATOR = /\s+[|·•]\s+|\s*[|｜]\s*/u;

/** "Просмотров: 1482", "1,482 views", "Esta noticia se ha leído 2.311 veces", "Gelesen: 2311 mal". */
function isViewCount(item: string): boolean {
  if (VIEW_COUNT.test(item)) return true;
  return (
    wordCount(item) <= 10 && TIMES.test(item) && findPhrase(`${item.toLowerCase()} `, VIEW_VERBS) !== null
  );
}

/** A meta row's label: the words before an item's colon. */
function label(item: string): string | null {
  const colon = item.search(/\s?[:：]/);
  return colon > 0 ? item.slice(0, colon).toLowerCase() : null;
}

/**
 * A row of short items about the page: one of them a view counter, or two labelled with meta labels
 * ("Категория: … | Добавил: admin"); or a view counter alone.
 */
function isMetaRow(text: string): boolean {
  if (wordCount(text) > 20 || SENTENCE_END.test(text)) return false;
  const items = text.split(ITEM_SEPARATOR).map((item) => item.trim());
  if (items.length === 1) return isViewCount(text);
  if (!items.every((item) => wordCount(item) <= 6)) return false;
  const labelled = items.filter((item) => {
    const found = label(item);
    return found !== null && isPhrase(found, META_LABELS) !== null;
  });
  return items.some(isViewCount) || labelled.length >= 2;
}

function isReadingTime(text: string): boolean {
  return (
    wordCount(text) <= 8 &&
    MINUTES.test(text) &&
    !SENTENCE_END.test(text.replace(/\bmin\.$/i, 'min')) &&
    findPhrase(text.toLowerCase(), READING_TIME) !== null
  );
}

/** "If you found this useful, tap 'Wow' and forward it to …": a prompt to pass the article on. */
function isSharePrompt(text: string): boolean {
  if (wordCount(text) > 50) return false;
  const lower = text.toLowerCase();
  const condition = findPhrase(lower, IF_USEFUL);
  return condition !== null && findPhrase(lower.slice(lower.indexOf(condition)), SHARE_VERBS) !== null;
}

/** A label and its colon, where a CJK info line runs them together ("时间:2026-07-14来源:南岭日报作者:…"). */
const RUN_LABEL = new RegExp(
  `(?:^|[^${LETTER}])(?:${alternation([...Object.values(META_LABELS).flat(), ...VIEW_LABELS])})\\s*[:：]`,
  'giu',
);
const COLONS = /[:：][^:：]*[:：][^:：]*[:：]/;
/** Labels a run-together info line needs: two could be a sentence's "Autor: …, Datum: …". */
const RUN_LABELS = 3;

/** An info line of three or more meta labels with no separators between the items. */
function isLabelRun(text: string): boolean {
  // Three labels need three colons: most blocks have none, and the test is far cheaper.
  if (!COLONS.test(text) || wordCount(text) > 30 || SENTENCE_END.test(text)) return false;
  const found = text.match(RUN_LABEL);
  return found !== null && new Set(found.map((f) => f.replace(/^[^\p{L}]+/u, ''))).size >= RUN_LABELS;
}

/** Separators of a breadcrumb trail ("Home > News > Local", "主页 › 新闻"). */
const CRUMB_SEPARATOR = /^[\s>›»→/|:：·•]*$/u;
/** What makes a trail of a row of links: an arrow or slash from parent to child, not a "|" list. */
const CRUMB_ARROW = /[>›»→/]/u;
/** A trail may open with a short label: "You are here:", "当前位置:", "Вы здесь:". */
const CRUMB_LABEL = /^\s*[^\s:：][^:：]{0,24}[:：][\s>›»→/|·•]*$/u;
const MAX_CRUMB_WORDS = 20;

/** The text of an inline without links (a bold label is text too); null when it holds a link. */
function plainText(inline: Inline): string | null {
  if (inline.type === 'text') return inline.text;
  if (inline.type !== 'strong' && inline.type !== 'emphasis') return null;
  let out = '';
  for (const child of inline.children) {
    const part = plainText(child);
    if (part === null) return null;
    out += part;
  }
  return out;
}

/**
 * A breadcrumb trail: links to the site's front page and sections and nothing else but separators,
 * at least two of them, perhaps after a short label. A timeline of linked stories ("Timeline: 2022
 * pilot › 2024 second round") is the article's.
 */
function isBreadcrumb(sb: SourcedBlock, text: string): boolean {
  if (sb.block.type !== 'paragraph' || !sb.block.children.some((c) => c.type === 'link')) return false;
  if (wordCount(text) > MAX_CRUMB_WORDS) return false;
  let links = 0;
  let separators = 0;
  let labelled = false;
  const hrefs: string[] = [];
  for (const inline of sb.block.children) {
    if (inline.type === 'link') {
      links++;
      hrefs.push(inline.href);
      continue;
    }
    const plain = plainText(inline);
    if (plain === null) return false;
    if (CRUMB_SEPARATOR.test(plain)) {
      if (CRUMB_ARROW.test(plain)) separators++;
    } else if (links === 0 && !labelled && CRUMB_LABEL.test(plain)) labelled = true;
    else return false;
  }
  return links >= 2 && separators >= links - 1 && (isRoot(hrefs[0]!) || hrefs.every(isSection));
}

/** A link's path, without host, query and fragment. */
function pathOf(href: string): string {
  return withoutOrigin(href).replace(/[?#].*$/, '') || '/';
}

/** The site's front page ("/", "/index.html", "/home"): where a trail starts. */
function isRoot(href: string): boolean {
  return /^\/(?:index\.\w+|home|start)?\/?$/i.test(pathOf(href));
}

/**
 * A section's address: a short path of short words without figures ("/news/local/"). A timeline's
 * links lead to stories ("/2022/heat-pump-pilot-launches"), which a trail's never do but the last.
 */
function isSection(href: string): boolean {
  const parts = pathOf(href).split('/').filter(Boolean);
  return parts.length <= 3 && parts.every((p) => p.length <= SECTION_CHARS && !/\d/.test(p));
}
const SECTION_CHARS = 16;

/** The category and rule that mark `text` as a line about the page, or null. */
export function pageMetaRule(text: string): ['other' | 'share', string] | null {
  if (isReadingTime(text)) return ['other', 'text-cues:reading-time'];
  if (isMetaRow(text) || isLabelRun(text)) return ['other', 'text-cues:meta-row'];
  const lower = text.toLowerCase();
  if (isPhrase(lower, PRINT_LABELS)) return ['other', 'text-cues:print-link'];
  if (LIKE_COUNT.test(text.trim()) || isPhrase(lower, READER_CONTROLS))
    return ['share', 'text-cues:like-count'];
  if (isSharePrompt(text)) return ['share', 'text-cues:share-prompt'];
  return null;
}

export function removePageMeta(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    if (sb.block.type !== 'paragraph') return true;
    const text = blockText(sb);
    const rule: ReturnType<typeof pageMetaRule> = isBreadcrumb(sb, text)
      ? ['other', 'text-cues:breadcrumb']
      : pageMetaRule(text);
    if (!rule) return true;
    ctx.removals.add(rule[0], rule[1], text);
    return false;
  });
}

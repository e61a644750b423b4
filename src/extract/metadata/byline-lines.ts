/**
 * Bylines written as a line of text rather than marked up: "Von Leonora Holling" in an `<h5>`,
 * "Text von A  Illustration von B", "Auteur : B" at the article's end, `<span>By</span>
 * <span>C</span>` under the headline. Read only when no other source names a person, in one walk
 * that stops at the first such line after the first `<h1>`; comment threads, sidebars, footers and
 * navigation are skipped like everywhere else in metadata.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { isOrganisationUnit, parseAuthorNames } from './author-names.js';
import { blockOf, lineFrom, SKIPPED } from './byline-line-text.js';
import { LINE_LEAD_INS, LOWERCASE_PREFIXES, NAME_PARTICLES, STRONG_LINE_LEAD_INS } from './byline-vocab.js';
import { cjkCreditNames } from './headline-rows.js';
import { EXCLUDED_AREA_TAGS, EXCLUDED_AREA_WORDS } from './selectors.js';

/** A byline line is short: longer text starting with "By"/"Von" is prose ("Von Anfang an …"). */
const MAX_LINE_LENGTH = 120;
const MAX_NAME_WORDS = 5;
/**
 * Not searched for a lead-in (but read as part of a line): the head, and links, whose text is a
 * name or a menu entry rather than the "By" before it. Skipping them keeps the walk cheap.
 */
const NOT_SEARCHED = new Set(['head', 'a']);
/** Elements whose class or id may mark a comment thread, sidebar or related-links block. */
const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'li', 'dl', 'table', 'header']);
const EXCLUDED_RE = new RegExp(`(?:^|\\s)(?:${EXCLUDED_AREA_WORDS.join('|')})`, 'i');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEAD_IN_RE = new RegExp(
  `^[\\s|·•–—-]*(${[...LINE_LEAD_INS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?=[\\s:]|$)[\\s:]*`,
  // No 'u' flag: the lead-ins are plain BMP text, and this runs on every short text node.
  'i',
);
const LOWERCASE_ONLY: ReadonlySet<string> = new Set(LOWERCASE_PREFIXES);

/** A walk's findings: a line of people's names ends it; a line of handles waits for a better one. */
interface Found {
  names: string[] | null;
  handles: string[] | null;
  /** The page is Japanese: a space stays inside a credited name ("中村 美咲"). */
  japanese: boolean;
}

/**
 * Names from the first lead-in line after the first `<h1>` (the whole page when it has none); []
 * when none. Starting at the headline skips the page header and keeps the walk short. A line of
 * user handles ("Gespeichert von human", a CMS account) counts only when no line names a person.
 */
export function readBylineLine(root: AnyNode, h1: Element | null, japanese = false): string[] {
  const found: Found = { names: null, handles: null, japanese };
  if (!h1) walk([root], found);
  for (let node: AnyNode | null = h1; node && !found.names; node = node.parent) {
    for (let next = node.next; next && !found.names; next = next.next) walk([next], found);
  }
  return found.names ?? found.handles ?? [];
}

function walk(nodes: readonly AnyNode[], found: Found): void {
  for (const node of nodes) {
    if (found.names) return;
    if (node.type === 'text') {
      const names = namesAt(node, found.japanese);
      if (names?.every((n) => isPersonName(n) || CJK_NAME.test(n))) found.names = names;
      else if (names) found.handles ??= names;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag' && (SKIPPED.has(node.name) || NOT_SEARCHED.has(node.name) || isExcluded(node)))
      continue;
    walk((node as Element).children, found);
  }
}

function isExcluded(el: Element): boolean {
  if (EXCLUDED_AREA_TAGS.has(el.name)) return true;
  // Comment threads and related-link lists are containers; inline elements need no class test.
  if (!CONTAINER_TAGS.has(el.name)) return false;
  const { class: cls, id } = el.attribs;
  return Boolean((cls || id) && EXCLUDED_RE.test(`${cls ?? ''} ${id ?? ''}`));
}

/** The names of the line that `text` opens with a lead-in, or null. */
function namesAt(text: Text, japanese: boolean): string[] | null {
  const data = text.data;
  // Cheap rejections first: most text nodes are prose or whitespace.
  if (data.length > MAX_LINE_LENGTH) return null;
  const lead = LEAD_IN_RE.exec(data);
  if (!lead) return CJK_START.test(data) && CJK_CREDIT_LINE.test(data) ? cjkCredit(text, japanese) : null;
  const word = lead[1]!;
  if (LOWERCASE_ONLY.has(word.toLowerCase()) && word !== word.toLowerCase()) return null;
  const block = blockOf(text);
  if (!block) return null;
  const line = lineFrom(block, text);
  if (line === null || line.length > MAX_LINE_LENGTH) return null;
  // A one-word lead-in needs its colon before a handle: "Author information" is a heading.
  const strong =
    STRONG_LINE_LEAD_INS.has(word.toLowerCase()) && (word.includes(' ') || lead[0].includes(':'));
  // The names follow the lead-in: "Von Anfang an" and "by 2030" are prose.
  if (!strong && !/^\p{Lu}/u.test(line.replace(LEAD_IN_RE, ''))) return null;
  const names = parseAuthorNames(line);
  // A unit signing an institution's release ("Autor: Dział Komunikacji i Promocji") after a lead-in too.
  const named = (n: string) => (strong ? isHandleOrName(n) : isPersonName(n)) || isOrganisationUnit(n);
  return names.length && names.every(named) ? names : null;
}

/**
 * A Chinese or Japanese credit line, often the article's last ("取材：藤原亮（倉敷支局）", "（文／记者
 * 王磊）"): its label opens the line, and the names are read as under the headline.
 */
const CJK_CREDIT_LINE = /^\s*(?:[（(]\s*)?(?:取材|文|記者|记者|作者|執筆|执笔|撰文|采写|採寫)\s*[:：／/＝]/u;
const MAX_CJK_CREDIT_LENGTH = 40;
/**
 * A cheap first test, without the 'u' flag: a Han character opens the text (after a bracket). One
 * run of spaces before the bracket, so a node of whitespace is not tried at every split of it.
 */
const CJK_START = /^\s*(?:[（(]\s*)?[\u4e00-\u9fff]/;
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ヶー ]+$/u;

function cjkCredit(text: Text, japanese: boolean): string[] | null {
  const block = blockOf(text);
  const line = block ? lineFrom(block, text) : null;
  if (line === null || line.length > MAX_CJK_CREDIT_LENGTH) return null;
  const names = cjkCreditNames([line.replace(/^\s*[（(]/u, '')], japanese);
  return names.length ? names : null;
}

/** Capitalised words (name particles aside), at most five: "Leonora Holling", "Ludwig van Beethoven". */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}

/** After a lead-in that never opens prose: a name or a one-word user handle. */
function isHandleOrName(name: string): boolean {
  return isPersonName(name) || /^[\p{L}\d][\p{L}\d._-]{1,30}$/u.test(name);
}

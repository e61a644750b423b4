/**
 * Teasers that point away from the article: "Read more: …" lines, paragraphs that are one link,
 * and "Most read" / "Related" headings with the link lists under them.
 */

import type { SourcedBlock } from '../blocks.js';
import { sameBox } from '../body/dom.js';
import { blockToText } from '../text.js';
import type { Block, Inline } from '../types.js';
import { RELATED, RELATED_LINK_LABELS, VIDEO_LABELS } from '../vocab/phrases/boilerplate.js';
import { isSupportHref } from './appeal-cues.js';
import { blockText, SENTENCE_END, wordCount } from './block-text.js';
import { isCommentCount } from './comments.js';
import type { CleanContext } from './context.js';
import { isPhrase, linkShare, phraseRegex, startPhrase } from './phrases.js';

/** Share of a block's text inside links; a list counts the mean over its items' first blocks. */
function blockLinks(b: Block | undefined): number {
  if (!b) return 0;
  if (b.type === 'paragraph' || b.type === 'heading') return linkShare(b.children);
  if (b.type === 'list' && b.items.length > 0) {
    return b.items.reduce((sum, item) => sum + blockLinks(item[0]), 0) / b.items.length;
  }
  return 0;
}

function links(sb: SourcedBlock): number {
  return blockLinks(sb.block);
}

/**
 * A teaser line: starts with a read-more phrase and is short, is nothing but a link, or is a label
 * and a colon before a link that makes up most of it.
 */
export function teaserRule(sb: SourcedBlock): string | null {
  if (sb.block.type !== 'paragraph') return null;
  const text = blockText(sb);
  const words = wordCount(text);
  if (words > 30) return null;
  const phrase = startPhrase(text.replace(OPENING_MARKS, '').toLowerCase(), RELATED);
  if (phrase && (words <= 20 || links(sb) > 0.5)) return `phrase:${phrase}`;
  if (links(sb) > 0.9 && words <= 20 && !REFERENCE.test(text) && !SOURCES.test(text)) return 'link-only';
  const label = linkLabel(text);
  if (label && links(sb) > 0.5) return `phrase:${label}`;
  return videoTeaser(text, words) ? 'pattern:video-teaser' : null;
}

/** A video's running time in brackets ("(3:12)", "（2分31秒）", "（时长 01:46）", "(4 min)"). */
const DURATION =
  /[(（]\s*(?:(?:时长|時長|duration|durée|duración|dauer|длительность|тривалість)\s*[:：]?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*分(?:\s*\d+\s*秒)?|\d+\s*(?:min|мин|хв)\.?)\s*[)）]/iu;

/** What sets a video label off from the title after it: a colon, a bullet, a dash, a closing bracket. */
const VIDEO_LABEL_END = /^\s*[:：·•|–—\-】」］\]]/u;

/** Words of a video's title line. */
const VIDEO_TITLE_WORDS = 20;

/**
 * An embedded video's title line ("Video: zo meet je PFAS in de bodem (3:12)", "【動画】…（2分31秒）",
 * "VÍDEO · Veja também: …"): a video label set off from a short title that ends no sentence, or
 * that gives the running time. A sentence opening "Video:" and ending in a full stop is the story's.
 */
function videoTeaser(text: string, words: number): boolean {
  if (words > VIDEO_TITLE_WORDS) return false;
  const lower = text.replace(OPENING_MARKS, '').toLowerCase();
  const label = startPhrase(lower, VIDEO_LABELS);
  if (!label || !VIDEO_LABEL_END.test(lower.slice(label.length))) return false;
  return DURATION.test(text) || !SENTENCE_END.test(text.trim());
}

/** Brackets a label may sit in ("【あわせて読みたい】…", "[Read more] …", "» Lesen Sie auch"). */
const OPENING_MARKS = /^[\s【［「『〔[(（<«»>›▶►▼▽◆◇■●•・→➜⟶➔]+/u;

/** The story's sources, linked ("Sources: the indictment · the police statement"): the article's own. */
const SOURCES =
  /^(?:sources?|quellen?|fuentes?|fonti|fontes?|źródła|źródło|kaynaklar|kaynak|zdroje|zdroj|источники|источник|джерела|джерело|bronnen|bron|来源|來源|出典|出所)\s*[:：]/iu;

/** A footnote or source line whose link shows its own address ("[1] http://…"): a reference, not a teaser. */
const REFERENCE = /^(?:\[\d+\]\s*)?(?:https?:\/\/|www\.)\S/i;

/** Words a teaser's label may have before its colon ("Also on the Eastmoor Star:"). */
const LABEL_WORDS = 6;

/** The labels as whole words: "also in" must not be the start of "also including". */
const LINK_LABEL = new RegExp(`^(?:${phraseRegex(Object.values(RELATED_LINK_LABELS).flat(), true).source})`);

/** The label phrase of a "label: linked headline" line ("Also on the Star: …"), or null. */
function linkLabel(text: string): string | null {
  const colon = text.search(/[:：]/);
  if (colon < 0 || wordCount(text.slice(0, colon)) > LABEL_WORDS) return null;
  return LINK_LABEL.exec(text.toLowerCase())?.[0] ?? null;
}

/**
 * Whether every link of a paragraph leads to the outlet's support page ("Give monthly | Give once"):
 * an appeal's buttons the appeal cleaner left, not a teaser.
 */
function linksToSupport(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const hrefs: string[] = [];
  const walk = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.type === 'link') hrefs.push(n.href);
      else if ('children' in n) walk(n.children);
    }
  };
  walk(block.children);
  return hrefs.length > 0 && hrefs.every(isSupportHref);
}

/** "Related" / "Das könnte dich auch interessieren": a short heading that is, or opens with, a related phrase. */
function relatedHeading(text: string): boolean {
  const words = wordCount(text);
  if (words > 6) return false;
  const lower = text.toLowerCase();
  return isPhrase(lower, RELATED) !== null || (words >= 3 && startPhrase(lower, RELATED) !== null);
}

/** A paragraph holding one link (and maybe text around it), not a row of them. */
function singleLink(block: Block): boolean {
  return block.type === 'paragraph' && block.children.filter((n) => n.type === 'link').length === 1;
}

/** A related heading, or a line that is nothing but a related label (a <div> set as a heading). */
function labelsSection(sb: SourcedBlock, text: string): boolean {
  if (sb.block.type === 'heading') return relatedHeading(text);
  return (
    sb.block.type === 'paragraph' && wordCount(text) <= 4 && isPhrase(text.toLowerCase(), RELATED) !== null
  );
}

/**
 * "More from" and a section's name as a line ("Meer uit Cultuur", "Mehr aus Sport", "More from
 * Opinion"): the label of the section's latest headlines.
 */
function moreFrom(sb: SourcedBlock, text: string): boolean {
  if (sb.block.type !== 'paragraph' && sb.block.type !== 'heading') return false;
  return MORE_FROM.test(text.trim());
}
const MORE_FROM =
  /^(?:more from|more in|mehr aus|mehr zu|meer uit|meer over|altro da|altri articoli di|więcej z|więcej o|ещё из|еще из|больше из|більше з|ще з)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu;

/** Words of a headline in a related list. */
const HEADLINE_WORDS = 16;

/** A list of two or more items, each one short line that does not end a sentence: headlines. */
function headlineList(sb: SourcedBlock | undefined): boolean {
  const b = sb?.block;
  if (b?.type !== 'list' || b.items.length < 2) return false;
  return b.items.every((item) => {
    if (item.length !== 1) return false;
    const text = blockToText(item[0]!).trim();
    return wordCount(text) <= HEADLINE_WORDS && !/[.!。]$/.test(text);
  });
}

/**
 * Teaser headlines without links (the cards themselves are the links, set by script): the short
 * lines that end no sentence, in the box of the label line before them, up to where the box ends.
 * How many there are; none when the box goes on past them.
 */
function boxHeadlines(blocks: readonly SourcedBlock[], label: number): number {
  const box = blocks[label]!.group;
  if (!box) return 0;
  const groups = new Set([box]);
  let j = label + 1;
  for (; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (!next.group || next.block.type !== 'paragraph' || !sameBox(box, next.group)) break;
    const text = blockText(next);
    if (wordCount(text) > HEADLINE_WORDS || SENTENCE_END.test(text)) break;
    groups.add(next.group);
  }
  const after = blocks[j]?.group;
  return after && groups.has(after) ? 0 : j - label - 1;
}

export function removeTeasers(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const sb = blocks[i]!;
    const text = blockText(sb);
    // A "Related"/"Most read" heading takes the link-heavy blocks under it along, and a list of
    // headlines right under it even when its links were lost.
    const label = labelsSection(sb, text);
    if (label || moreFrom(sb, text)) {
      let j = i + 1;
      if (headlineList(blocks[j])) j++;
      else j += boxHeadlines(blocks, i);
      // "More from Culture" names a section, and only over headlines: alone it is read as any line.
      if (label || j > i + 1) {
        while (j < blocks.length && blocks[j]!.block.type !== 'heading' && links(blocks[j]!) > 0.5) j++;
        ctx.removals.add('related', 'heading:related', blocks.slice(i, j).map(blockText).join(' '));
        i = j - 1;
        continue;
      }
    }
    const rule = teaserRule(sb);
    if (!rule) out.push(sb);
    else if (rule !== 'link-only') ctx.removals.add('related', rule, text);
    // A lone link is not always a teaser: the appeal's buttons, or the jump to the comments.
    else if (linksToSupport(sb.block)) ctx.removals.add('donation', 'link-only:support', text);
    else if (isCommentCount(text)) ctx.removals.add('comments', 'link-only:comment-count', text);
    // A bare link as one line of a paragraph is as often the story's source ("…<br>sueddeutsche.de").
    else if (sb.inLines && singleLink(sb.block)) out.push(sb);
    else ctx.removals.add('related', rule, text);
  }
  return out;
}

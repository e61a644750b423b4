/**
 * Hashtag lines ("#PutinTrump #Meeting #Dates"): removed from the text, their tags (without `#`)
 * kept for the record's `tags`. A line needs two tags, or one tag standing alone, and nothing but
 * tags, so a sentence that mentions a #hashtag stays.
 */
import type { SourcedBlock } from '../blocks.js';
import { execAll } from '../regex.js';
import { blockToText } from '../text.js';
import { blockText } from './block-text.js';
import type { CleanContext } from './context.js';

/**
 * A tag may end in plus signs ("#M+", "#C++", "#Disney+"): a name's own. A comma between digits is
 * a decimal comma inside the tag ("#1,5procent"); any other comma separates tags.
 */
const TAG = /#([\p{L}\p{N}_](?:[\p{L}\p{N}_.'’+-]|(?<=\p{N}),(?=\p{N}))*)/gu;
const LINE = /^(?:#[\p{L}\p{N}_](?:[\p{L}\p{N}_.'’+-]|(?<=\p{N}),(?=\p{N}))*[\s,;·|]*)+$/u;
/** Weibo-style topics, closed by a second mark ("#视频会员涨价# #消费维权#"). */
const CLOSED_TAG = /#([^#\s][^#\n]{0,39})#/gu;
const CLOSED_LINE = /^(?:#[^#\s][^#\n]{0,39}#[\s,;·|]*)+$/u;

/** "Tags:" in the languages newsclean reads, before a line of hashtags. */
const TAGS_LABEL =
  /^(?:tags|tagged|topics|schlagwörter|schlagworte|stichwörter|themen|étiquettes|mots-clés|sujets|etiquetas|temas|tag|argomenti|etichete|tagi|tematy|słowa kluczowe|trefwoorden|onderwerpen|теги|метки|темы|теґи|мітки|теми|标签|標籤|关键词|關鍵詞|タグ|キーワード)\s*[:：]\s*(?=#)/iu;

/**
 * The tags of a hashtag-only text, or null when the text is anything else. `wholeBlock`: the text is
 * one block's, so tags may keep their spaces (see `spacedTags`); in a longer element's text the
 * words after the last tag may be the next element's (a share button's label).
 */
export function hashtagLine(text: string, wholeBlock = false): string[] | null {
  // A label before the tags ("Теги: #хоспис #паллиатив", "Etiquetas: #vivienda …") is the line's.
  const trimmed = text.trim().replace(TAGS_LABEL, '');
  if (!trimmed.startsWith('#')) return null;
  if (CLOSED_LINE.test(trimmed)) return [...execAll(CLOSED_TAG, trimmed)].map((m) => m[1]!.trim());
  if (!LINE.test(trimmed)) return wholeBlock ? spacedTags(trimmed) : null;
  const tags = [...execAll(TAG, trimmed)].map((m) => m[1]!.replace(/[.'’-]+$/, '')).filter(Boolean);
  return tags.length > 0 ? tags : null;
}

/** Words a tag written with spaces may have ("#algues vertes"): a name, not a sentence. */
const SPACED_TAG_WORDS = 3;
const SPACED_TAG = /^[\p{L}\p{N}][\p{L}\p{N}_.'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}_.'’-]*)*$/u;

/**
 * A tags line whose tags keep their spaces ("#algues vertes #Bretagne #nitrates", as some blog
 * themes print a post's tags): two tags at least, every one a short name. `line` starts with "#".
 */
function spacedTags(line: string): string[] | null {
  const parts = line
    .slice(1)
    .split(/[\s,;·|]+#/u)
    .map((p) => p.replace(/[\s,;·|]+$/u, ''));
  if (parts.length < 2) return null;
  for (const p of parts) if (!SPACED_TAG.test(p) || p.split(' ').length > SPACED_TAG_WORDS) return null;
  return parts;
}

export function removeHashtagLines(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    if (sb.block.type !== 'paragraph' && sb.block.type !== 'heading') return true;
    const text = blockText(sb);
    const tags = hashtagLine(text, true);
    if (!tags) {
      // A hashtag line among a paragraph's <br> lines ("#… #…" / "Фото: …"): its tags count even
      // if a later cleaner takes the whole paragraph (the lines are read apart only in a second
      // pass over the paragraphs the first one keeps).
      if (!ctx.part && text.includes('#') && hasBreak(sb))
        ctx.hashtags.push(...linesTags(blockToText(sb.block)));
      return true;
    }
    ctx.hashtags.push(...tags);
    ctx.removals.add('hashtags', 'pattern:hashtag-line', text);
    return false;
  });
}

function hasBreak(sb: SourcedBlock): boolean {
  return sb.block.type === 'paragraph' && sb.block.children.some((c) => c.type === 'break');
}

/** The tags of the hashtag lines among a text's lines. */
function linesTags(text: string): string[] {
  const tags: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('#')) tags.push(...(hashtagLine(line, true) ?? []));
  }
  return tags;
}

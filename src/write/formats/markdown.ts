/**
 * Block tree → Markdown (CommonMark + GFM tables). The title is the one `#` heading, structure is
 * kept (headings, lists nested by indentation, blockquotes, fenced code, tables, images with alt
 * text), text is escaped, and no raw HTML is ever emitted: Markdown consumers (static sites, LLM
 * pipelines) often render HTML blocks verbatim.
 */
import type { Block, Metadata } from '../../extract/types.js';
import { escapeInline, longestBacktickRun, markdownDestination } from './markdown-escape.js';
import { type InlineContext, inlinesToMarkdown } from './markdown-inline.js';
import { tableToMarkdown } from './markdown-table.js';
import { outline } from './outline.js';
import { safeUrl } from './safe-url.js';

export interface RenderOptions {
  /** Resolves links and images the extractor left relative; without it they are dropped. */
  baseUrl?: string | null;
}

interface Ctx {
  baseUrl: string | null;
}

const hard = (ctx: Ctx): InlineContext => ({ baseUrl: ctx.baseUrl, breaks: 'hard' });
const flat = (ctx: Ctx): InlineContext => ({ baseUrl: ctx.baseUrl, breaks: 'space' });

/** Prefix every line after the first (blank lines stay blank, as CommonMark allows). */
function indentRest(text: string, pad: string): string {
  return text.replace(/\n(?!\n)/g, `\n${pad}`);
}

/** A list is tight when no item holds more than one block besides nested lists. */
function isTight(items: Block[][]): boolean {
  return items.every((item) => item.filter((b) => b.type !== 'list').length <= 1);
}

function renderList(block: Extract<Block, { type: 'list' }>, ctx: Ctx, alternate: boolean): string {
  const tight = isTight(block.items);
  const out: string[] = [];
  let n = 1;
  for (const item of block.items) {
    const body = renderBlocks(item, ctx);
    if (body.length === 0) continue;
    // Two lists in a row with the same marker would merge into one; the next sibling switches.
    const marker = block.ordered ? `${n++}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    out.push(indentRest(`${marker} ${body.join(tight ? '\n' : '\n\n')}`, ' '.repeat(marker.length + 1)));
  }
  return out.join(tight ? '\n' : '\n\n');
}

function codeBlock(text: string, language: string | null): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  // An info string is one word; anything else could break out of the fence line.
  const info = language && /^[\w+#.-]+$/.test(language) ? language : '';
  const body = text.replace(/^\n+|\s+$/g, '');
  return `${fence}${info}\n${body}\n${fence}`;
}

function image(block: Extract<Block, { type: 'image' }>, ctx: Ctx): string {
  const src = safeUrl(block.src, 'image', ctx.baseUrl);
  if (!src) return '';
  const alt = escapeInline(block.alt.replace(/\s+/g, ' ').trim());
  const caption = escapeInline(block.caption?.replace(/\s+/g, ' ').trim() ?? '');
  const img = `![${alt}](${markdownDestination(src)})`;
  return caption && caption !== alt ? `${img}\n\n*${caption}*` : img;
}

function renderBlock(block: Block, ctx: Ctx, previous: Block | undefined): string {
  switch (block.type) {
    case 'heading': {
      // An ATX heading's closing `#`s are stripped, so a title ending in " #" is escaped.
      const text = inlinesToMarkdown(block.children, flat(ctx)).replace(/(^|\s)(#+)$/, '$1\\$2');
      return text ? `${'#'.repeat(block.level)} ${text}` : '';
    }
    case 'paragraph':
      return inlinesToMarkdown(block.children, hard(ctx));
    case 'list':
      return renderList(block, ctx, previous?.type === 'list' && previous.ordered === block.ordered);
    case 'blockquote': {
      const inner = renderBlocks(block.children, ctx).join('\n\n');
      return inner ? inner.replace(/^/gm, '> ').replace(/^> $/gm, '>') : '';
    }
    case 'code':
      return block.text.trim() ? codeBlock(block.text, block.language) : '';
    case 'table':
      return tableToMarkdown(block.rows, { ...flat(ctx), table: true });
    case 'image':
      return image(block, ctx);
    case 'rule':
      return '---';
  }
}

function renderBlocks(blocks: Block[], ctx: Ctx): string[] {
  const out: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    const text = renderBlock(block, ctx, previous);
    if (!text) continue;
    out.push(text);
    previous = block;
  }
  return out;
}

/**
 * The article as Markdown: `# Title` (when known), then the body. No front matter: records carry
 * the metadata as fields, and the markdown format adds front matter from them.
 */
export function blocksToMarkdown(blocks: Block[], metadata: Metadata, options: RenderOptions = {}): string {
  const { title, blocks: body } = outline(blocks, metadata);
  const ctx: Ctx = { baseUrl: options.baseUrl ?? null };
  const parts = renderBlocks(body, ctx);
  if (title) parts.unshift(`# ${escapeInline(title).replace(/(^|\s)(#+)$/, '$1\\$2')}`);
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

/**
 * Block tree → article HTML, sanitised by construction: it is built only from the block tree, so
 * the only elements are the ones written here (no script, style, iframe, svg, form, object), the
 * only attributes are href, src, alt, datetime and a language class, every text and attribute value
 * is escaped, and every URL passed the safe-URL policy (absolute http(s), mailto: for links).
 */
import type { Block, Inline, Metadata } from '../../extract/types.js';
import { escapeHtml } from './html-escape.js';
import type { RenderOptions } from './markdown.js';
import { outline } from './outline.js';
import { safeUrl } from './safe-url.js';

interface Ctx {
  baseUrl: string | null;
}

function inline(nodes: Inline[], ctx: Ctx, inLink = false): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += escapeHtml(node.text.replace(/\s+/g, ' '));
        break;
      case 'code':
        out += `<code>${escapeHtml(node.text)}</code>`;
        break;
      case 'break':
        out += '<br>';
        break;
      case 'emphasis':
        out += `<em>${inline(node.children, ctx, inLink)}</em>`;
        break;
      case 'strong':
        out += `<strong>${inline(node.children, ctx, inLink)}</strong>`;
        break;
      case 'link': {
        const text = inline(node.children, ctx, true);
        // Nested links are invalid HTML; an unsafe or unresolvable link keeps only its text.
        const href = inLink ? null : safeUrl(node.href, 'link', ctx.baseUrl);
        out += href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
        break;
      }
    }
  }
  return out;
}

/** Inline content of one block, without the outer whitespace. */
function content(nodes: Inline[], ctx: Ctx): string {
  return inline(nodes, ctx).trim();
}

function listItem(item: Block[], ctx: Ctx): string {
  // A single-paragraph item renders without <p>, as a browser would show a tight list.
  const only = item.length === 1 ? item[0] : undefined;
  const body = only?.type === 'paragraph' ? content(only.children, ctx) : renderBlocks(item, ctx).join('\n');
  return body ? `<li>${body}</li>` : '';
}

function table(rows: Extract<Block, { type: 'table' }>['rows'], ctx: Ctx): string {
  const head = [];
  let i = 0;
  while (i < rows.length && rows[i]!.header) head.push(rows[i++]!);
  const body = rows.slice(i);
  const tr = (cells: Inline[][], tag: 'th' | 'td') =>
    `<tr>${cells.map((c) => `<${tag}>${content(c, ctx)}</${tag}>`).join('')}</tr>`;
  const parts = ['<table>'];
  if (head.length) parts.push(`<thead>\n${head.map((r) => tr(r.cells, 'th')).join('\n')}\n</thead>`);
  if (body.length) parts.push(`<tbody>\n${body.map((r) => tr(r.cells, 'td')).join('\n')}\n</tbody>`);
  parts.push('</table>');
  return rows.length ? parts.join('\n') : '';
}

function figure(block: Extract<Block, { type: 'image' }>, ctx: Ctx): string {
  const src = safeUrl(block.src, 'image', ctx.baseUrl);
  if (!src) return '';
  const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt.replace(/\s+/g, ' ').trim())}">`;
  const caption = block.caption?.replace(/\s+/g, ' ').trim();
  return caption
    ? `<figure>${img}<figcaption>${escapeHtml(caption)}</figcaption></figure>`
    : `<figure>${img}</figure>`;
}

function renderBlock(block: Block, ctx: Ctx): string {
  switch (block.type) {
    case 'heading': {
      const text = content(block.children, ctx);
      return text ? `<h${block.level}>${text}</h${block.level}>` : '';
    }
    case 'paragraph': {
      const text = content(block.children, ctx).replace(/^(<br>\s*)+|(\s*<br>)+$/g, '');
      return text ? `<p>${text}</p>` : '';
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => listItem(item, ctx)).filter(Boolean);
      return items.length ? `<${tag}>\n${items.join('\n')}\n</${tag}>` : '';
    }
    case 'blockquote': {
      const inner = renderBlocks(block.children, ctx);
      return inner.length ? `<blockquote>\n${inner.join('\n')}\n</blockquote>` : '';
    }
    case 'code': {
      if (!block.text.trim()) return '';
      const lang = block.language && /^[\w+#.-]+$/.test(block.language) ? block.language : null;
      const open = lang ? `<code class="language-${escapeHtml(lang)}">` : '<code>';
      return `<pre>${open}${escapeHtml(block.text.replace(/^\n+|\s+$/g, ''))}</code></pre>`;
    }
    case 'table':
      return table(block.rows, ctx);
    case 'image':
      return figure(block, ctx);
    case 'rule':
      return '<hr>';
  }
}

function renderBlocks(blocks: Block[], ctx: Ctx): string[] {
  return blocks.map((b) => renderBlock(b, ctx)).filter(Boolean);
}

/**
 * The article as an HTML fragment: `<article>` with the title as `<h1>`, then the body. The html
 * format wraps it in a standalone document; records carry it as `html` with `--include html`.
 */
export function blocksToHtml(blocks: Block[], metadata: Metadata, options: RenderOptions = {}): string {
  const { title, blocks: body } = outline(blocks, metadata);
  const parts = renderBlocks(body, { baseUrl: options.baseUrl ?? null });
  if (title) parts.unshift(`<h1>${escapeHtml(title)}</h1>`);
  return `<article>\n${parts.join('\n')}\n</article>\n`;
}

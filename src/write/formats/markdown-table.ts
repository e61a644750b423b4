/** GFM tables. Leading header rows become the header; a table without one gets an empty header row. */
import type { TableRow } from '../../extract/types.js';
import { type InlineContext, inlinesToMarkdown } from './markdown-inline.js';

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableToMarkdown(rows: TableRow[], ctx: InlineContext): string {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (width === 0) return '';
  // A cell is one line: breaks already render as spaces in this context, and `|` is escaped.
  const cells = (r: TableRow) => {
    const out = r.cells.map((cell) => inlinesToMarkdown(cell, ctx));
    while (out.length < width) out.push('');
    return out;
  };
  const [first, ...rest] = rows;
  const hasHeader = first?.header === true;
  const header = hasHeader ? cells(first) : new Array<string>(width).fill('');
  const body = hasHeader ? rest : rows;
  return [row(header), row(new Array<string>(width).fill('---')), ...body.map((r) => row(cells(r)))].join(
    '\n',
  );
}

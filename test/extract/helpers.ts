/** Build the inputs of the body stages from small HTML snippets. */
import * as cheerio from 'cheerio';
import { domToSourcedBlocks, type SourcedBlock } from '../../src/extract/blocks.js';
import { isElement } from '../../src/extract/body/dom.js';
import { Removals } from '../../src/extract/body/removed.js';
import type { CleanContext } from '../../src/extract/clean/context.js';
import { blocksToText } from '../../src/extract/text.js';

/** Blocks of a snippet, as the article container's children would give them. */
export function blocksFrom(html: string): SourcedBlock[] {
  const $ = cheerio.load(`<div id="root">${html}</div>`, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $('#root')[0]!;
  return domToSourcedBlocks(root.children.filter(isElement).length ? [root] : [], 'https://example.org/a');
}

export function context(): CleanContext {
  return { removals: new Removals(true), hashtags: [], outlets: [], headline: '', hosts: [] };
}

export function textOf(blocks: SourcedBlock[]): string {
  return blocksToText(blocks.map((b) => b.block));
}

/** `n` paragraphs of plain article prose, numbered so tests can find them. */
export function prose(n: number, start = 1): string {
  let out = '';
  for (let i = start; i < start + n; i++) {
    out += `<p>Article paragraph ${i}: the council met on Tuesday and discussed the budget, the new bus lanes and the repairs to the old bridge over the river.</p>`;
  }
  return out;
}

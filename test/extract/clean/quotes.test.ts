/** Blockquotes read paragraph by paragraph by the text cleaners, and put back together after. */
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/extract/clean/index.js';
import { closeQuotes, openQuotes } from '../../../src/extract/clean/quotes.js';
import { extractFromHtml } from '../../../src/extract/index.js';
import { blocksFrom, context, prose } from '../helpers.js';

const quote =
  '<blockquote><p>First quoted paragraph.</p><h3>A heading</h3><p>Second quoted paragraph.</p></blockquote>';

describe('opening and closing blockquotes', () => {
  it('gives each paragraph of a plain blockquote as a block, and puts them back unchanged', () => {
    const blocks = blocksFrom(`${prose(1)}${quote}${prose(1, 2)}`);
    const opened = openQuotes(blocks);
    expect(opened.map((b) => b.block.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(opened.slice(1, 4).every((b) => b.inQuote !== undefined)).toBe(true);
    expect(closeQuotes(opened).map((b) => b.block)).toEqual(blocks.map((b) => b.block));
  });

  it('leaves a one-paragraph quote and a quote holding a list whole', () => {
    const blocks = blocksFrom(
      '<blockquote><p>Only one.</p></blockquote><blockquote><p>Intro.</p><ul><li>a</li></ul></blockquote>',
    );
    expect(openQuotes(blocks)).toBe(blocks);
  });

  it('puts back only the paragraphs the cleaners kept', () => {
    const blocks = blocksFrom(
      `${prose(1)}<blockquote><p>Kept line one.</p><p>#One #Two #Three</p><p>Kept line two.</p></blockquote>`,
    );
    const ctx = context();
    const out = cleanBlocks(blocks, ctx);
    expect(out.map((b) => b.block.type)).toEqual(['paragraph', 'blockquote']);
    expect(JSON.stringify(out[1]!.block)).not.toContain('#One');
    expect(ctx.hashtags).toEqual(['One', 'Two', 'Three']);
  });
});

describe('an appeal set as a blockquote', () => {
  const page = (quoteHtml: string) =>
    `<html><head><title>Harrow Reach women win the Head of the River</title><meta property="og:site_name" content="Quillon"></head>
    <body><article><h1>Harrow Reach women win the Head of the River</h1>${prose(4)}${quoteHtml}</article></body></html>`;

  it('goes when one of its paragraphs opens with the outlet’s name', () => {
    const { text } = extractFromHtml(
      page(`<blockquote><p>From everyone at Quillon:</p>
      <p>Grassroots sport doesn’t get a press box. We go anyway, because nobody else sends a reporter.</p>
      <p>Quillon has no owner and nothing to sell you. It is paid for by around 2,300 readers who give a little every month.</p>
      <p>Three pounds a month covers a reporter’s travel to one fixture. Seven pays for the photos.</p>
      <p>Whatever you can manage, it goes straight into coverage. Thanks for reading to the end.</p></blockquote>`),
      { url: 'https://quillon.example/rowing/head-of-the-river' },
    );
    expect(text).toContain('Article paragraph 4');
    expect(text).not.toMatch(/press box|no owner|Three pounds/);
  });

  it('stays when a source speaks in it, even of money and members', () => {
    const { text } = extractFromHtml(
      page(`<blockquote><p>We need another 40 members by March to keep the boathouse open.</p>
      <p>Membership is £15 a month, and every new rower makes a difference to us.</p></blockquote>`),
      { url: 'https://quillon.example/rowing/head-of-the-river' },
    );
    expect(text).toContain('another 40 members');
    expect(text).toContain('Membership is £15 a month');
  });
});

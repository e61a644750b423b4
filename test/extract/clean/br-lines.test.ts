/** Paragraphs whose lines are set apart by <br>: a second cleaning pass reads them line by line. */
import { describe, expect, it } from 'vitest';
import { closeLines, openLines } from '../../../src/extract/clean/br-lines.js';
import { cleanBlocks } from '../../../src/extract/clean/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('opening and closing <br> lines', () => {
  it('gives each line as a paragraph of its own and puts an untouched paragraph back as it was', () => {
    const blocks = blocksFrom(`${prose(1)}<p>Line one<br>Line two<br><br>Line three</p>`);
    const opened = openLines(blocks);
    expect(opened.map((b) => b.block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(opened.slice(1).every((b) => b.inLines === blocks[1])).toBe(true);
    expect(closeLines(opened)).toEqual(blocks);
  });

  it('leaves the blocks alone when no paragraph has two lines', () => {
    const blocks = blocksFrom(`${prose(2)}<p>Trailing break only<br></p>`);
    expect(openLines(blocks)).toBe(blocks);
  });
});

describe('cleaning <br> lines', () => {
  it('drops a hashtag line set under the last paragraph and keeps the paragraph and the tags', () => {
    const ctx = context();
    const out = cleanBlocks(
      blocksFrom(`${prose(3)}<p>The council meets again on Thursday.<br>#Budget #CityCouncil #Harbour</p>`),
      ctx,
    );
    const text = textOf(out);
    expect(text).toContain('The council meets again on Thursday.');
    expect(text).not.toContain('#Budget');
    expect(ctx.hashtags).toEqual(['Budget', 'CityCouncil', 'Harbour']);
  });

  it('drops a box’s sign-up line and keeps the lines around it', () => {
    const out = cleanBlocks(
      blocksFrom(
        `${prose(3)}<p>The ferry resumes service on Monday, the operator said, after three weeks in which islanders had to drive the long way round through the valley, and the council promised to review the timetable in spring.<br>Sign up for our free morning newsletter<br>Repairs to the slipway cost about £40,000.</p>`,
      ),
      context(),
    );
    const text = textOf(out);
    expect(text).toContain('The ferry resumes service on Monday');
    expect(text).toContain('Repairs to the slipway');
    expect(text).not.toContain('Sign up for our free morning newsletter');
  });

  it('never brings back part of a paragraph the first pass removed whole', () => {
    const out = cleanBlocks(
      blocksFrom(`${prose(3)}<p>Was this article helpful?<br>(95 votes: 4.7 out of 5)</p>`),
      context(),
    );
    expect(textOf(out)).not.toMatch(/helpful|95 votes/);
  });

  it('keeps a bare link line under a paragraph: it is as often the story’s source', () => {
    const out = cleanBlocks(
      blocksFrom(
        `${prose(3)}<p>Skiing in Iceland is still quiet in winter.<br><a href="https://paper.example/">paper.example</a></p>`,
      ),
      context(),
    );
    expect(textOf(out)).toContain('paper.example');
  });
});

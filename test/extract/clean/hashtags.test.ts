import { describe, expect, it } from 'vitest';
import { hashtagLine, removeHashtagLines } from '../../../src/extract/clean/hashtags.js';
import { blocksFrom, context, textOf } from '../helpers.js';

describe('hashtag lines', () => {
  it('reads the tags of a hashtag-only line, without #', () => {
    expect(hashtagLine('#PutinTrump #Meeting #U.S #Kremlin')).toEqual([
      'PutinTrump',
      'Meeting',
      'U.S',
      'Kremlin',
    ]);
    expect(hashtagLine('#выставка #Петербург')).toEqual(['выставка', 'Петербург']);
  });

  it('leaves sentences that mention a hashtag alone', () => {
    expect(hashtagLine('The #MeToo movement changed the industry.')).toBeNull();
    expect(hashtagLine('#1 priority for the council is housing')).toBeNull();
    expect(hashtagLine('')).toBeNull();
  });

  it('removes the line, collects its tags and explains it', () => {
    const ctx = context();
    const kept = removeHashtagLines(blocksFrom('<p>Body text.</p><p>#Rail #Europe</p>'), ctx);
    expect(textOf(kept)).toBe('Body text.');
    expect(ctx.hashtags).toEqual(['Rail', 'Europe']);
    expect(ctx.removals.items).toEqual([
      { category: 'hashtags', rule: 'pattern:hashtag-line', text: '#Rail #Europe' },
    ]);
  });
});

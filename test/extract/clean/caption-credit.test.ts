import { describe, expect, it } from 'vitest';
import { creditRule } from '../../../src/extract/clean/credits.js';

describe('captions ending in a picture credit', () => {
  it('are credits', () => {
    expect(creditRule('Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO')).toBe(
      'pattern:caption-credit',
    );
    expect(creditRule('The flooded square on Monday morning (© Reuters)')).toBe('pattern:caption-credit');
  });

  it('keep sentences that mention copyright or end in a full stop after the sign', () => {
    expect(creditRule('The band sued over the © symbol on its record sleeves. The court agreed.')).toBeNull();
    expect(
      creditRule(
        'A long paragraph of the article that happens to quote the notice at its very end, which is the © Example Company, and goes on',
      ),
    ).toBeNull();
  });
});

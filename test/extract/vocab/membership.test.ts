import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_PHRASES, PLAIN_ADDRESS } from '../../../src/extract/vocab/phrases/membership.js';

describe('membership phrase data', () => {
  it('covers the fourteen languages, lower-case, each kind non-empty', () => {
    expect(Object.keys(MEMBERSHIP_PHRASES).sort()).toEqual(
      ['cs', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh'].sort(),
    );
    for (const phrases of Object.values(MEMBERSHIP_PHRASES)) {
      for (const list of [phrases.ask, phrases.appeal, phrases.action]) {
        expect(list.length).toBeGreaterThan(0);
        for (const p of list) expect(p).toBe(p.toLowerCase());
      }
    }
  });

  it('finds a bare address with a path, not a decimal or a date', () => {
    expect(PLAIN_ADDRESS.exec('join: paper.example/members')?.[1]).toBe('/members');
    expect(PLAIN_ADDRESS.test('https://www.paper.co.uk/support')).toBe(true);
    expect(PLAIN_ADDRESS.test('4.65/kg')).toBe(false);
    expect(PLAIN_ADDRESS.test('24.11.2026/27')).toBe(false);
    expect(PLAIN_ADDRESS.test('paper.example')).toBe(false);
  });
});

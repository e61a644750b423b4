/** isPhrase's trim of spaces and punctuation at the ends, done by hand for speed. */
import { describe, expect, it } from 'vitest';
import { isPhrase, trimSpacePunct } from '../../../src/extract/clean/phrases.js';

describe('trimSpacePunct', () => {
  it('matches the regex trim it replaces, astral characters and lone surrogates included', () => {
    const regex = (t: string) => t.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    for (const t of [
      '  — Not now! ',
      '«Ahora no»',
      '',
      ' ,.;',
      'a 𝐛 c',
      '𝐛',
      '\ud800x\udc00',
      '¿Qué?',
      '「あとで」',
    ]) {
      expect(trimSpacePunct(t), JSON.stringify(t)).toBe(regex(t));
    }
  });

  it('lets isPhrase turn down a text longer than any phrase of the list', () => {
    const list = { en: ['not now', 'later'] };
    expect(isPhrase('— not now!', list)).toBe('not now');
    expect(isPhrase('not now, the mayor said, and the council agreed.', list)).toBeNull();
  });
});

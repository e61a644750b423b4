import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../../src/extract/clean/phrases.js';

describe('a phrase set', () => {
  it('counts distinct phrases and tests for any, across languages', () => {
    const set = new PhraseSet([
      ['support us', 'you can support us', 'dear reader'],
      ['unterstützen sie uns', 'liebe leser'],
    ]);
    expect(set.count('dear reader, you can support us today')).toBe(2);
    expect(set.count('liebe leser, unterstützen sie uns')).toBe(2);
    expect(set.count('the council voted on tuesday')).toBe(0);
    expect(set.test('please support us')).toBe(true);
    expect(set.patterns).toBe(1);
    expect(set.test('unsupported')).toBe(false);
  });

  it('stays one pattern below the size V8 optimises, and splits by language above it', () => {
    // Three languages of 700 invented phrases each: about 30 KB of pattern together.
    const group = (tag: string) => Array.from({ length: 700 }, (_, i) => `${tag}word${i} appeal`);
    const set = new PhraseSet([group('aa'), group('bb'), group('cc')]);
    expect(set.patterns).toBeGreaterThan(1);
    expect(set.count('aaword12 appeal and ccword699 appeal, aaword12 appeal again')).toBe(2);
    expect(set.test('bbword5 appeal')).toBe(true);
    expect(set.test('ddword5 appeal')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { sharesTopic, topicKeys } from '../../../src/extract/clean/topic.js';

describe('topicKeys', () => {
  it('keys words of five letters or more by their lower-cased first letters', () => {
    expect([...topicKeys('The Bridge over Grudziądz, 2024: reopened')]).toEqual(['bridg', 'grudz', 'reope']);
    expect([...topicKeys('custou custo', 7)]).toEqual(['custou', 'custo']);
  });

  it('splits words where a letter or digit ends, marks and punctuation included', () => {
    // U+0301 (a combining accent) is no letter: 'cafe\u0301s' is 'cafe' and 's', both too short.
    expect([...topicKeys('cafe\u0301s well-known 12345')]).toEqual(['known', '12345']);
  });

  it('counts an astral letter once and cuts non-ASCII words after lower-casing', () => {
    // Four Gothic letters are no word, five are; the stem is cut in code units, as String#slice does.
    expect([...topicKeys('𐌰𐌱𐌲𐌳 𐌰𐌱𐌲𐌳𐌴')]).toEqual(['𐌰𐌱𐌲𐌳𐌴'.slice(0, 5)]);
    // 'İ' lower-cases to two code units: the stem is cut from the lower-cased word.
    expect([...topicKeys('İSTANBUL')]).toEqual(['i̇sta']);
  });

  it('leaves words with kana or Han to the CJK pairs', () => {
    expect([...topicKeys('東京タワー at Shiba')]).toEqual(['shiba', '東京', '京タ', 'タワ', 'ワー']);
  });
});

describe('sharesTopic', () => {
  it('stops at the min-th shared key', () => {
    const topic = topicKeys('Grudziądz bridge reopens');
    expect(sharesTopic('The bridges of Grudziądz', topic)).toBe(true);
    expect(sharesTopic('Bridges everywhere', topic)).toBe(false);
    expect(sharesTopic('Bridges everywhere', topic, 1)).toBe(true);
  });

  it('matches capitalised words, and sees keys a topic gained since the last call', () => {
    const topic = new Set(['bridg']);
    expect(sharesTopic('BRIDGES of Grudziądz', topic, 1)).toBe(true);
    expect(sharesTopic('Grudziądz council', topic, 2)).toBe(false);
    topic.add('grudz');
    topic.add('counc');
    expect(sharesTopic('Grudziądz council', topic, 2)).toBe(true);
  });
});

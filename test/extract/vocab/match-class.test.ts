import { describe, expect, it } from 'vitest';
import type { ClassVocabulary } from '../../../src/extract/vocab/class-words.js';
import { matchClass } from '../../../src/extract/vocab/match-class.js';

const VOCAB: ClassVocabulary = {
  words: ['share', 'ad', 'promo', 'dfp-ad'],
  parts: ['newsletter', 'sharing', 'letter'],
};

describe('matchClass', () => {
  it('matches words as whole tokens only, the first token in the string winning', () => {
    expect(matchClass('post ad-slot', VOCAB)).toBe('ad');
    expect(matchClass('header read', VOCAB)).toBeNull();
    expect(matchClass('promo_box share-bar', VOCAB)).toBe('promo');
    expect(matchClass('x share2 y', VOCAB)).toBeNull();
    expect(matchClass('é-share-é', VOCAB)).toBe('share');
  });

  it('never matches a word that is no token (it holds a separator)', () => {
    expect(matchClass('dfp-ad-unit', VOCAB)).toBe('ad');
    expect(matchClass('dfpxad', VOCAB)).toBeNull();
  });

  it('falls back to parts anywhere, in the vocabulary order', () => {
    expect(matchClass('socialsharingbox', VOCAB)).toBe('sharing');
    expect(matchClass('footer-letter newsletterbox', VOCAB)).toBe('newsletter');
    expect(matchClass('main article', VOCAB)).toBeNull();
    expect(matchClass('', VOCAB)).toBeNull();
  });

  it('prefers a word to a part', () => {
    expect(matchClass('newsletter share', VOCAB)).toBe('share');
  });
});

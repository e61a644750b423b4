import { describe, expect, it } from 'vitest';
import { BOILERPLATE_CLASSES } from '../../../src/extract/vocab/class-words.js';
import { matchClass } from '../../../src/extract/vocab/match-class.js';

describe('boilerplate class words', () => {
  it("does not take Adobe Experience Manager's component prefix for a consent banner", () => {
    expect(matchClass('cmp-text', BOILERPLATE_CLASSES.cookie!)).toBeNull();
    expect(matchClass('cmp-image__caption', BOILERPLATE_CLASSES.cookie!)).toBeNull();
    expect(matchClass('cookie-consent', BOILERPLATE_CLASSES.cookie!)).not.toBeNull();
  });

  it('reads caption classes in other languages', () => {
    for (const ci of ['foto-didascalia', 'bildunterschrift', 'legende', 'piefoto', 'bijschrift']) {
      expect(matchClass(ci, BOILERPLATE_CLASSES.credit!)).not.toBeNull();
    }
  });

  it("reads readers' reactions as comments and an audio player as no text", () => {
    expect(matchClass('article__reactions', BOILERPLATE_CLASSES.comments!)).not.toBeNull();
    expect(matchClass('reacties', BOILERPLATE_CLASSES.comments!)).not.toBeNull();
    expect(matchClass('audio-player', BOILERPLATE_CLASSES.other!)).not.toBeNull();
  });
});

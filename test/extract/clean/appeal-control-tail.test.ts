import { describe, expect, it } from 'vitest';
import { appealCues } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('appeals that end in their controls', () => {
  it('counts a lone link to a support page as a control, not a link inside a sentence', () => {
    const [lone, inSentence, other] = blocksFrom(
      '<p><a href="/support?src=inline">Back the paper</a></p><p>Read <a href="/support">this</a> first, he said.</p><p><a href="/news/42">Next story</a></p>',
    );
    expect(appealCues(lone!).link).toBe(true);
    expect(appealCues(inSentence!).link).toBe(false);
    expect(appealCues(other!).link).toBe(false);
  });

  it('removes an outlet-voice block worded with no listed phrase when a support link follows', () => {
    const voice = '<p>Every week we cross on the same ferries to bring you the island news that matters.</p>';
    const html = `${prose(4)}${voice}<p><a href="/support">Back the Herald</a></p><p><a href="#later">Not now, ask me next week</a></p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 4');
    expect(kept).not.toContain('bring you');
    expect(kept).not.toContain('Back the Herald');
    expect(kept).not.toContain('ask me next week');
  });

  it('keeps a fundraising article’s third-person paragraph before the fundraiser’s donate link', () => {
    const line =
      '<p>The group needs another £27,000 before it can sign a building contract, its leader said.</p>';
    const html = `${prose(4)}${line}<p><a href="https://fundraiser.example/donate">Donate to the scouts</a></p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('another £27,000');
  });
});

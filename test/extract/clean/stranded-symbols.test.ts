import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const story = [
  'The council voted on Tuesday to close the old library on Mill Street at the end of the year, after a survey found the roof unsafe.',
  'Residents who use the reading room every week said the decision was taken without asking them, and a petition has 800 names.',
  'The council said a new branch would open in the community centre next spring, with longer hours and a children’s corner.',
  'A public meeting on the plans will be held at the town hall on 14 May at seven in the evening.',
];

function page(box: string, tail = ''): string {
  const paragraphs = story.map((t) => `<p>${t}</p>`);
  paragraphs.splice(2, 0, box);
  return `<html lang="en"><head><title>Library to close | Mill Town Post</title></head><body><article><h1>Library to close</h1>${paragraphs.join('')}${tail}</article></body></html>`;
}

describe('a box icon left alone once its text is gone', () => {
  it('goes with the newsletter line beside it', () => {
    const box =
      '<div class="c1"><p>📩</p><p>Get the Post’s council coverage in your inbox every Friday. Sign up for our free newsletter.</p></div>';
    const { text, removed } = extract(page(box), { url: 'https://post.example/library/', explain: true });
    expect(text).not.toMatch(/📩|in your inbox/);
    expect(text).toContain('community centre next spring');
    expect(removed?.map((r) => r.rule)).toContain('pattern:stranded-symbol');
  });

  it("stays between the story's paragraphs when nothing beside it went (a section break)", () => {
    const { text } = extract(page('<p>* * *</p>'), { url: 'https://post.example/library/' });
    expect(text).toContain('* * *');
  });
});

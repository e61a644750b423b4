import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const HEADLINE = 'Council approves new bus lanes across the river bridge';

function clean(html: string) {
  return textOf(removeDonationAppeals(blocksFrom(html), { ...context(), headline: HEADLINE }));
}

/** A funding FAQ: questions put to the outlet, short answers, then the appeal's payment line and buttons. */
const FAQ = `<h3>Questions we often get about money</h3>
  <dl><dt>Why do you ask readers for money?</dt><dd>Because nobody else pays for this work. We have no owner and no advertisers to please.</dd>
  <dt>Where does my donation go?</dt><dd>To three reporters' pay, their travel around the county and a lawyer who reads our stories.</dd>
  <dt>Can I give without a card?</dt><dd>Yes: by bank transfer or PayPal, once or every month.</dd>
  <dt>Can I stop whenever I like?</dt><dd>Whenever you like, from your supporter page.</dd></dl>
  <p>IBAN: GB33 BUKB 2020 1555 5555 55</p><p>£5 £10 £25</p><p><a href="/support">Support us</a></p>`;

describe('an appeal written as questions and answers', () => {
  it('goes whole, with its title and payment line, and the story around it stays', () => {
    const text = clean(`${prose(3)}${FAQ}${prose(2, 4)}`);
    expect(text).not.toMatch(
      /often get about money|Why do you ask|three reporters|bank transfer|supporter page|IBAN/,
    );
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it("leaves an interview's questions, and a story's question crossheads over long sections", () => {
    const interview = `<p>Why did you leave the council?</p><p>Because the budget talks went nowhere for a year and I was tired of it, honestly.</p>
      <p>What comes next for you?</p><p>I will teach again at the school where I started, in September.</p>
      <p>Will you run again?</p><p>Not in the next election, no.</p>`;
    const kept = clean(`${prose(2)}${interview}${prose(1, 3)}`);
    expect(kept).toContain('What comes next for you?');
    const long =
      'The engineers surveyed the old bridge twice this year and found cracks in three of its piers, which the county must now repair before winter sets in.';
    const story = `<h3>Linked to the old quake?</h3><p>${long}</p><p>${long}</p><p>${long}</p><h3>What happens to the schools?</h3><p>${long}</p><p>${long}</p>`;
    const sections = clean(`${prose(2)}${story}<p>£5 £10 £25</p>`);
    expect(sections).toContain('Linked to the old quake?');
    expect(sections).toContain('What happens to the schools?');
  });
});

import { describe, expect, it } from 'vitest';
import { bioVerbName, removePostFooters } from '../../../src/extract/clean/post-footer.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('author bios that say what the author writes about', () => {
  it('finds the name before a writing or covering verb, in several languages', () => {
    expect(bioVerbName('Marta Kowalczyk pisze o edukacji i samorządzie. Wcześniej pracowała w radiu.')).toBe(
      'Marta Kowalczyk',
    );
    expect(bioVerbName('Олег Бондар висвітлює енергетику та комунальні тарифи.')).toBe('Олег Бондар');
    expect(bioVerbName('Sam Whitfield covers transport and planning for the paper.')).toBe('Sam Whitfield');
    expect(bioVerbName('Jan de Vries schrijft over landbouw en natuur in Drenthe.')).toBe('Jan de Vries');
    expect(bioVerbName('Claire Morel écrit sur la santé et le climat depuis 2018.')).toBe('Claire Morel');
  });

  it('leaves sentences that open with a capitalised noun, quotes, or no such verb', () => {
    expect(bioVerbName('Die Stadt berichtet über die neuen Pläne auf ihrer Website.')).toBeNull();
    expect(bioVerbName('The Council covers the cost of the repairs.')).toBeNull();
    expect(bioVerbName('Sam Whitfield said the buses would run again on Monday.')).toBeNull();
    expect(bioVerbName('Sam Whitfield writes about “a town that forgot its river”.')).toBeNull();
    expect(bioVerbName('Whitfield covers housing.')).toBeNull();
  });

  it('removes the bio at the very end when the story never names that person', () => {
    const ctx = context();
    const bio = '<div><p>Marta Kowalczyk pisze o edukacji. Wcześniej pracowała w radiu.</p></div>';
    const kept = textOf(removePostFooters(blocksFrom(`${prose(4)}${bio}`), ctx));
    expect(kept).not.toContain('Marta Kowalczyk');
    expect(kept).toContain('Article paragraph 4');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'other', rule: 'text-cues:author-bio' });
  });

  it('keeps a closing line about someone the story names, or one not at the end', () => {
    const subject = '<p>Sam Whitfield, a retired driver, started the petition in May.</p>';
    const closing = '<p>Sam Whitfield covers the cost of the leaflets himself.</p>';
    expect(textOf(removePostFooters(blocksFrom(`${subject}${prose(3)}${closing}`), context()))).toContain(
      'covers the cost',
    );
    // Names inflect: "Kowalczykiem" names Marta Kowalczyk too.
    const inflected = '<p>Wywiad z Kowalczykiem przeprowadziła redakcja.</p>';
    const bio = '<p>Marta Kowalczyk pisze o edukacji.</p>';
    expect(textOf(removePostFooters(blocksFrom(`${inflected}${prose(3)}${bio}`), context()))).toContain(
      'Marta Kowalczyk',
    );
    const notLast = `${prose(3)}<p>Sam Whitfield covers transport.</p>${prose(1, 4)}`;
    expect(textOf(removePostFooters(blocksFrom(notLast), context()))).toContain('Sam Whitfield');
  });

  it('does not take a name that the headline carries', () => {
    const ctx = { ...context(), headline: 'Whitfield petition reaches the council' };
    const html = `${prose(3)}<p>Sam Whitfield covers the cost of the leaflets himself.</p>`;
    expect(textOf(removePostFooters(blocksFrom(html), ctx))).toContain('Sam Whitfield');
  });
});

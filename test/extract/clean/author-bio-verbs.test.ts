import { describe, expect, it } from 'vitest';
import { bioVerbName, contactBioName, removePostFooters } from '../../../src/extract/clean/post-footer.js';
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

describe('author bios that give the author an address', () => {
  it('find the name of a bio with a beat verb or an e-mail address to write to', () => {
    const bio =
      'Martina Oberhofer segue cultura e scuola in Valle Isarco. Scrivile a redazione@giornale.example.';
    expect(bioVerbName(bio)).toBe('Martina Oberhofer');
    expect(contactBioName('Ana Lopes vive em Viseu. Escreva-lhe para ana@eco.example')).toBe('Ana Lopes');
    expect(contactBioName('Ana Lopes vive em Viseu. Escreva-lhe pelo formulário.')).toBeNull();
  });

  it('removes such a bio at the end, but not a call to write to someone the story names', () => {
    const ctx = context();
    const bio = '<p>Jane Parry lives in Holmfirth. Email her at jane@messenger.example</p>';
    expect(textOf(removePostFooters(blocksFrom(`${prose(3)}${bio}`), ctx))).not.toContain('Jane Parry');
    const subject = '<p>Jane Parry runs the food bank on Station Road.</p>';
    const call = '<p>Jane Parry asks volunteers to email her at help@foodbank.example</p>';
    expect(textOf(removePostFooters(blocksFrom(`${subject}${prose(3)}${call}`), context()))).toContain(
      'volunteers to email',
    );
  });
});

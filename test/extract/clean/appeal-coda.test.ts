import { describe, expect, it } from 'vitest';
import { addressesReader } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, textOf } from '../helpers.js';

const clean = (html: string, headline = 'Frana sulla provinciale 31, Ca’ Morosini isolata'): string => {
  const ctx = { ...context(), outlets: ['Eco delle Valli'], headline };
  return textOf(removeDonationAppeals(blocksFrom(html), ctx));
};

const STORY = [
  '<p>Una frana di circa settemila metri cubi si è staccata poco dopo le tre di notte dal versante sopra Ca’ Morosini, invadendo la provinciale per ottanta metri.</p>',
  '<p>A dare l’allarme è stato un autista dello spazzaneve che rientrava in deposito e ha visto gli alberi piegarsi sulla carreggiata.</p>',
  '<p>Il geologo della Provincia ha effettuato un primo sopralluogo all’alba: ci sono ancora blocchi instabili nella parte alta del versante.</p>',
  '<p>La Provincia ha chiesto alla Regione il riconoscimento dello stato di emergenza. Il costo degli interventi urgenti è stimato in 400 mila euro.</p>',
].join('');

describe("the outlet's note at the end of the story, worded as no phrase list has it", () => {
  const CODA = [
    '<p>Stanotte eravamo in tre a seguire questa frana: uno in redazione, due sulla forestale con le torce.</p>',
    '<p>Lo facciamo da undici anni, con una redazione che sta in una stanza sopra la farmacia. Non abbiamo un editore alle spalle.</p>',
    '<p>Chi ci legge sa che quando la strada chiude, noi restiamo aperti. Per continuare abbiamo bisogno di chi sceglie di abbonarsi.</p>',
    '<p>Un abbonamento costa meno di un pieno di gasolio all’anno, ed è per questo che chiediamo a chi può.</p>',
  ].join('');

  it('goes whole, after the last paragraph of the story', () => {
    const out = clean(STORY + CODA);
    for (const line of ['Stanotte', 'Lo facciamo', 'Chi ci legge', 'Un abbonamento'])
      expect(out).not.toContain(line);
    expect(out).toContain('400 mila euro');
  });

  it('goes whole before the first paragraph too', () => {
    const out = clean(CODA + STORY);
    expect(out).not.toContain('Lo facciamo');
    expect(out).toContain('Una frana di circa');
  });

  it('stays when it names no money or subscription: the outlet telling how it reported', () => {
    const making = [
      '<p>Stanotte eravamo in tre a seguire questa frana: uno in redazione, due sulla forestale con le torce.</p>',
      '<p>Abbiamo parlato con i residenti delle frazioni alte e con i tecnici della Provincia fino all’alba.</p>',
    ].join('');
    expect(clean(STORY + making)).toContain('Abbiamo parlato');
  });

  it('stays in the middle of the story: a coda is at either end', () => {
    const out = clean(
      STORY.slice(0, STORY.lastIndexOf('<p>La Provincia')) +
        CODA +
        STORY.slice(STORY.lastIndexOf('<p>La Provincia')) +
        STORY,
    );
    expect(out).toContain('Lo facciamo');
  });

  it('stays when the story is about a newspaper: its money and newsroom are the subject', () => {
    const out = clean(STORY + CODA, 'Il giornale delle valli cerca nuovi abbonati');
    expect(out).toContain('Lo facciamo');
  });
});

describe('"onze"', () => {
  it('is Dutch "our", not French or Portuguese eleven', () => {
    expect(
      addressesReader('steun onze redactie met een bijdrage', 'Steun onze redactie met een bijdrage'),
    ).toBe(true);
    expect(
      addressesReader(
        'les onze films de cette édition seront diffusés',
        'Les onze films de cette édition seront diffusés',
      ),
    ).toBe(false);
    expect(addressesReader('foram onze jogos sem perder', 'Foram onze jogos sem perder')).toBe(false);
  });
});

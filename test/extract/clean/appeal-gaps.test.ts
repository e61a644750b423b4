import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, textOf } from '../helpers.js';

const clean = (html: string): string => {
  const ctx = {
    ...context(),
    outlets: ['Cuadernos del Sur'],
    headline: 'Inés Carmona gana el festival de Almonte',
  };
  return textOf(removeDonationAppeals(blocksFrom(html), ctx));
};

const STORY = [
  '<p>«La última almadraba», el primer largometraje de Inés Carmona, ganó este sábado el premio del jurado del festival de Almonte.</p>',
  '<p>El documental sigue durante dos temporadas a los pescadores que calan las redes frente a la costa, desde la primavera hasta el final del verano.</p>',
  '<p>El jurado, presidido por la actriz Lucía Benjumea, destacó la paciencia de una mirada que acompaña el trabajo sin embellecerlo. El premio está dotado con 15.000 euros.</p>',
  '<p>El premio del público fue para la comedia «Bodas de hojalata», de Javier Lomas. El certamen contabilizó 21.400 espectadores, un 18 % más que el año anterior.</p>',
].join('');

/** The editor's note after the story, as pieces the cleaner finds, with `middle` between them. */
const note = (middle: string): string =>
  [
    '<p>Soy Candela Ortiz, directora de Cuadernos del Sur, y os escribo desde la sala de prensa del certamen.</p>',
    middle,
    '<p>Hoy somos siete personas, y seguimos sin anunciantes grandes porque preferimos no depender de ellos.</p>',
    '<p>Eso significa que dependemos de vosotros. Cuatro de cada diez euros que ingresamos vienen de lectores que pagan.</p>',
    '<p>Si crees que merece la pena, suma tu aportación: la cantidad que elijas, cada mes o una sola vez.</p>',
    '<p>5 € 12 € 30 € Mensual Una vez</p>',
    '<p>Ya somos 3.914 personas sosteniendo Cuadernos del Sur. Faltan 86 para llegar a 4.000.</p>',
  ].join('');

describe('a line between two pieces of an appeal', () => {
  it('goes when it speaks as the outlet, by one "we" verb the voice test misses ("hemos")', () => {
    const out = clean(
      STORY +
        note('<p>Hemos cubierto las quince ediciones de Almonte, las primeras con una cámara prestada.</p>'),
    );
    expect(out).not.toContain('Hemos cubierto');
    expect(out).not.toContain('Soy Candela');
    expect(out).toContain('El premio del público');
  });

  it('goes in an Italian-style imperfect too ("eravamo")', () => {
    const out = clean(
      STORY + note('<p>Stanotte eravamo in tre a seguire la premiazione, con una sola telecamera.</p>'),
    );
    expect(out).not.toContain('Stanotte');
  });

  it('stays when it reports in the third person: the story the appeal was split around', () => {
    const out = clean(
      STORY +
        note('<p>La directora recogió el galardón entre aplausos y lo dedicó a los pescadores de Conil.</p>'),
    );
    expect(out).toContain('La directora recogió');
  });

  it("stays when a sentence of the story's names one price; a short payment line goes", () => {
    const price = clean(
      STORY +
        note(
          '<p>La sala abre a diario de nueve a diez de la noche y organiza talleres para niños los sábados por 12 euros.</p>',
        ),
    );
    expect(price).toContain('talleres para niños');
    const line = clean(STORY + note('<p>Desde 5 € al mes, con tarjeta o Bizum.</p>'));
    expect(line).not.toContain('Desde 5 €');
  });

  it('stays when it opens with a quote mark: someone speaking, whoever "we" are', () => {
    const out = clean(
      STORY + note('<p>«Hemos trabajado dos años sin apenas dinero», dijo Carmona al recoger el premio.</p>'),
    );
    expect(out).toContain('Hemos trabajado');
  });
});

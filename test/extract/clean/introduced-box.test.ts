import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/extract/clean/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

/** A charity's donation page as a screenshot shows it: goal, tally, its own ask and amounts. */
const BOX =
  '<div class="callout"><div class="callout-icon">🖼️</div><div class="callout-text">' +
  '<p>Objectif refuge : 180 000 €</p><p>Déjà collecté : 146 250 € (81 %)</p>' +
  '<p>Soutenez-nous, chaque euro compte pour nos protégés !</p><p>10 € · 30 € · 50 € · Montant libre</p></div></div>';

function cleaned(intro: string): string {
  return textOf(cleanBlocks(blocksFrom(`${prose(2)}<p>${intro}</p>${BOX}${prose(2, 3)}`), context()));
}

describe('a box the story introduces with a colon', () => {
  it('keeps what a story paragraph ending in a colon hands the reader, amounts row included', () => {
    const text = cleaned(
      "À l'audience, le président a fait projeter une capture d'écran de la page de don, versée au dossier par les enquêteurs. On pouvait y lire :",
    );
    for (const line of ['Objectif refuge', 'Déjà collecté', 'Soutenez-nous', 'Montant libre'])
      expect(text).toContain(line);
    expect(text).toContain('Article paragraph 4');
  });

  it('still removes the box after a story paragraph that introduces nothing, or after a short label', () => {
    const plain = cleaned(
      "À l'audience, le président a fait projeter une capture d'écran de la page de don, versée au dossier par les enquêteurs.",
    );
    expect(plain).not.toMatch(/Objectif refuge|Soutenez-nous|Montant libre/);
    expect(cleaned('Notre collecte :')).not.toMatch(/Objectif refuge|Soutenez-nous/);
  });
});

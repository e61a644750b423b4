import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const STORY = [
  'Pendant au moins quatre ans, la laiterie coopérative a rejeté ses eaux de lavage dans la rivière sans autorisation préfectorale, selon des documents consultés par Le Rebond.',
  'Un rapport de l’inspection des installations classées, daté de juin 2025, relève des concentrations d’azote dix fois supérieures aux seuils autorisés.',
  'La laiterie, qui transforme chaque jour 180 000 litres de lait et emploie 140 salariés, n’a jamais déposé de demande de régularisation.',
  'La préfecture a adressé à la coopérative une mise en demeure en octobre, lui laissant trois mois pour se mettre en conformité.',
];

function page(box: string): string {
  const body = STORY.map((t) => `<p>${t}</p>`).join('');
  return `<html lang="fr"><head><title>La laiterie qui polluait la rivière | Le Rebond</title><meta property="og:site_name" content="Le Rebond"></head><body><article><h1>La laiterie qui polluait la rivière</h1><div class="body">${box}${body}</div></article></body></html>`;
}

// Lines in the third person: "nos enquêtes" would make them the outlet speaking, an appeal without any button.
const LINES =
  '<p>Le Rebond est en accès libre, sans publicité et sans actionnaire. C’est un choix, et il a un prix : ses enquêtes sont financées à 92 % par des dons de lecteurs.</p>' +
  '<p>Objectif de l’année : 2 500 donateurs réguliers. Chaque don ouvre droit à une réduction d’impôt de 66 %.</p>';

describe('a box whose appeal button the pruning removed', () => {
  it('asks as its button did: its lines go, and the story stays, its source line included', () => {
    const box = `<div class="c-22be">${LINES}<ul><li><button type="button">Je soutiens Le Rebond</button></li></ul></div>`;
    const { text } = extract(page(box), { url: 'https://lerebond.example/enquetes/laiterie/' });
    expect(text).not.toMatch(/accès libre|Objectif de l’année/);
    for (const line of STORY) expect(text).toContain(line);
  });

  it('keeps the lines when the button is no appeal control', () => {
    const box = `<div class="c-22be">${LINES}<ul><li><button type="button">Agrandir</button></li></ul></div>`;
    const { text } = extract(page(box), { url: 'https://lerebond.example/enquetes/laiterie/' });
    expect(text).toContain('Objectif de l’année');
  });
});

describe('a hashtag line ending the article', () => {
  it("is no button of the article's box: the story's last line stays beside the appeal (probe54 fr_after)", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe54/fr_after/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as { url: string };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    expect(text).toContain('La Ville indique qu’un nouveau marché, prévu en 2027');
    expect(text).not.toContain('Chère lectrice');
  });
});

import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/extract/clean/block-text.js';
import { noteFrame } from '../../../src/extract/clean/signed-note.js';
import { extract } from '../../../src/index.js';
import { blocksFrom } from '../helpers.js';

describe("the frame of the outlet's signed note", () => {
  const frame = (html: string, removed: number[]) => {
    const blocks = blocksFrom(html);
    return noteFrame(blocks, blocks.map(blockText), new Set(removed)).sort((a, b) => a - b);
  };

  it('is the heading naming whose note it is and the signature under it', () => {
    const html = `<p>Story.</p><h3>A note from our editor</h3><p>Note.</p><p>Ask.</p><p>— Maria Keller, editor-in-chief</p><p>Story goes on.</p>`;
    expect(frame(html, [2, 3])).toEqual([1, 4]);
    const uk = `<p>Текст.</p><h3>Від редакторки</h3><p>Нотатка.</p><p>— Оксана Руденко, головна редакторка «Лінії»</p>`;
    expect(frame(uk, [2])).toEqual([1, 3]);
  });

  it("leaves a quote's attribution and a section heading that are not beside a removed note", () => {
    const html = `<h3>A note from our editor</h3><p>Story.</p><blockquote><p>We will appeal.</p></blockquote><p>— Dana Ruiz, the mayor's spokeswoman</p><p>Note.</p>`;
    expect(frame(html, [4])).toEqual([]);
    // A signature needs a role of the newsroom or its head.
    expect(frame('<p>Note.</p><p>— Dana Ruiz, who lives on Elm Street</p>', [0])).toEqual([]);
  });
});

describe("an exile outlet's director's note after the story", () => {
  it('goes whole: heading, ask, signature, and a coin address whatever its alphabet', () => {
    const story = [
      'El régimen excarceló este jueves a 98 personas consideradas presos políticos y las trasladó en un vuelo a Ciudad de Guatemala.',
      'Entre los liberados hay dos sacerdotes, cuatro estudiantes universitarios y una periodista de una radio comunitaria de Estelí.',
      'La mayoría de las familias se enteró por las redes sociales. «Vi la foto de mi hijo bajando del avión y no lo podía creer», dijo una madre.',
      'El Gobierno guatemalteco informó de que concederá a los liberados permisos de estancia por razones humanitarias durante un año.',
      'Abogados consultados recordaron que la Constitución prohíbe privar de la nacionalidad a quienes nacieron en el país.',
    ];
    const note = [
      '<h3>Una nota de nuestra directora</h3>',
      '<p>Esta noche la redacción no durmió. Cotejamos nombres, llamamos a las familias y confirmamos cada caso antes de publicarlo.</p>',
      '<p>No tenemos anunciantes ni fondos de ningún gobierno. Si este trabajo te importa, sostenlo con lo que puedas, una vez o cada mes.</p>',
      '<p>— Amalia Rostrán, directora de Río Abierto</p>',
      '<p>USDT (Tron): TQx8Rk2yZ5sGe3qP8zW6tM4bX1dF7iK9vHj</p>',
    ].join('');
    const html = `<html lang="es"><head><title>Excarcelan a 98 presos políticos | Río Abierto</title><meta property="og:site_name" content="Río Abierto"></head><body><article><h1>Excarcelan a 98 presos políticos</h1>${story.map((t) => `<p>${t}</p>`).join('')}${note}</article></body></html>`;
    const { text } = extract(html, { url: 'https://rioabierto.example/presos/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/nuestra directora|con lo que puedas|Rostrán|USDT/);
  });
});

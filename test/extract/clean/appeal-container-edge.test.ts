import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('an appeal box after a story about fundraising', () => {
  const last = 'La organización mantendrá abierta la recogida de donativos hasta el 31 de diciembre.';
  const appeal = `<div><p>Noticias del Valle no recibe dinero público.</p>
    <p>Si te gusta leer historias como esta, colabora con nosotros: tu apoyo es lo único que nos mantiene en marcha.</p>
    <p><a href="/support?amount=0">Colaborar una vez</a> <a href="/support?amount=1">Colaborar cada mes</a></p></div>`;
  const ctx = () => ({ ...context(), outlets: ['Noticias del Valle'] });

  it('keeps the story’s last line (a topic word, no voice) across the container edge', () => {
    const kept = removeDonationAppeals(blocksFrom(`<div>${prose(3)}<p>${last}</p></div>${appeal}`), ctx());
    expect(textOf(kept)).toContain(last);
    expect(textOf(kept)).not.toMatch(/dinero público|mantiene en marcha/);
  });

  it('still takes a short topic-word line inside the appeal’s own box', () => {
    const box = appeal.replace('<div>', '<div><p>Los donativos importan.</p>');
    const kept = removeDonationAppeals(blocksFrom(`<div>${prose(3)}</div>${box}`), ctx());
    expect(textOf(kept)).not.toContain('Los donativos importan');
    expect(textOf(kept)).toContain('Article paragraph 3');
  });
});

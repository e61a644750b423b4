import { describe, expect, it } from 'vitest';
import { creditRule, removeCredits } from '../../../src/extract/clean/credits.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('captions ending in a picture credit', () => {
  it('are credits', () => {
    expect(creditRule('Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO')).toBe(
      'pattern:caption-credit',
    );
    expect(creditRule('The flooded square on Monday morning (© Reuters)')).toBe('pattern:caption-credit');
  });

  it('keep sentences that mention copyright or end in a full stop after the sign', () => {
    expect(creditRule('The band sued over the © symbol on its record sleeves. The court agreed.')).toBeNull();
    expect(
      creditRule(
        'A long paragraph of the article that happens to quote the notice at its very end, which is the © Example Company, and goes on',
      ),
    ).toBeNull();
  });
});

describe('cover-image credits', () => {
  it('are credits in several languages', () => {
    expect(creditRule('Titelbild: Moselpost/Archiv')).toBe('phrase:titelbild:');
    expect(creditRule('Cover image: Harbour Times archive')).toBe('phrase:cover image:');
    expect(creditRule('Foto de capa: Arquivo')).toBe('phrase:foto de capa:');
  });
});

describe('date rows', () => {
  it('are credits even when they open with the separator left by a byline link', () => {
    expect(creditRule('· 14 марта 2025, 10:15')).toBe('pattern:date');
    expect(creditRule('| 3 March 2025')).toBe('pattern:date');
    expect(creditRule('Veröffentlichung: 2. Februar 2022')).toBe('pattern:dateline');
    expect(creditRule('News date : 04/21/2022 Category : Press Releases')).toBe('pattern:dateline');
    expect(creditRule('Updated 25 May 2025 — 14:05 CET')).toBe('pattern:dateline');
    expect(creditRule('Aktualisiert am 3.4.2025, 14:05 Uhr')).toBe('pattern:dateline');
    expect(creditRule('· Moscow is building a new bridge over the river, 2025')).toBeNull();
    // The date of a byline row whose author part followed in its own element.
    expect(creditRule('mercredi 25 novembre 2026,')).toBe('pattern:date');
  });

  it('keeps an update note: a date, then a sentence of news', () => {
    expect(creditRule('Updated 25 May: the council confirmed the figures on Tuesday.')).toBeNull();
    expect(creditRule('Aktualisiert am 3.4.: Die Stadt hat die Sperrung inzwischen aufgehoben.')).toBeNull();
    expect(creditRule('Обновлено 3 апреля: мэрия подтвердила, что мост откроют в мае.')).toBeNull();
  });
});

describe('loose captions', () => {
  it('removes the short text sharing a box with the image before it, in markup without <figure>', () => {
    const ctx = context();
    const html = `<center><img src="/bridge.jpg"><br><font size="2">The old bridge during the flood.</font> <font size="1">Picture: Ann Lee</font></center>${prose(2)}`;
    const kept = removeCredits(blocksFrom(html), ctx);
    expect(textOf(kept)).not.toMatch(/old bridge during|Ann Lee/);
    expect(textOf(kept)).toContain('Article paragraph 2');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'credit', rule: 'pattern:image-caption' });
  });

  it('keeps paragraphs after an image in a box of paragraphs', () => {
    const html = `<div><img src="/bridge.jpg"><p>The council closed the old bridge on Monday.</p></div>${prose(1)}`;
    expect(textOf(removeCredits(blocksFrom(html), context()))).toContain('closed the old bridge');
  });
});

describe('the editor line under a Chinese story', () => {
  it('is a credit, with or without brackets and a staff code', () => {
    for (const line of [
      '责任编辑：刘洋_NL5521',
      '（责任编辑：王晓）',
      '責任編輯：陳美玲',
      '编辑：赵敏',
      '【编辑：林晓】',
    ]) {
      expect(creditRule(line), line).not.toBeNull();
    }
  });

  it('leaves a sentence about an editor', () => {
    expect(creditRule('该报责任编辑表示，稿件在发表前经过三次核实，并联系了所有当事人。')).toBeNull();
  });
});

describe('rights and reuse notices without the © sign', () => {
  it('are the site’s small print', () => {
    for (const line of [
      '本文为东海新闻原创，未经授权不得转载。',
      '無断転載を禁じます',
      'Alle Rechte vorbehalten.',
      'Все права защищены. Перепечатка только с разрешения редакции.',
      'Перепечатка материалов только с письменного разрешения редакции.',
      'Nachdruck nur mit Genehmigung der Redaktion.',
      'Reproduction interdite sans autorisation.',
      'Prohibida su reproducción total o parcial.',
      'RIPRODUZIONE RISERVATA',
      'Przedruk materiałów tylko za pisemną zgodą redakcji.',
      '原创不易，转载请联系授权。关注“江城科学”公众号，第一时间获取最新发现。',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ]) {
      expect(creditRule(line), line).toBe('pattern:copyright');
    }
  });

  it('leave a paragraph of the story on copyright', () => {
    expect(
      creditRule(
        'The court found that the phrase “all rights reserved” printed under the photos did not by itself prove that the agency owned them, and sent the case back to the lower court for a new hearing on the licence terms.',
      ),
    ).toBeNull();
    expect(
      creditRule(
        'Der Verlag verlangt, dass jeder Nachdruck der Fotos künftig bezahlt wird, sagte die Sprecherin.',
      ),
    ).toBeNull();
  });
});

describe("a Chinese portal's source line", () => {
  it('is a credit when it names the wire or paper alone', () => {
    expect(creditRule('来源：滨海新闻网')).toBe('pattern:wire-source');
    expect(creditRule('來源：中央社')).toBe('pattern:wire-source');
  });

  it("stays when it lists the story's own sources", () => {
    expect(creditRule('来源：江汉区人民法院一审判决书 · 本报5月12日相关报道')).toBeNull();
  });
});

describe("the site's footer after a copyright line", () => {
  it('goes with it: the short labels after it to the end of its container', () => {
    const footer =
      '<div><p>© 2025 Heraldo del Ebro. Todos los derechos reservados.</p><p>Aviso legal</p><p>Política de privacidad</p><p>Contacta con la redacción</p></div>';
    const ctx = context();
    const kept = textOf(removeCredits(blocksFrom(`<div>${prose(3)}</div>${footer}`), ctx));
    expect(kept).not.toMatch(/Aviso legal|Política|Contacta/);
    expect(kept).toContain('Article paragraph 3');
  });

  it('leaves a sentence after it, and the labels with it', () => {
    const box =
      '<div><p>© 2025 Heraldo del Ebro. Todos los derechos reservados.</p><p>Aviso legal</p><p>El pleno aprobó el presupuesto el viernes.</p></div>';
    const kept = textOf(removeCredits(blocksFrom(`<div>${prose(3)}</div>${box}`), context()));
    expect(kept).toContain('Aviso legal');
    expect(kept).toContain('El pleno aprobó');
  });
});

describe('a Creative Commons licence line', () => {
  it("is the site's small print, and the footer labels after it go with it", () => {
    expect(creditRule('Все материалы доступны по лицензии CC BY-NC 4.0')).toBe('pattern:copyright');
    expect(creditRule('The council published the survey under a new licence last week.')).toBeNull();
  });
});

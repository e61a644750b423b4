/**
 * Paragraphs beside an outlet's appeal that report rather than ask: the outlet's own survey
 * ("segundo levantamento da Folha do Cerrado") and a source's words on a price ("判決によると、…
 * 月額7980円が…", "Das Portal hatte argumentiert, … für 3,99 Euro im Monat"). The pages are the look-alike
 * probes fp52/pt_2, fp52/ja_2 and fp53/de_2 (bench/probes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

function probe(id: string, set = 'fp52'): { text: string; removed: string } {
  const dir = new URL(`../../../bench/probes/${set}/${id}/`, import.meta.url);
  const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as { url: string };
  const record = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url, explain: true });
  return { text: record.text, removed: JSON.stringify(record.removed ?? []) };
}

describe('reporting beside an appeal', () => {
  it("keeps the paragraph citing the outlet's own survey right after its appeal box", () => {
    const { text, removed } = probe('pt_2');
    expect(text).toContain('segundo levantamento da Folha do Cerrado nos dados do DivulgaCand');
    expect(removed).toContain('Jornalismo independente custa caro');
  });

  it("keeps a source's words on a subscription price beside the outlet's own paid-membership box", () => {
    const { text, removed } = probe('ja_2');
    expect(text).toContain('判決によると、同社のサイトでは「いつでも解約可能」と表示しながら');
    expect(removed).toContain('有料会員になりませんか');
  });

  it("keeps a party's argument on a price, reported in a story about a cookie-banner ruling", () => {
    const { text, removed } = probe('de_2', 'fp53');
    expect(text).toContain('Das Portal hatte argumentiert, Werbung über personalisierte Cookies');
    expect(removed).toContain('Digitalrundschau gehört ihren Leserinnen und Lesern');
  });
});

describe("the story's subject asking, told in the third person", () => {
  it("keeps a school association's ask on the story's topic near the outlet's own subscribe box (fp55 it_2)", () => {
    const { text, removed } = probe('it_2', 'fp55');
    expect(text).toContain('La circolare inviata a 410 famiglie indica l’IBAN dell’associazione');
    expect(removed).toContain('Abbonati a Eco di Bergamo Oggi');
  });
});

describe("the editors' note under a story", () => {
  it('keeps a disclosure that asks nothing and names no money (fp56 ru_1)', () => {
    const { text, removed } = probe('ru_1', 'fp56');
    expect(text).toContain('От редакции: «Северная газета» не участвовала в сборе средств');
    expect(removed).toContain('Поддержите «Северную газету»');
  });

  it("still takes an editors' note that prices a subscription (probe30 pl_fund)", () => {
    const { text } = probe('pl_fund', 'probe30');
    expect(text).not.toContain('Prenumerata miesięczna');
  });
});

import { describe, expect, it } from 'vitest';
import { amountLabelCount, otherAmountButton } from '../../../src/extract/clean/amount-row.js';
import { removePageAsides } from '../../../src/extract/clean/page-asides.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('rows of amount labels', () => {
  it('counts amounts with a per-period suffix in many languages and scripts', () => {
    expect(amountLabelCount('£4/mo £9/mo')).toBe(2);
    expect(amountLabelCount('10 € 30 € 60 € Una sola vez')).toBe(3);
    expect(amountLabelCount('8 €/Monat · 15 €/Monat')).toBe(2);
    expect(amountLabelCount('7 €/mois 12 €/mois')).toBe(2);
    expect(amountLabelCount('500円 ／ 1,000円 ／ 3,000円 ／ 金額を指定')).toBe(3);
    expect(amountLabelCount('3 €/mese | 6 €/mese')).toBe(2);
    expect(amountLabelCount('150 ₽/мес 300 ₽/мес 500 ₽/мес')).toBe(3);
    expect(amountLabelCount('100 грн/міс')).toBe(1);
    expect(amountLabelCount('20 zł/miesiąc')).toBe(1);
    expect(amountLabelCount('€ 4 per maand')).toBe(1);
    expect(amountLabelCount('¥20/月 ¥50/月')).toBe(2);
    expect(amountLabelCount('月額500円 月額1,000円')).toBe(2);
    expect(amountLabelCount('$5 a month, $10 a month')).toBe(2);
    expect(amountLabelCount('1 000 ₽ 2 500 ₽')).toBe(2);
    expect(amountLabelCount('CHF 10 / CHF 25')).toBe(2);
    expect(amountLabelCount('R$ 10/mês R$ 20/mês Outro valor')).toBe(2);
    expect(amountLabelCount('5 € · 10 € · Wunschbetrag')).toBe(2);
    expect(amountLabelCount('S/ 10 S/ 25 S/ 50 Otro monto')).toBe(3);
    expect(amountLabelCount('₱100 ₱250 ₱500')).toBe(3);
  });

  it('is 0 for anything that holds words besides the amounts', () => {
    expect(amountLabelCount('The ticket costs €5 a month.')).toBe(0);
    expect(amountLabelCount('€5 for adults, €3 for children')).toBe(0);
    expect(amountLabelCount('Fares rise to £4/day')).toBe(0);
    expect(amountLabelCount('2024/2025')).toBe(0);
    expect(amountLabelCount('5 €/mes para siempre')).toBe(0);
    expect(amountLabelCount('Preis: 12 €')).toBe(0);
    expect(amountLabelCount('€5 €10 otherwise')).toBe(0);
    expect(amountLabelCount('Other amount')).toBe(0);
  });

  it('removes a row of two amounts or more as a donation leftover, in one block or several', () => {
    const ctx = context();
    const html = `${prose(1)}<p>6 €/mes 12 €/mes</p>${prose(1, 2)}<p>¥15/月</p><p>¥30/月</p>${prose(1, 3)}`;
    const kept = textOf(removePageAsides(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/mes|月/);
    expect(kept).toContain('Article paragraph 3');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(['pattern:amount-row', 'pattern:amount-row']);
    expect(ctx.removals.items[1]).toMatchObject({ category: 'donation', text: '¥15/月 ¥30/月' });
  });

  it('keeps a lone sum set off as its own paragraph', () => {
    const html = `${prose(2)}<p><strong>£1.2m</strong></p>${prose(1, 3)}<p>€40</p>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).toMatch(/£1\.2m[\s\S]*€40/);
  });
});

describe('apostrophes in phrases', () => {
  it('match either apostrophe a page writes ("all’anno" for the list\'s "all\'anno")', () => {
    expect(amountLabelCount("99 € all'anno")).toBe(1);
    expect(amountLabelCount('99 € all’anno')).toBe(1);
  });
});

describe('the free-amount button', () => {
  it('stands alone, or before another control in the same line', () => {
    const isContinue = (rest: string) => /^(?:continue|продолжить|weiter)$/.test(rest);
    expect(otherAmountButton('своя сумма')).toBe(true);
    expect(otherAmountButton('своя сумма продолжить', isContinue)).toBe(true);
    expect(otherAmountButton('other amount continue', isContinue)).toBe(true);
    expect(otherAmountButton('своя сумма продолжить')).toBe(false);
    expect(otherAmountButton('other amount of rain fell', isContinue)).toBe(false);
  });
});

describe('frequency choices in Chinese', () => {
  it('reads a one-off or recurring sponsorship button ("單次贊助", "定期定額") as a control', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const { blocksFrom } = await import('../helpers.js');
    for (const sb of blocksFrom('<p>單次贊助</p><p>定期定額</p><p>单次赞助</p>')) {
      expect(appealCues(sb).control, sb.text).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('payment-method lines', () => {
  it('removes a line of payment services next to an appeal (Ukrainian services included)', () => {
    const appeal =
      '<p>Дорогі читачі, наша редакція незалежна. Підтримайте нас щомісячним внеском від 50 грн.</p><p>Підтримати</p>';
    const kept = removeDonationAppeals(blocksFrom(`${prose(3)}${appeal}<p>Приват24 Monobank</p>`), context());
    expect(textOf(kept)).toContain('Article paragraph 3');
    expect(textOf(kept)).not.toContain('Monobank');
  });

  it('keeps an article sentence that names one service', () => {
    const line =
      'Волонтери збирали кошти на автомобіль для медиків через банку в Monobank протягом двох тижнів.';
    const kept = removeDonationAppeals(blocksFrom(`${prose(2)}<p>${line}</p>${prose(2, 3)}`), context());
    expect(textOf(kept)).toContain(line);
  });
});

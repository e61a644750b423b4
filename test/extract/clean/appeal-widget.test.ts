import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/extract/body/index.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksToText } from '../../../src/extract/text.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

function body(html: string) {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const result = extractBody($, { url: 'https://example.org/a', explain: true });
  return { text: blocksToText(result.blocks), removed: result.removed };
}

describe('donation widget rows', () => {
  it('turns a group of amount buttons into a row the donation cleaner removes, listed in --explain', () => {
    const { text, removed } = body(
      `<html><body><article>${prose(5)}<div><button>£3</button><button>£7</button><button>£15</button></div></article></body></html>`,
    );
    expect(text).toContain('Article paragraph 5');
    expect(text).not.toContain('£');
    expect(removed.some((r) => r.category === 'donation' && r.text.includes('£3'))).toBe(true);
  });

  it('reads amount buttons that carry their period ("€ 4 per maand") as the same row', () => {
    const { text, removed } = body(
      `<html><body><article>${prose(5)}<div><p>Nog 58 lezers en we halen de 1.100.</p><div><button>€ 4 per maand</button><button>€ 8 per maand</button><button>Eenmalig een bedrag</button></div><p>Betalen met iDEAL of creditcard</p></div></article></body></html>`,
    );
    expect(text).toContain('Article paragraph 5');
    expect(text).not.toMatch(/58 lezers|per maand|iDEAL/);
    expect(removed.some((r) => r.category === 'donation')).toBe(true);
  });

  it('leaves no figure behind from an amount button inside a sentence', () => {
    const { text } = body(
      `<html><body><article>${prose(5)}<p>Tickets cost <button>£3</button> at the door.</p></article></body></html>`,
    );
    expect(text).toContain('Tickets cost at the door.');
  });

  it('removes amount rows, once/monthly choices and bare pledge fractions with no run around them', () => {
    const rows = [
      '€ 3 € 6 € 12',
      'Una volta Ogni mese',
      'Monthly · $5 · $10',
      '1.234 / 5.000 €',
      '812 / 2.500 supporters',
    ];
    const html = `${prose(3)}${rows.map((r) => `<p>${r}</p>`).join('')}${prose(2, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    for (const r of rows) expect(kept).not.toContain(r);
    expect(kept).toContain('Article paragraph 5');
  });

  it('keeps fractions and short lines that are not a widget', () => {
    const lines = ['2022 / 2023', 'Open 24/7', 'Once upon a time', 'Monthly'];
    const html = `${prose(3)}${lines.map((r) => `<p>${r}</p>`).join('')}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    for (const l of lines) expect(kept).toContain(l);
  });
});

describe('membership tier cards and the bank details under them', () => {
  const tier = (name: string, price: string) =>
    `<div class="c-card"><div class="c-name">${name}</div><div class="c-price">${price}</div></div>`;
  const box = `<div class="c-box"><p>Вам подобається, що про Кременівку пишуть кременівці? Ми існуємо завдяки Клубу читачів.</p><p>Приєднуйтесь — і місцеві новини залишаться безкоштовними для всіх.</p>${tier('Сусід', '60 грн/міс')}${tier('Друг редакції', '150 грн/міс')}${tier('Меценат', '400 грн/міс')}<p>Оплатити через Приват24</p></div>`;
  const bank = `<h4>Реквізити для переказу</h4><p>IBAN: UA213052990000026001040012345</p>`;

  it("go with the ask above them: a tier's name is carried between its prices", () => {
    const ctx = { ...context(), headline: 'Бюджет участі: мешканці обрали сквер і бібліотеку' };
    const text = textOf(removeDonationAppeals(blocksFrom(`${prose(3)}${box}${bank}`), ctx));
    expect(text).not.toMatch(/Приєднуйтесь|Сусід|Друг редакції|Меценат|грн\/міс|Реквізити|IBAN/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it("leave a story's crosshead after the box that is no payment heading", () => {
    const ctx = { ...context(), headline: 'Бюджет участі: мешканці обрали сквер і бібліотеку' };
    const text = textOf(
      removeDonationAppeals(blocksFrom(`${prose(2)}${box}<h4>Що буде далі</h4>${prose(2, 3)}`), ctx),
    );
    expect(text).toContain('Що буде далі');
    expect(text).toContain('Article paragraph 4:');
  });
});

describe('a tier card whose price and button went with the appeal', () => {
  it('goes whole: its name and its perk line too', () => {
    const card = (name: string, price: string, perk: string) =>
      `<div class="c-55ef"><h4>${name}</h4><div class="c-d7d7">${price}</div><p>${perk}</p><a href="#">立即支持</a></div>`;
    const html = `<div class="c-box"><p>海外粵報沒有財團老闆，也不接受任何政府資助。我們的記者分佈在英國、加拿大和台灣。</p><p>若您認同我們的工作，請考慮成為月費支持者。每月3英鎊，已足以支付一篇社區報道的交通費。</p>${card('月費支持', '£3 / 月', '每月收到編輯部來信')}${card('年費支持', '£36 / 年', '附送年度紀念明信片')}</div>`;
    const ctx = { ...context(), outlets: ['海外粵報'], headline: '英國的香港家長開辦粵語週末學校' };
    const text = textOf(removeDonationAppeals(blocksFrom(`${html}${prose(3)}`), ctx));
    expect(text).not.toMatch(/年費支持|明信片|月費支持|立即支持/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

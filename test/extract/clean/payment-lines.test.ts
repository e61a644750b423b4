import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('payment-method lines', () => {
  it('removes a line of payment services next to an appeal (Ukrainian services included)', () => {
    const appeal =
      '<p>Дорогі читачі, наша редакція незалежна. Підтримайте нас щомісячним внеском від 50 грн.</p><p>Підтримати</p>';
    const kept = removeDonationAppeals(blocksFrom(`${prose(3)}${appeal}<p>Приват24 Monobank</p>`), context());
    expect(textOf(kept)).toContain('Article paragraph 3');
    expect(textOf(kept)).not.toContain('Monobank');
  });

  it('removes a list of payment methods away from the appeal, but not a list of prices', () => {
    const appeal =
      '<p>每一篇深度报道背后，都有编辑数天的核实工作。欢迎您通过“赞赏”支持我们继续写下去。</p><p>科技前沿是一家读者支持的独立媒体。</p>';
    const methods = '<ul><li>微信赞赏码</li><li>支付宝：kejiqianyan@example</li></ul>';
    const prices = '<ul><li>Girokonto Classic: 6,90 Euro/Monat</li><li>Girocard: 12 Euro/Jahr</li></ul>';
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(2)}${appeal}${prose(2, 3)}${methods}${prices}`), context()),
    );
    expect(kept).not.toContain('支付宝');
    expect(kept).toContain('Girocard: 12 Euro/Jahr');
    expect(kept).toContain('Article paragraph 4');
  });

  it("keeps the story's sentence naming two sums after an appeal set between its paragraphs", () => {
    const ask =
      '<p>Gazeta Zamojska jest wydawana bez dotacji z ratusza. Jeśli cenisz lokalne dziennikarstwo, wykup cyfrową prenumeratę za 12 zł miesięcznie.</p>';
    const story =
      'Najmłodsza wolontariuszka, 8-letnia Zosia, zebrała 3 100 zł. Najwięcej w jednej puszce — ponad 14 tys. zł — uzbierał pan Henryk.';
    const box =
      '<section><p>12 zł / miesiąc</p><p>120 zł / rok</p><p><a href="/prenumerata">Wykup prenumeratę</a></p></section>';
    const ctx = { ...context(), outlets: ['Gazeta Zamojska'] };
    const html = `<div>${prose(3)}${ask}<p>${story}</p>${prose(1, 4)}</div>${box}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Najmłodsza wolontariuszka');
    expect(kept).not.toContain('wykup cyfrową prenumeratę');
  });

  it('takes the line on paying by cheque or a secure form after the buttons', () => {
    const appeal =
      '<p>Chers lecteurs, notre rédaction indépendante ne vit que de vos dons.</p><p>10 € 30 € 50 € Montant libre</p><p><a href="/don">Je fais un don</a></p>';
    const line =
      'Dons sécurisés via HelloAsso, ou par chèque à l’ordre de BZQ, 12 rue de Brest, 22300 Lannion.';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}${appeal}<p>${line}</p>`), context()));
    expect(kept).toContain('Article paragraph 4');
    expect(kept).not.toContain('à l’ordre de');
  });

  it("takes a subscription's small print naming its card processor in a fundraiser story (probe66 fr_fund)", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe66/fr_fund/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    expect(text).not.toContain('Paiement géré par Stripe');
    for (const line of truth.article) expect(text).toContain(line);
  });

  it('keeps an article sentence that names one service', () => {
    const line =
      'Волонтери збирали кошти на автомобіль для медиків через банку в Monobank протягом двох тижнів.';
    const kept = removeDonationAppeals(blocksFrom(`${prose(2)}<p>${line}</p>${prose(2, 3)}`), context());
    expect(textOf(kept)).toContain(line);
  });

  it('removes a crypto wallet line beside an appeal, and keeps an address quoted in a sentence', () => {
    const appeal =
      '<p>Hacemos periodismo desde el exilio. Con una donación mensual de 5 dólares nos ayudas a pagar a nuestros corresponsales.</p><p>Dona con PayPal | Únete en Patreon</p>';
    const wallet = 'BTC: bc1qz4m8r2t6y0u3i7o5p9a1s4d8f2g6h0j3k7l5xq';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${appeal}<p>${wallet}</p>${prose(4)}`), context()));
    expect(kept).not.toContain('bc1qz4m8');
    expect(kept).not.toContain('nos ayudas');
    expect(kept).toContain('Article paragraph 4');
    const story =
      'Los estafadores pedían a las víctimas que enviaran bitcoin a la dirección bc1qz4m8r2t6y0u3i7o5p9a1s4d8f2g6h0j3k7l5xq, según la fiscalía, y cobraron más de 40.000 dólares.';
    expect(
      textOf(removeDonationAppeals(blocksFrom(`${prose(2)}<p>${story}</p>${prose(2, 3)}`), context())),
    ).toContain(story);
  });

  it("takes the form's small print on payments and tax after the appeal's buttons", () => {
    const appeal =
      '<p>Dear reader, about 900 people in the valley pay for the Dispatch. If it matters to you, please help us stay here for the next flood.</p><p>$5 $15 $50 $100</p>';
    const print =
      'Payments are processed securely by Stripe. Riverbend Community Media is a registered 501(c)(3); gifts are tax-deductible to the extent allowed by law.';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}${appeal}<p>${print}</p>`), context()));
    expect(kept).not.toContain('processed securely');
    expect(kept).toContain('Article paragraph 4');
  });

  it("takes a short tax note on gifts after the appeal, in words other than English, and keeps a story's", () => {
    const appeal =
      '<p>Cara lettrice, caro lettore, questa inchiesta ci è costata cinque mesi. Se pensi che valga, sostienici con una donazione.</p><p>3 € 8 € 20 € 50 €</p>';
    const note = "Il contributo è detraibile per chi lo versa tramite l'associazione Amici dell'Eco.";
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}${appeal}<p>${note}</p>`), context()));
    expect(kept).not.toContain('detraibile');
    expect(kept).toContain('Article paragraph 4');
    const story =
      "<p>Secondo l'Agenzia delle entrate, le donazioni agli enti del Terzo settore restano deducibili anche nel 2026, ma i controlli sulle ricevute saranno più severi.</p>";
    expect(
      textOf(removeDonationAppeals(blocksFrom(`${prose(3)}${story}${prose(2, 4)}`), context())),
    ).toContain('restano deducibili');
  });

  it("takes the payment platform's credit under the widget, and keeps the story's first paragraph after it", () => {
    const ctx = { ...context(), outlets: ['Wettertal Nachrichten'] };
    const html = `<p>Die Wettertal Nachrichten gibt es nur, weil 2.140 Menschen jeden Monat ein paar Euro geben. Unterstützen Sie uns!</p><p>Mitglied werden ab 5 € im Monat</p><p>Unterstützt mit Steady</p><p>Die Regionalbahn RB 47 steht vor dem Aus. Nach Informationen der Wettertal Nachrichten will das Ministerium die Bestellung ab 2027 streichen.</p>${prose(3)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Steady|2\.140 Menschen/);
    expect(kept).toContain('Die Regionalbahn RB 47');
  });

  it("takes a Russian paper's appeal in its story: the greeting, the print subscription and the card transfer", () => {
    const ctx = { ...context(), outlets: ['Приозёрские вести'] };
    const appeal =
      '<p>Уважаемые читатели! «Приозёрские вести» выходят с 1931 года. Но бумага и доставка дорожают, а тираж за пять лет сократился вдвое.</p><p>Подписаться на газету на первое полугодие 2025 года можно в любом отделении почты. Подписной индекс П4417, стоимость — 612 рублей.</p>';
    const card =
      '<p>Помочь редакции можно и напрямую: перевод по номеру карты 2202 2063 0000 1147. Спасибо всем, кто нас поддерживает!</p>';
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(3)}${appeal}${prose(2, 4)}${card}${prose(1, 6)}`), ctx),
    );
    expect(kept).not.toMatch(/Уважаемые читатели|Подписной индекс|2202 2063/);
    expect(kept).toContain('Article paragraph 6');
  });

  it("takes a line giving the outlet's bank account after its buttons", () => {
    const appeal =
      '<p>取材を続けるためのガソリン代や機材費を、読者の皆さんのご支援でまかなっています。ご協力をお願いします。</p><p>500円 1,000円 3,000円</p>';
    const bank = '銀行振込の場合：みなと銀行 山吹支店 普通 1234567 ヤマブキチイキシンブン';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}${appeal}<p>${bank}</p>`), context()));
    expect(kept).not.toContain('1234567');
    expect(kept).toContain('Article paragraph 4');
  });

  it('takes transfer details in Dutch and Ukrainian after an appeal', () => {
    const appeal =
      '<p>Beste lezer, wij bestaan dankzij onze lezers. Steun ons vandaag met een gift.</p><p>€ 5 per maand € 10 per maand</p>';
    for (const line of [
      'Liever overschrijven? BE71 0961 2345 6769 – De Wakkere Burger vzw – met vermelding ‘gift’.',
      'ЄДРПОУ 44556677, призначення платежу: благодійний внесок',
    ]) {
      const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}${appeal}<p>${line}</p>`), context()));
      expect(kept, line).not.toContain(line.slice(0, 20));
    }
  });

  it('takes a counter and its goal written as two short sentences', () => {
    const counter = '2 731 stałych darczyńców. Cel na 2025: 3 500';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(4)}<p>${counter}</p>`), context()));
    expect(kept).not.toContain('darczyńców');
    expect(kept).toContain('Article paragraph 4');
  });
});

describe("a payment line in the appeal's box between its removed lines", () => {
  it('goes though it shares a word with the headline, and the story stays', () => {
    const box =
      '<section><h3>支持独立新闻</h3><p>亲爱的读者，我们的报道不受任何财团控制，编辑部的运作主要依靠读者的支持。</p><p>如果您认同我们的工作，请成为我们的会员，每月少量的资助就能帮助记者继续深入一线。</p><p><a href="/join">成为会员</a></p><p>支持微信支付、支付宝及银联卡付款。</p><p>暂不支持，稍后提醒我</p></section>';
    const ctx = {
      ...context(),
      outlets: ['东海财经'],
      headline: '本地银行App上线数字人民币钱包 支持“碰一碰”付款',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(`<div>${prose(4)}</div>${box}`), ctx));
    expect(kept).not.toContain('银联卡付款');
    expect(kept).toContain('Article paragraph 4');
  });
});

describe("a table of transfer details in the appeal's box between its removed lines", () => {
  it('goes whole, each of its short lines', () => {
    const box =
      '<aside><h3>In eigener Sache</h3><p>Liebe Leserinnen und Leser, wir sind vier Leute in einer Redaktion. Wenn Ihnen unsere Berichte etwas wert sind, unterstützen Sie uns bitte mit einem Förderbeitrag.</p><p>Bisher 287 Fördermitglieder – Ziel für 2026: 400</p><dl><dt>Empfänger</dt><dd>Lautertal Medien eG</dd><dt>IBAN</dt><dd>DE12 5405 0110 0031 2277 45</dd><dt>Verwendungszweck</dt><dd>Förderbeitrag + Ihr Name</dd></dl><p><a href="/support">Jetzt fördern</a></p></aside>';
    const kept = textOf(removeDonationAppeals(blocksFrom(`${box}<div>${prose(4)}</div>`), context()));
    expect(kept).not.toMatch(/Empfänger|Lautertal Medien|DE12|Verwendungszweck/);
    expect(kept).toContain('Article paragraph 4');
  });

  it('goes when its first line went with the run and a nested table holds the rest (probe67 es_after)', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe67/es_after/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    expect(text).not.toMatch(/código 38821|ES09|Teléfono de la redacción/);
    for (const line of truth.article) expect(text).toContain(line);
  });
});

describe("small print after an appeal piece set right in the article's root", () => {
  const story = (after: string) =>
    `${prose(4)}<p>Jeśli cenisz naszą pracę, wesprzyj nas choćby symboliczną kwotą. Nawet 10 zł miesięcznie pozwala nam pisać o sprawach, których nikt inny nie opisze.</p>${after}${prose(1, 5)}`;

  it("keeps the story's paragraph that names a sum, and takes the line on how to pay", () => {
    const sum =
      '<p>Naukowcy apelują do Ministerstwa Infrastruktury o wprowadzenie obowiązkowych odstraszaczy akustycznych na sieciach w Zatoce Puckiej. Rybacy z Jastarni sprzeciwiają się, wskazując na koszty – jeden odstraszacz kosztuje około 600 zł.</p>';
    const kept = textOf(
      removeDonationAppeals(blocksFrom(story(sum)), { ...context(), outlets: ['Pomorze Dziś'] }),
    );
    expect(kept).toContain('Naukowcy apelują');
    expect(kept).not.toContain('Jeśli cenisz');
    const methods =
      '<p>Karta płatnicza, BLIK, PayPal albo przelew na konto redakcji: PL61 1090 1014 0000 0712 1981 2874, tytuł: darowizna na cele statutowe.</p>';
    const gone = textOf(
      removeDonationAppeals(blocksFrom(story(methods)), { ...context(), outlets: ['Pomorze Dziś'] }),
    );
    expect(gone).not.toContain('BLIK');
    expect(gone).toContain('Article paragraph 5');
  });
});

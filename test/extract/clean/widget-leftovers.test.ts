import { describe, expect, it } from 'vitest';
import { isPaymentMethodLine, removePageAsides } from '../../../src/extract/clean/page-asides.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('payment-method lines', () => {
  it('recognises separator-joined payment methods in several languages', () => {
    expect(isPaymentMethodLine('Card · PayPal · Direct Debit')).toBe(true);
    expect(isPaymentMethodLine('iDEAL | Bancontact | creditcard')).toBe(true);
    expect(isPaymentMethodLine('Банковская карта · СБП · криптовалюта')).toBe(true);
    expect(isPaymentMethodLine('MB WAY — Multibanco — Cartão — PayPal')).toBe(true);
    expect(isPaymentMethodLine('Tarjeta / Bizum / Transferencia')).toBe(true);
    expect(isPaymentMethodLine('クレジットカード・PayPay・銀行振込')).toBe(true);
  });

  it('keeps sentences and lists that merely name a payment service', () => {
    expect(isPaymentMethodLine('The shop takes PayPal, but not cards, since the robbery in May.')).toBe(
      false,
    );
    expect(isPaymentMethodLine('PayPal')).toBe(false);
    expect(isPaymentMethodLine('Visa · Schengen · Passport · Border checks')).toBe(false);
    expect(isPaymentMethodLine('Berlin · Paris · London')).toBe(false);
  });

  it('reads payment and tip platforms side by side with only spaces between, as logos give them', () => {
    expect(isPaymentMethodLine('Steady Ko-fi iDEAL')).toBe(true);
    expect(isPaymentMethodLine('Carta di credito PayPal Satispay Bonifico')).toBe(true);
    expect(isPaymentMethodLine('CB – PayPal – Apple Pay – Google Pay – Paylib')).toBe(true);
    expect(isPaymentMethodLine('Steady hands and PayPal')).toBe(false);
    expect(isPaymentMethodLine('Patreon')).toBe(false);
  });

  it('takes the bank transfer line right after the methods', () => {
    const html = `${prose(2)}<p>Steady Ko-fi iDEAL</p><p>Of maak over naar NL91 ABNA 0417 1643 00 t.n.v. Stichting Kade Media</p>`;
    const kept = textOf(removePageAsides(blocksFrom(html), context()));
    expect(kept).not.toMatch(/Ko-fi|NL91/);
    expect(kept).toContain('Article paragraph 2');
  });

  it("takes a short label beside a row of payment logos, not a caption beside the story's photos", () => {
    const logos = (alts: string[]) =>
      alts.map((a) => `<img src="/p/${alts.indexOf(a)}.svg" alt="${a}">`).join(' ');
    for (const [label, alts] of [
      ['支持方式：', ['微信支付', '支付宝', 'PayPal']],
      ['付款方式', ['FPX 网银转账', 'Touch ’n Go eWallet', 'Visa', 'Mastercard']],
      ['Pagamento protetto da crittografia SSL', ['PayPal', 'Satispay', 'Visa']],
    ] as const) {
      const html = `${prose(2)}<div class="pay"><span>${label}</span> ${logos([...alts])}</div>`;
      expect(textOf(removePageAsides(blocksFrom(html), context()))).not.toContain(label);
    }
    const photos = `${prose(2)}<div class="gallery"><span>Lisbon, May 2025</span> ${logos(['The tram', 'The harbour'])}</div>`;
    expect(textOf(removePageAsides(blocksFrom(photos), context()))).toContain('Lisbon, May 2025');
  });

  it('removes the line as a donation leftover', () => {
    const ctx = context();
    const kept = removePageAsides(blocksFrom(`${prose(2)}<p>Carta · PayPal · Satispay · Bonifico</p>`), ctx);
    expect(textOf(kept)).not.toContain('Satispay');
    expect(textOf(kept)).toContain('Article paragraph 2');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'donation', rule: 'pattern:payment-methods' });
  });
});

describe("a campaign's goal ladder", () => {
  it('removes a list of supporter milestones, and keeps a story list that counts other things', () => {
    const ladder =
      '<ol><li>3 000 abonnés : embauche d’une photographe ✔</li><li>4 000 abonnés : un correspondant à Lorient</li><li>5 000 abonnés : une édition papier le samedi</li></ol>';
    const kept = textOf(removePageAsides(blocksFrom(`${prose(2)}${ladder}`), context()));
    expect(kept).not.toMatch(/abonnés/);
    const story =
      '<ul><li>3 000 habitants : la commune de Plouray</li><li>4 000 habitants : Gourin, selon l’Insee</li></ul>';
    expect(textOf(removePageAsides(blocksFrom(`${prose(2)}${story}`), context()))).toContain('Plouray');
  });
});

describe('membership plan cards', () => {
  it('removes plan names over prices per period, with the notes between cards', () => {
    const ctx = context();
    const html = `${prose(2)}<h4>Canoa</h4><p>R$ 15/mês</p><h4>Voadeira</h4><p>R$ 40/mês</p><p>Para quem quer ir mais longe.</p><h4>Barco-escola</h4><p>R$ 100/mês</p>${prose(1, 3)}`;
    const kept = removePageAsides(blocksFrom(html), ctx);
    expect(textOf(kept)).not.toMatch(/Canoa|R\$|Voadeira|mais longe|Barco/);
    expect(textOf(kept)).toContain('Article paragraph 3');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'donation', rule: 'pattern:plan-cards' });
  });

  it('keeps one card, prices without a period, and a name over a sentence', () => {
    const one = `${prose(2)}<h4>Monthly</h4><p>$7/month</p>${prose(1, 3)}`;
    expect(textOf(removePageAsides(blocksFrom(one), context()))).toContain('$7/month');
    const noPeriod = `${prose(1)}<h3>Lisbon</h3><p>€12</p><h3>Porto</h3><p>€9</p>`;
    expect(textOf(removePageAsides(blocksFrom(noPeriod), context()))).toMatch(/€12[\s\S]*€9/);
    const prices = `${prose(1)}<h3>Netflix</h3><p>The basic plan now costs $7 a month.</p><h3>Disney+</h3><p>$8/month</p>`;
    expect(textOf(removePageAsides(blocksFrom(prices), context()))).toContain('$8/month');
  });
});

describe('remind-me-later leftovers at the end of the text', () => {
  it('removes a remind-me link ending the text', () => {
    const ctx = context();
    const html = `${prose(3)}<p><a href="#later">Przypomnij mi za tydzień</a></p><p><a href="#x">Herinner me er later aan</a></p>`;
    const kept = removePageAsides(blocksFrom(html), ctx);
    expect(textOf(kept)).not.toMatch(/Przypomnij|Herinner/);
    expect(ctx.removals.items[0]).toMatchObject({ category: 'donation', rule: 'phrase:przypomnij mi' });
  });

  it('removes a bare "later" line only when a donation appeal was removed on the page', () => {
    const html = `${prose(2)}<p>Più tardi</p>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).toContain('Più tardi');
    const ctx = context();
    ctx.removals.add('donation', 'test', 'appeal');
    expect(textOf(removePageAsides(blocksFrom(html), ctx))).not.toContain('Più tardi');
  });

  it("removes the widget's question and remind control sharing one line, after a removed appeal", () => {
    const html = `${prose(2)}<p>Keine Zeit gerade? Nächste Woche erinnern</p>`;
    const ctx = context();
    ctx.removals.add('donation', 'test', 'appeal');
    expect(textOf(removePageAsides(blocksFrom(html), ctx))).not.toContain('erinnern');
    const story = `${prose(2)}<p>Die Stadt will an die Opfer erinnern.</p>`;
    expect(textOf(removePageAsides(blocksFrom(story), ctx))).toContain('an die Opfer erinnern');
  });

  it('keeps a remind line followed by article paragraphs, and a closing line of prose', () => {
    const middle = `${prose(2)}<p><a href="#l">Not now, ask me next week</a></p>${prose(2, 3)}`;
    expect(textOf(removePageAsides(blocksFrom(middle), context()))).toContain('Not now');
    const closing = `${prose(2)}<p>Not now, the mayor said.</p>`;
    expect(textOf(removePageAsides(blocksFrom(closing), context()))).toContain('Not now, the mayor said.');
  });
});

describe('about-the-author headings', () => {
  it('take the author name after a colon, with the bio under it', () => {
    const html = `${prose(2)}<p>Sobre la autora: Lucía Parra</p><p>Redactora de Local. Cubre movilidad desde 2019.</p>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).not.toMatch(/Sobre la autora|Redactora/);
    const story = `${prose(2)}<p>Sobre el autor: la policía no ha dado su nombre ni su edad por ahora.</p>`;
    expect(textOf(removePageAsides(blocksFrom(story), context()))).toContain('Sobre el autor');
  });

  it('removes feminine and Japanese forms with the bio under them', () => {
    const html = `${prose(2)}<p><b>O autorce</b></p><p>Agnieszka Wróbel pisze o sprawach społecznych i zdrowiu.</p>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).not.toMatch(/autorce|Wróbel/);
    const ja = `${prose(2)}<p><b>筆者について</b></p><p>中村由紀　社会部記者。福祉をテーマに取材を続けている。</p>`;
    expect(textOf(removePageAsides(blocksFrom(ja), context()))).not.toMatch(/筆者|中村/);
  });
});

describe('"not now" words in plain text', () => {
  it('count only as the whole line, even after a removed appeal', () => {
    const ctx = context();
    ctx.removals.add('donation', 'test', 'appeal');
    const kept = removePageAsides(
      blocksFrom(`${prose(2)}<p>Plus tard, il a démissionné.</p><p>Not now.</p>`),
      ctx,
    );
    expect(textOf(kept)).toContain('Plus tard, il a démissionné.');
    expect(textOf(kept)).not.toContain('Not now.');
  });

  it('take more wordings of "not now" and kana-spelt "remind me later"', () => {
    const ctx = context();
    ctx.removals.add('donation', 'test', 'appeal');
    const kept = textOf(
      removePageAsides(
        blocksFrom(`${prose(2)}<p>Nu even niet?</p><p>В другой раз</p><p>あとで知らせる</p>`),
        ctx,
      ),
    );
    expect(kept).not.toMatch(/Nu even niet|В другой раз|あとで知らせる/);
  });
});

describe('"not ready?" questions', () => {
  it('go as the last block after a removed appeal, and stay otherwise', () => {
    const html = `${prose(2)}<p>Noch nicht so weit?</p>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).toContain('Noch nicht so weit?');
    const ctx = context();
    ctx.removals.add('donation', 'test', 'appeal');
    expect(textOf(removePageAsides(blocksFrom(html), ctx))).not.toContain('Noch nicht so weit?');
    const middle = `${prose(2)}<p>Noch nicht so weit?</p>${prose(1, 3)}`;
    expect(textOf(removePageAsides(blocksFrom(middle), ctx))).toContain('Noch nicht so weit?');
  });
});

describe('payment methods joined by "or"', () => {
  it('reads "Bizum, tarjeta o domiciliación bancaria" as a methods line, not a sentence naming them', () => {
    expect(isPaymentMethodLine('Bizum, tarjeta o domiciliación bancaria')).toBe(true);
    expect(isPaymentMethodLine('Card or PayPal')).toBe(true);
    expect(isPaymentMethodLine('You can pay by card or with PayPal at the ticket office')).toBe(false);
  });
});

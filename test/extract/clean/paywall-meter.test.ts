/** A paywall's meter line goes as a subscription prompt; a sentence about free things stays. */
import { describe, expect, it } from 'vitest';
import { isPaywallMeter, removeNewsletterPrompts } from '../../../src/extract/clean/newsletter.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('paywall meter', () => {
  it('is a count out of a count of free articles, in any of the languages', () => {
    for (const line of [
      'You have read 3 of 5 free articles this month.',
      'Je hebt deze maand 4 van de 5 gratis artikelen gelezen.',
      'Sie haben diesen Monat 3 von 5 kostenlosen Artikeln gelesen.',
      '3 von 5 freien Artikeln in diesem Monat gelesen',
      'Ви прочитали 3 з 5 безкоштовних матеріалів цього місяця.',
      '本月您已阅读3/5篇免费文章',
      '您本月已阅读 3 篇，免费额度还剩 2 篇。',
      'Has leído 4 de 5 noticias gratuitas este mes.',
      'You have read 2 of 5 free stories this month.',
      // A count said in words, or what is left.
      'This is your third free story in November.',
      'Encore 2 articles offerts ce mois-ci, ensuite la suite est réservée aux abonnés.',
      'Sie lesen einen von 5 kostenlosen Artikeln in diesem Monat.',
      'You are reading one of 3 free stories this month.',
      'Ti restano 2 articoli gratuiti su 5 questo mese',
      // How many the reader has read, free or not.
      'You’ve read 4 stories this month.',
      'Vous avez lu 3 articles ce mois-ci.',
      'Вы прочитали 5 статей в этом месяце.',
    ]) {
      expect(isPaywallMeter(line), line).toBe(true);
    }
  });

  it('is not a sentence that counts free things, nor a long paragraph', () => {
    expect(isPaywallMeter('Only 3 of 5 free parking spaces were used on Monday.')).toBe(false);
    expect(isPaywallMeter('It was your third free concert of the summer.')).toBe(false);
    expect(isPaywallMeter('Since March, 12 readers have read 4 stories to the council.')).toBe(false);
    expect(
      isPaywallMeter(
        'The study found that readers who hit 3 of 5 free articles a month were twice as likely to subscribe, the researchers said on Tuesday.',
      ),
    ).toBe(false);
  });

  it('goes from the text under its own rule', () => {
    const ctx = context();
    const kept = removeNewsletterPrompts(
      blocksFrom(`${prose(2)}<p>You have read 3 of 5 free articles.</p>`),
      ctx,
    );
    expect(textOf(kept)).not.toContain('free articles');
    expect(ctx.removals.items.map((r) => [r.category, r.rule])).toEqual([
      ['newsletter', 'pattern:paywall-meter'],
    ]);
  });
});

describe('a paywall box', () => {
  it("takes the box's other lines with its meter: the offer and its small print", () => {
    const box = `<div class="q9328"><div class="q843a">Sie lesen einen von 5 kostenlosen Artikeln in diesem Monat.</div>
      <p>Mit EA+ lesen Sie alle Artikel aus Auenstadt und der Region, mit E-Paper ab 5 Uhr früh.</p>
      <p><small>Danach 9,99 € monatlich, jederzeit kündbar.</small></p></div>`;
    const ctx = context();
    const text = textOf(removeNewsletterPrompts(blocksFrom(`${box}${prose(3)}`), ctx));
    expect(text).not.toMatch(/kostenlosen|EA\+|jederzeit kündbar/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(ctx.removals.items.map((r) => r.rule)).toContain('pattern:paywall-box');
  });

  it("leaves the story's paragraphs beside a meter in the story's own container", () => {
    const html = `<div class="body"><p>You have read 3 of 5 free articles.</p>${prose(6)}</div>`;
    const text = textOf(removeNewsletterPrompts(blocksFrom(html), context()));
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe('a paywall box with plan cards', () => {
  it('takes the plans (a name, a price and a line each) with the meter above them', () => {
    const plan = (name: string, price: string, line: string) =>
      `<div class="c-5883"><h4>${name}</h4><div class="c-abb1">${price}</div><p>${line}</p></div>`;
    const box = `<div class="c-3155"><div class="c-0ee9"><strong>You have 1 of 5 free articles left this month</strong></div><div class="c-d7a9">${plan('Digital', '$9.99 a month', 'Every story, the e-paper and the app')}${plan('Print + Digital', '$21 a month', 'The paper at your door, and everything online')}</div></div>`;
    const text = textOf(removeNewsletterPrompts(blocksFrom(`${prose(3)}${box}`), context()));
    expect(text).not.toMatch(/free articles|Print \+ Digital|\$21 a month|e-paper/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('reads a Japanese note that reading on needs a plan as the paywall’s offer', async () => {
    const { isSubscriptionOffer } = await import('../../../src/extract/clean/newsletter.js');
    expect(
      isSubscriptionOffer(
        '続きのニュースを読むには、会員登録（無料）または有料プランへのお申し込みが必要です。',
      ),
    ).toBe(true);
  });

  it('reads unlimited reading at a monthly price as the offer, with no subscription word', async () => {
    const { isSubscriptionOffer } = await import('../../../src/extract/clean/newsletter.js');
    expect(isSubscriptionOffer('みなと新報デジタル　月額480円で全記事が読み放題')).toBe(true);
    expect(isSubscriptionOffer('江城日报数字版每月30元畅读全部内容')).toBe(true);
    expect(isSubscriptionOffer('図書館の電子書籍は全記事が読み放題になった。')).toBe(false);
  });
});

describe('a note that a story for subscribers is open to all', () => {
  it('goes as the paywall speaking, and a story quoting such a note stays', async () => {
    const { isUnlockedNote } = await import('../../../src/extract/clean/newsletter.js');
    for (const line of [
      'この記事は会員限定記事ですが、期間限定で無料公開しています。',
      'This article is usually for subscribers only. We have made it free to read.',
      'Dieser Artikel ist eigentlich nur für Abonnenten zugänglich.',
    ])
      expect(isUnlockedNote(line), line).toBe(true);
    expect(isUnlockedNote('The paper said: "This article is usually for subscribers only."')).toBe(false);
  });
});

describe('a paywall box whose meter the appeal cleaner took', () => {
  it('goes whole there too: the plans and the offer beside the meter', async () => {
    const { extract } = await import('../../../src/index.js');
    const plan = (name: string, price: string, line: string) =>
      `<div class="c-142c"><h4>${name}</h4><div class="c-54f9">${price}</div><p>${line}</p><a href="#">Scegli</a></div>`;
    const box = `<div class="c-65d4"><div class="c-d66e"><strong>Ti restano 2 articoli gratuiti su 5 questo mese</strong></div><h4 class="c-45d4">Leggi senza limiti il giornale del tuo territorio</h4><div class="c-d1d2">${plan('Digitale', '1 € al mese per 3 mesi', 'Poi 6,99 € al mese. Disdici quando vuoi.')}${plan('Digitale + Edicola', '9,99 € al mese', 'Sito, app e sfogliatore del quotidiano dalle 5 del mattino.')}</div></div>`;
    const p = (t: string) => `<p class="c-paragraph">${t}</p>`;
    const story = [
      "Da questa sera in dodici comuni dell'Alta Murgia l'acqua arriverà con il contagocce: dalle 22 alle 6 la pressione sarà ridotta al minimo e ai piani alti i rubinetti resteranno a secco.",
      'La misura riguarda, tra gli altri, Altamura, Gravina, Santeramo, Poggiorsini e Spinazzola, e resterà in vigore almeno fino alla fine di settembre, ha fatto sapere l’acquedotto.',
    ];
    const lead =
      '<p>Il Corriere delle Murge racconta ogni giorno quello che succede tra Bari e Matera, con sette cronisti che lavorano sul territorio. Questo articolo è aperto a tutti grazie a chi ha scelto di abbonarsi.</p>';
    const more = [
      'Il motivo è noto da settimane. Gli invasi che alimentano il sistema, a cominciare dalla diga del Pertusillo, sono scesi al 21 per cento della capacità, il livello più basso dal 2008.',
      'Proprio le perdite restano il punto dolente. Secondo gli ultimi dati disponibili, nei comuni interessati oltre il 40 per cento dell’acqua immessa in rete si disperde prima di arrivare agli utenti.',
    ];
    const html = `<html lang="it"><head><title>Acqua razionata di notte | Corriere delle Murge</title><meta property="og:site_name" content="Corriere delle Murge"></head><body><article><h1>Acqua razionata di notte in dodici comuni</h1>${story.map(p).join('')}${lead}${p(more[0]!)}${box}${p(more[1]!)}</article></body></html>`;
    const { text } = extract(html, { url: 'https://corrieredellemurge.example/territorio/acqua' });
    expect(text).not.toMatch(/Ti restano|Leggi senza limiti|Digitale|sfogliatore/);
    expect(text).toContain('Proprio le perdite');
    expect(text).toContain('Il motivo è noto');
  });
});

describe("a paywall's subscribers-only note", () => {
  it('goes as a line, in several languages', () => {
    for (const line of [
      'Ten artykuł jest dostępny dla prenumeratorów.',
      'Artigo exclusivo para assinantes.',
      'Материал доступен только по подписке.',
      '本文为会员专享内容。',
      'Has alcanzado el límite de noticias gratuitas.',
      'This story is for subscribers only.',
    ]) {
      const ctx = context();
      const kept = textOf(removeNewsletterPrompts(blocksFrom(`${prose(2)}<p>${line}</p>`), ctx));
      expect(kept, line).not.toContain(line);
      expect(ctx.removals.items[0]?.rule, line).toBe('pattern:subscribers-only');
    }
  });

  it("stays as a story's sentence or a quote", () => {
    for (const line of [
      'From January the paper’s website will be for subscribers only, the editor told staff on Monday, after two years of losses.',
      '«Материал доступен только по подписке», — написано на сайте.',
    ]) {
      expect(textOf(removeNewsletterPrompts(blocksFrom(`${prose(2)}<p>${line}</p>`), context()))).toContain(
        line,
      );
    }
  });
});

describe("a login box's line", () => {
  it('goes: its controls alone, or the note that members log in', () => {
    for (const line of [
      '登入 / 註冊',
      '登入後可收藏文章及留言',
      '会員の方はログイン',
      'すでにメンバーの方はサインイン',
      'Log in | Register',
      'Войти или зарегистрироваться',
    ]) {
      const ctx = context();
      const kept = textOf(removeNewsletterPrompts(blocksFrom(`${prose(2)}<p>${line}</p>`), ctx));
      expect(kept, line).not.toContain(line);
      expect(ctx.removals.items[0]?.rule, line).toBe('pattern:login-line');
    }
  });

  it('stays as a sentence of the story that names logging in', () => {
    const line = 'Log in to the council portal to read the minutes.';
    expect(textOf(removeNewsletterPrompts(blocksFrom(`${prose(2)}<p>${line}</p>`), context()))).toContain(
      line,
    );
  });
});

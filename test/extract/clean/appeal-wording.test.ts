import { describe, expect, it } from 'vitest';
import { appealCues, cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const cuesOf = (html: string, outlets: string[] = [], headline = '') =>
  appealCues(blocksFrom(html)[0]!, cuePage(outlets, headline));

describe('appeal wording', () => {
  it('asks for help in return ("Did this help you? Then help us too")', () => {
    for (const line of [
      'Вам помог этот текст? Тогда помогите и нам.',
      '这篇文章对您有用吗？那就帮帮我们吧。',
      'Vi è stato utile? Allora aiutateci.',
      'Was this useful? Then help us too.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
  });

  it('asks when it offers the reader a choice of ways to give ("Выберите удобный способ поддержки:")', () => {
    for (const line of [
      'Выберите удобный способ поддержки:',
      'Оберіть зручний спосіб підтримки:',
      'Choose how to support our newsroom:',
      'Scegli come sostenerci:',
      'Wybierz sposób wsparcia:',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
  });

  it('reads a request to switch off the ad blocker as appeal words, so the outlet naming itself with one is its plea', () => {
    const line =
      'InfoRA Direct est gratuit et le restera. Pour nous aider à maintenir une rédaction locale, activez les notifications ou désactivez votre bloqueur de publicité.';
    expect(cuesOf(`<p>${line}</p>`).appeal).toBeGreaterThan(0);
    const html = `${prose(3)}<p>${line}</p>${prose(2, 4)}`;
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), { ...context(), outlets: ['InfoRA Direct'] }),
    );
    expect(kept).not.toContain('bloqueur');
    expect(kept).toContain('Article paragraph 5');
  });

  it('knows a Polish outlet name in its declined forms, and asks with its subscription', () => {
    const c = cuesOf(
      '<p>Wspieraj niezależne dziennikarstwo lokalne. Wykup prenumeratę cyfrową Gazety Nadwarciańskiej.</p>',
      ['Gazeta Nadwarciańska'],
    );
    expect(c.named).toBe(true);
    expect(c.ask).toBeGreaterThan(0);
    // Capitals stay: the common noun in a story is no name.
    const story = cuesOf('<p>W kiosku zabrakło gazety nadwarciańskiej edycji.</p>', ['Gazeta Nadwarciańska']);
    expect(story.named).toBe(false);
  });

  it('asks in Japanese when it tells the readers how they can give, and thanks its supporters by name', () => {
    expect(
      cuesOf(
        '<p>取材費やサーバー代は、読者の皆さんからの「応援」でまかなっています。1回300円から、OFUSEで応援できます。</p>',
      ).ask,
    ).toBeGreaterThan(0);
    expect(
      cuesOf('<p>応援してくださった方のお名前は、毎月末の「編集後記」で紹介しています（匿名も可）。</p>')
        .appeal,
    ).toBeGreaterThan(0);
  });

  it('asks in Polish when it says the reader read for free and it needs subscribers', () => {
    expect(
      cuesOf('<p>Artykuł przeczytałeś za darmo. Żeby tak zostało, potrzebujemy prenumeratorów.</p>').ask,
    ).toBeGreaterThan(0);
  });

  it('knows a Ukrainian or Russian paper by its kind alone, capitalised and declined («Вісника»)', () => {
    const outlets = ['Причорноморський вісник'];
    expect(cuesOf('<p>Банка «Вісника» в monobank відкрита цілодобово.</p>', outlets).named).toBe(true);
    expect(cuesOf('<p>Про це повідомляє офіційний вісник міської ради.</p>', outlets).named).toBe(false);
  });

  it('knows a paper named by a compound on its kind and a place by the compound alone ("Der Kiezkurier")', () => {
    const outlets = ['Kiezkurier Ostend'];
    expect(cuesOf('<p>Der Kiezkurier ist ein Hobby, das leider Serverkosten hat.</p>', outlets).named).toBe(
      true,
    );
  });

  it('knows a Dutch paper named by its place and head noun by the noun with its article ("het Stadsblad")', () => {
    expect(
      cuesOf('<p>Het Stadsblad wordt gemaakt door vier journalisten.</p>', ['Leeuwarder Stadsblad']).named,
    ).toBe(true);
    expect(cuesOf('<p>Al 812 Zeeuwen zijn Vriend van de Stem.</p>', ['Zeeuwse Stem']).named).toBe(true);
    // The noun in lower case is a word: "de stem" is the vote.
    expect(cuesOf('<p>De raad brengt de stem uit over het plan.</p>', ['Zeeuwse Stem']).named).toBe(false);
  });

  it("takes no place's adjective for a portal's short name ('Portal Śląski' is not 'Śląsk')", () => {
    const outlets = ['Portal Śląski'];
    expect(cuesOf('<p>Najgorzej jest w Wodzisławiu Śląskim.</p>', outlets).named).toBe(false);
    expect(
      cuesOf('<p>Drogi Czytelniku, Portal Śląski nie ma za sobą wielkiego koncernu.</p>', outlets).named,
    ).toBe(true);
    expect(cuesOf('<p>Revista Madero es independiente.</p>', ['Revista Madero']).named).toBe(true);
  });

  it("keeps a line introducing the story's list of ways to pay, near the outlet's appeal", () => {
    const story =
      '<p>После обновления в городском транспорте будут действовать следующие способы оплаты:</p>' +
      '<ul><li>банковская карта «Мир», в том числе через телефон с NFC</li><li>QR-код СБП — 42 рубля</li>' +
      '<li>транспортная карта «Ветлуга» — 38 рублей</li><li>наличные у кондуктора — 50 рублей (только на пригородных маршрутах)</li></ul>' +
      '<p>Оплату картами Visa и Mastercard, выпущенными за рубежом, валидаторы принимать не будут. Льготные проездные по-прежнему действуют только на карте «Ветлуга».</p>';
    const appeal =
      '<section class="c-1"><p>Город.Транспорт пишет о дорогах без спонсоров. Помогите нам продержаться ещё год.</p><div>Собрано 184 300 ₽ из 300 000 ₽</div><div>100 ₽ 300 ₽ 1000 ₽</div></section>';
    const html = `<div class="story">${prose(2)}${story}</div>${appeal}${prose(1, 3)}`;
    const ctx = {
      ...context(),
      outlets: ['Город.Транспорт'],
      headline: 'С января в автобусах Ветлуги можно будет платить по QR-коду',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('следующие способы оплаты:');
    expect(kept).not.toContain('Помогите нам');
  });

  it("keeps a press story's paragraph on prices after the outlet's box: small print only inside the box", () => {
    const box =
      '<div class="c-f361"><p>Nieuwsblad Noord brengt elke dag het nieuws uit Friesland, Groningen en Drenthe.</p><p>Probeer nu 3 maanden digitaal voor € 1 en lees alle verhalen zonder limiet.</p><p>Probeer voor € 1</p></div>';
    const after =
      '<p>Toch waarschuwt ze voor te veel optimisme. ‘Crowdfunding is eenmalig. Het tweede jaar is altijd moeilijker.’ De coöperatie wil daarom ook een digitaal abonnement invoeren van 4 euro per maand.</p>';
    const html = `${prose(3)}${box}${after}${prose(1, 4)}`;
    const ctx = {
      ...context(),
      outlets: ['Nieuwsblad Noord'],
      headline: 'Lezers redden hun dorpskrant met crowdfunding',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Toch waarschuwt ze');
    expect(kept).not.toContain('Probeer nu 3 maanden');
  });

  it("reads the outlet's patronage page as no other party's address, and its Polish 'dołącz' as an ask", async () => {
    const { foreignAddress } = await import('../../../src/extract/clean/own-address.js');
    expect(foreignAddress('dołącz: patronite.pl/przelom', ['Przełom'])).toBe(false);
    expect(foreignAddress('wpłaty: schronisko-lodz.example/wplac', ['Przełom'])).toBe(true);
    // A payment jar's host is a platform's, as a patronage page's is.
    expect(foreignAddress('monobank-банка: send.monobank.example/jar/7xk2', ['Полтавський курʼєр'])).toBe(
      false,
    );
    expect(cuesOf('<p>Долучайтеся до клубу друзів редакції — і ми продовжимо.</p>').appeal).toBeGreaterThan(
      0,
    );
    const c = cuesOf(
      '<p>Utrzymują nas czytelniczki i czytelnicy na Patronite. Jeśli chcesz, żeby takie śledztwa powstawały dalej, dołącz: patronite.pl/przelom</p>',
      ['Przełom'],
    );
    expect(c.ask).toBeGreaterThan(0);
    expect(c.foreign).toBe(false);
  });

  it('asks in Argentine Spanish for a coffee on cafecito.app, an address no other party owns', () => {
    const c = cuesOf('<p>Invitame un café en cafecito.app</p>', ['El Litoral Hoy']);
    expect(c.ask).toBeGreaterThan(0);
    expect(c.foreign).toBe(false);
  });

  it("keeps a press story's next heading on the money it reports after the outlet's box", () => {
    const story = [
      '今年3月に休刊した岩手県沿岸部の地方紙「三陸日報」が、クラウドファンディングで集めた資金をもとに、来年1月から週刊紙として復刊することが決まった。',
      '10月から11月にかけて実施したクラウドファンディングには約2400人が参加し、目標額1000万円の2倍を超える約2180万円が集まった。',
    ];
    const box =
      '<div class="c-77a5"><p>メディア・ウォッチの有料会員になると、業界の最新動向を毎朝お届けします。月額550円。</p><div><button type="button">会員登録はこちら</button></div></div>';
    const after =
      '<h2>月額会員制で持続性を確保</h2><p>復刊後は、紙の購読料に加え、月額800円のオンライン会員制度を導入する。会員向けには地域の行政情報を詳しく伝えるニュースレターを配信する予定だ。</p>';
    const html = `<html lang="ja"><head><title>休刊した地方紙、クラウドファンディングで復刊へ | メディア・ウォッチ</title></head><body><article><h1>休刊した地方紙、クラウドファンディングで復刊へ</h1><div class="body">${story.map((t) => `<p>${t}</p>`).join('')}${box}${after}</div></article></body></html>`;
    const { text } = extract(html, { url: 'https://media-watch.example/news/1/' });
    expect(text).toContain('月額会員制で持続性を確保');
    expect(text).not.toContain('有料会員になると');
  });

  it("asks in Polish for the 1.5% of tax or a standing order, and reads 'this text was made possible by' as appeal words", () => {
    expect(
      cuesOf(
        '<p>Przekaż 1,5% podatku albo ustaw stałe zlecenie: nr konta 12 1020 1026 0000 1234 5678 9012.</p>',
      ).ask,
    ).toBeGreaterThan(0);
    expect(cuesOf('<p>Nie mamy właściciela ani reklamodawców. Mamy tylko Was.</p>').ask).toBeGreaterThan(0);
    expect(
      cuesOf('<p>Ten tekst powstał dzięki 1 612 osobom, które co miesiąc wpłacają na Kuriera.</p>').appeal,
    ).toBeGreaterThan(0);
  });

  it('asks in Italian with a link to join from here, and reads members’ fees as appeal words', () => {
    const c = cuesOf('<p>Niente banner, niente pubblicità: solo le quote dei soci. Iscriviti da qui →</p>');
    expect(c.ask).toBeGreaterThan(0);
    expect(c.appeal).toBeGreaterThan(0);
  });

  it('asks when a support verb calls on the reader to back the outlet by name, and not when the verb is the story’s', () => {
    const outlets = ['NieuwsNoord'];
    expect(
      cuesOf(
        '<p>Lokaal nieuws is niet gratis te maken. Steun NieuwsNoord met een vrijwillige bijdrage via Tikkie of iDEAL.</p>',
        outlets,
      ).ask,
    ).toBeGreaterThan(0);
    expect(
      cuesOf('<p>De gemeente zegt de plannen te steunen, meldde NieuwsNoord eerder.</p>', outlets).ask,
    ).toBe(0);
  });

  it('knows a Chinese outlet whose title and text use different scripts (自由之声 / 自由之聲)', () => {
    expect(cuesOf('<p>自由之聲的記者無法在中國境內公開工作。</p>', ['自由之声']).named).toBe(true);
    expect(cuesOf('<p>自由之声坚持独立报道，从不接受政府资助。</p>', ['自由之聲']).named).toBe(true);
  });

  it('reads a Japanese outlet carrying no ads as a nonprofit newsroom as appeal words', () => {
    const line = '灯は、広告を一切掲載せず、企業や政党からの資金も受け取らない非営利の報道機関です。';
    expect(cuesOf(`<p>${line}</p>`).appeal).toBeGreaterThanOrEqual(2);
  });

  it('reads a trial offer’s button as a control ("Jetzt testen", "Start your free trial")', () => {
    for (const line of ['Jetzt testen', 'Start your free trial', 'Prova gratis', 'Попробовать бесплатно']) {
      expect(cuesOf(`<p>${line}</p>`).control, line).toBe(true);
    }
  });

  it('asks with "today" ("make a gift today"), and reads a matching-gift drive as appeal words', () => {
    expect(cuesOf('<p>If you believe in this work, make a gift today.</p>').ask).toBeGreaterThan(0);
    expect(cuesOf('<p>Donors can make a gift at the clinic or online, the charity said.</p>').ask).toBe(0);
    expect(
      cuesOf('<p>Every donation through March 31 will be matched up to $25,000 by the Local News Fund.</p>')
        .appeal,
    ).toBeGreaterThan(0);
  });

  it('reads a newsroom calling itself nonprofit, with no advertisers, as appeal words', () => {
    for (const line of [
      'A Maré Alta é uma agência de jornalismo sem fins lucrativos. Não temos anunciantes do agronegócio.',
      'Somos un medio sin ánimo de lucro y no tenemos anunciantes.',
      'Мы некоммерческое издание, и у нас нет рекламодателей.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThanOrEqual(2);
    }
    expect(
      cuesOf('<p>A associação, sem fins lucrativos, distribui cestas básicas há dez anos.</p>').appeal,
    ).toBe(0);
  });

  it('reads the outlet going on with its reporting and asking for tips as its reporting', () => {
    const c = cuesOf(
      '<p>調査報道ラボは引き続き、交付金の使途について取材を続ける。この件に関する情報をお持ちの方は、情報提供フォームからご連絡ください。</p>',
      ['調査報道ラボ'],
    );
    expect(c.reports).toBe(true);
  });

  it('asks in Chinese with "please consider subscribing" and offers the first month', () => {
    const c = cuesOf(
      '<p>如果您认同我们的工作，请考虑订阅晨光报电子版：首月只需RM1，之后每月RM12.90，随时可以取消。</p>',
    );
    expect(c.ask).toBeGreaterThan(0);
    expect(c.appeal).toBeGreaterThan(0);
  });

  it('asks in Japanese for "support worth a cup of coffee"', () => {
    const c = cuesOf('<p>記事を気に入っていただけたら、コーヒー一杯分の応援をいただけるとうれしいです。</p>');
    expect(c.ask).toBeGreaterThan(0);
  });

  it("asks in Polish for the reader's 1.5% of income tax, and reads answers to the outlet's questions as reporting", () => {
    const ask = cuesOf(
      '<p>Jeśli chcesz, by takie teksty powstawały dalej, przekaż nam 1,5% podatku. W zeznaniu PIT wpisz KRS 0000765432.</p>',
    );
    expect(ask.ask).toBeGreaterThan(0);
    expect(ask.payment).toBeGreaterThan(0);
    const reply = cuesOf(
      '<p>Prezes w odpowiedzi na nasze pytania napisał, że firma była wybierana ze względu na ceny. Nasze wyliczenia temu przeczą.</p>',
    );
    expect(reply.reports).toBe(true);
  });

  it('reads an outlet depending on its readers as appeal words ("a gente depende de quem lê")', () => {
    for (const line of [
      'Pra continuar, a gente depende de quem lê. Já somos 1.218 apoiadores.',
      'Para seguir, dependemos de quienes nos leen.',
      'Per andare avanti dipendiamo da chi ci legge.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
  });

  it('reads "Todo mês Só uma vez" as a frequency row', () => {
    expect(cuesOf('<p>Todo mês Só uma vez</p>').widget).toBe(true);
  });

  it('asks for a hand ("darci una mano", "ajudar-nos")', () => {
    for (const line of [
      'In fondo a questa pagina trovi come darci una mano, anche con pochi euro al mese.',
      'Pode ajudar-nos a partir de 2 euros por mês.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
  });

  it('reads the outlet saying it has no owner but its readers as an appeal, in several languages', () => {
    for (const line of [
      'Nie mamy właściciela poza naszymi czytelnikami.',
      'Ми не маємо власника, крім вас.',
      'Das Echo gehört 2.140 Genossinnen und Genossen – und niemandem sonst.',
      'No tenemos dueño: nos pagan quienes nos leen.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
  });

  it('reads payment-method labels and asks for an amount', () => {
    expect(cuesOf('<p>Zahlungsarten:</p>').payment).toBeGreaterThan(0);
    expect(cuesOf('<p>Akceptujemy:</p>').payment).toBeGreaterThan(0);
    expect(cuesOf('<p>Сколько вы готовы внести?</p>').ask).toBeGreaterThan(0);
    expect(cuesOf('<p>Gerade nicht?</p>').control).toBe(true);
    expect(cuesOf('<p>Pick a level</p>').control).toBe(true);
    expect(cuesOf('<p>Pay with</p>').payment).toBeGreaterThan(0);
    expect(cuesOf('<p>Kies een bedrag</p>').control).toBe(true);
  });

  it('knows a Russian or Ukrainian outlet name in its declined forms, not in a reporting line', () => {
    expect(
      cuesOf('<p>«Калугу Сегодня» не финансируют ни власти, ни владелец полигона.</p>', ['Калуга Сегодня'])
        .named,
    ).toBe(true);
    expect(cuesOf('<p>Звернення від «Буковинського тижневика»</p>', ['Буковинський тижневик']).named).toBe(
      true,
    );
    expect(
      cuesOf('<p>Главный врач Марина Кошелева подтвердила «Онежской правде», что запись откроют.</p>', [
        'Онежская правда',
      ]).named,
    ).toBe(false);
  });

  it('reads a secure-payment label as a payment control', () => {
    expect(cuesOf('<p>Paiement sécurisé</p>')).toMatchObject({ payment: 1, control: true });
    expect(cuesOf('<p>Sichere Zahlung</p>')).toMatchObject({ payment: 1, control: true });
  });

  it('knows an outlet named in capitals in the title when the text writes it in mixed case', () => {
    const line = '<p>O jornal Terras de Bragança também depende dos leitores: apoie o jornalismo local.</p>';
    expect(cuesOf(line, ['TERRAS DE BRAGANÇA'])).toMatchObject({ named: true, self: true });
    // One word in capitals is an acronym, matched as written.
    expect(cuesOf('<p>The Bbc is funded by the licence fee.</p>', ['BBC']).named).toBe(false);
  });

  it('removes an appeal whose only button-like line is "Paiement sécurisé"', () => {
    const html = `${prose(4)}<p>Catalan Hebdo n'existe que grâce à ses lecteurs.</p><p>Sans publicité intrusive ni actionnaire milliardaire, nous dépendons de vous.</p><p>Paiement sécurisé</p><p>Carte bancaire Prélèvement SEPA PayPal</p>`;
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), {
        ...context(),
        outlets: ['Catalan Hebdo'],
        headline: 'Érosion des plages',
      }),
    );
    expect(kept).toContain('Article paragraph 4');
    expect(kept).not.toContain('Paiement sécurisé');
    expect(kept).not.toContain('PayPal');
  });

  it('keeps a sentence on a club’s fees before the outlet’s appeal: payment details are a short line', () => {
    const html = `${prose(3)}<p>Składka członkowska wynosi 50 zł rocznie. Do stowarzyszenia należy 146 osób, z czego jedna trzecia mieszka poza gminą.</p><p>Gazeta Podbeskidzia jest niezależna i utrzymuje się dzięki czytelnikom. Wesprzyj nas dowolną kwotą.</p><p>Wspieram gazetę: gazeta-podbeskidzia.example/wspieram</p>`;
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), {
        ...context(),
        outlets: ['Gazeta Podbeskidzia'],
        headline: 'Drewniany kościół w Sopotni potrzebuje 180 tys. zł i 40 wolontariuszy',
      }),
    );
    expect(kept).toContain('Składka członkowska');
    expect(kept).not.toContain('Wesprzyj nas');
  });
});

describe('an appeal split into the story in plain words ("If this reporting matters to you, support it")', () => {
  it('goes, with the line for readers who already give under the box', () => {
    const ask =
      '<p>If this reporting matters to you, support it: a regular contribution, even a small one, lets us plan trips like this one months ahead.</p><p>Every reader who chips in keeps a reporter on the ground in the North Caucasus.</p>';
    const box =
      '<section><p>Support Kavkaz Dispatch</p><p><button>$3 / month</button><button>$7 / month</button></p><p><a href="/support">Contribute</a></p></section><p>Already a supporter? Sign in</p>';
    const html = `<html><head><title>Caspian fishing ban leaves villages without income | Kavkaz Dispatch</title></head><body><article><h1>Caspian fishing ban leaves villages without income</h1><div>${prose(4)}${ask}${prose(3, 5)}</div>${box}</article></body></html>`;
    const { text } = extract(html, { url: 'https://kavkazdispatch.example/fishing' });
    expect(text).not.toMatch(/matters to you|chips in|Already a supporter|Contribute/);
    expect(text).toContain('Article paragraph 7');
  });
});

describe('a newsletter writer asking in the first person singular', () => {
  it('asks for "my work" and a paid subscription, in several languages, and names local payment apps', () => {
    for (const line of [
      'Gracias por leer. Suscríbete gratis para recibir nuevas historias y apoyar mi trabajo.',
      'Thanks for reading. Subscribe for free to receive new posts and support my work.',
      'Wenn dir der Text gefällt, kannst du meine Arbeit unterstützen.',
      'Si elle vous est utile, soutenez mon travail.',
      'If you’d like to support it, upgrade to a paid subscription for $6 a month.',
      'Steun lokale journalistiek',
      'Het Dagblad bericht al sinds 1921 over Twente. Word abonnee en lees onbeperkt.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
    expect(
      cuesOf('<p>Si elle vous est utile, pensez à passer à l’abonnement payant.</p>').appeal,
    ).toBeGreaterThan(0);
    // Readers paying to keep it free for everyone, in English and Polish.
    expect(
      cuesOf(
        '<p>That only works because around 900 readers pay a small amount each year to keep it going.</p>',
      ).appeal,
    ).toBeGreaterThan(0);
    expect(
      cuesOf('<p>Ten tekst mogłeś przeczytać za darmo, bo wspierają nas Czytelnicy. Nie mamy wydawcy.</p>')
        .appeal,
    ).toBeGreaterThan(1);
    // A newsletter's paid tier, named.
    expect(cuesOf('<p>Платная подписка стоит 350 рублей в месяц.</p>').appeal).toBeGreaterThan(0);
    expect(cuesOf('<p>También puedes apoyar por Yape o Plin al 987 654 321</p>').payment).toBeGreaterThan(0);
    expect(
      cuesOf('<p>Doe a partir de R$ 15 por mês e ajude a chegar a 2.000 apoiadores.</p>').ask,
    ).toBeGreaterThan(0);
    expect(cuesOf('<p>微信转账：扫描报亭二维码 现金：东区报亭捐款箱</p>').payment).toBeGreaterThan(1);
  });
});

describe('an appeal split into a Russian story in plain words', () => {
  it('goes: "Поддержать редакцию можно …" asks, and the lines on who pays are its pieces', () => {
    const pay =
      '<p>Если вы читаете этот текст, значит, местная журналистика ещё жива. Но нас не финансирует ни мэрия, ни губернатор. Каждый наш репортаж оплачен читателями.</p>';
    const ask =
      '<p>Поддержать редакцию можно переводом с карты, через Boosty или криптовалютой. 200 рублей в месяц от тысячи человек — это зарплата двух корреспондентов.</p>';
    const kept = textOf(
      removeDonationAppeals(
        blocksFrom(`<div>${prose(2)}${pay}${prose(2, 3)}${ask}${prose(1, 5)}</div>`),
        context(),
      ),
    );
    expect(kept).not.toMatch(/оплачен читателями|Поддержать редакцию/);
    expect(kept).toContain('Article paragraph 5');
  });
});

describe('the story free to read because others pay', () => {
  it('is an appeal cue in several languages', () => {
    for (const line of [
      'Dit verhaal is gratis, maar het maken ervan niet. Betalende abonnees maken het mogelijk.',
      'Cette lettre vit grâce à ses abonnés payants.',
      'Czytasz ten tekst za darmo, bo inni czytelnicy już nas wsparli.',
      'Members get every story first and an invitation to our annual Q&A.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
    expect(cuesOf('<p>Czytasz ten tekst za darmo, bo inni czytelnicy już nas wsparli.</p>').voice).toBe(true);
  });
});

describe('more ways an outlet speaks of itself and to the reader who does not pay yet', () => {
  it('names itself as "this blog", and asks the reader who is not yet a subscriber', () => {
    const blog = cuesOf(
      '<p>Dieser Blog wird ehrenamtlich gemacht, Server und Fotograf kosten Geld.</p>',
      ['X'],
      'Y',
    );
    expect(blog.self).toBe(true);
    expect(
      cuesOf('<p>Se ainda não é assinante pago, pode sê-lo agora por 3 euros por mês.</p>').ask,
    ).toBeGreaterThan(0);
  });
});

describe('the reader told what the story costs and who pays for it', () => {
  it('is an appeal cue or an ask in several languages', () => {
    expect(cuesOf('<p>Suscribirte es la mejor manera de apoyar nuestro trabajo.</p>').ask).toBeGreaterThan(0);
    for (const line of [
      'Vous lisez cet article gratuitement. Ouest Matin compte sur ses abonnés.',
      'Este trabalho é gratuito, mas não é barato.',
      'Це можливо лише завдяки нашим читачам.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
  });
});

describe('a voice word written in mixed case', () => {
  it('is a name\'s abbreviation, not the pronoun ("TuS Hamm-Süd" is no Spanish "tus")', () => {
    expect(cuesOf('<p>TuS Hamm-Süd hat einen neuen Trikotsponsor.</p>').voice).toBe(false);
    expect(cuesOf('<p>Apoya tus medios locales.</p>').voice).toBe(true);
  });
});

describe("the outlet's inline ask in a Russian story about a fundraiser", () => {
  it('asks and names what pays for the newsroom ("Подпишитесь на поддержку редакции")', () => {
    const c = cuesOf(
      '<p>Эту историю мы смогли рассказать благодаря тем, кто оплачивает нашу работу. Подпишитесь на поддержку редакции — от 99 рублей в месяц.</p>',
      ['Медиа Сибирь'],
      'Новосибирский приют для собак собрал 2,3 млн рублей за две недели',
    );
    expect(c.ask).toBeGreaterThan(0);
    expect(c.appeal).toBeGreaterThan(0);
  });
});

describe('a word with a "we" ending that is no verb', () => {
  it('gives no voice however it stands beside money ("salários mínimos … por cheque")', () => {
    const line =
      '<p>A lei permite donativos de pessoas singulares até 25 salários mínimos, mas obriga a que sejam feitos por cheque ou transferência bancária identificada.</p>';
    expect(cuesOf(line).voice).toBe(false);
    expect(cuesOf('<p>Pagamos 5 euros e recebemos o jornal todas as semanas.</p>').voice).toBe(true);
  });
});

describe('an appeal’s payment methods with logos between them', () => {
  it('go with the appeal, the text-less logos stepped over', () => {
    const html = `${prose(3)}<p>Ohne Sie wäre diese Seite leer. Unterstützen Sie unabhängigen Journalismus mit einem monatlichen Beitrag.</p><p>Basis 4 € im Monat Förderer 9 € im Monat</p><p>Zahlungsarten:</p><figure><img src="/sepa.png" alt=""></figure><p>SEPA-Lastschrift</p><figure><img src="/paypal.png" alt=""></figure><p>PayPal</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 3');
    expect(kept).not.toContain('Zahlungsarten');
    expect(kept).not.toContain('SEPA-Lastschrift');
    expect(kept).not.toContain('PayPal');
  });
});

describe('voice words across languages', () => {
  const voice = (html: string) => appealCues(blocksFrom(html)[0]!, cuePage([], 'A headline')).voice;

  it('does not read Polish "we" (in), "je" (them) or "tu" (here) as the outlet speaking', () => {
    expect(
      voice('<p>Zespół badaczy we Wrocławiu pokazał wyniki, by można je było porównać tu i teraz.</p>'),
    ).toBe(false);
    expect(voice('<p>Czytelnicy, to wy nas utrzymujecie: wasza wpłata daje nam niezależność.</p>')).toBe(
      true,
    );
  });

  it('still reads them in the languages whose words they are', () => {
    expect(voice('<p>Each month we publish dozens of stories about the valley.</p>')).toBe(true);
    expect(voice('<p>Steun je de krant al met een bijdrage?</p>')).toBe(true);
  });
});

describe("a row of links to the outlet's support pages", () => {
  it("is the appeal's buttons, which go with it", () => {
    const html = `<section><p>Das Kiezblatt gibt es nur, weil Sie es möglich machen.</p>
      <p>Wir sind eine gemeinnützige Redaktion ohne Verlag und ohne Werbung, getragen von 612 Mitgliedern.</p>
      <p>Ab 6 Euro im Monat sind Sie dabei, mit Spendenquittung für das Finanzamt.</p>
      <p><a href="/foerdern/">Mitmachen</a> <a href="/foerdern/einmalig/">Einmalig geben</a></p></section>${prose(3)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 1:');
    expect(kept).not.toMatch(/Kiezblatt|612 Mitgliedern|6 Euro/);
  });
});

describe('Japanese appeal wording', () => {
  it('takes a supporter count before its goal, and an ask to lend a hand above the amounts', () => {
    const html = `${prose(3)}<div><p>サポーター会員 2,931人 目標3,500人まであと569人</p></div>
      <div><p>目標の5,000人まで、あと782人。地域の記者を守るために、お力を貸してください</p>
      <p>500円 1,000円 3,000円 金額を指定する</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 3:');
    expect(kept).not.toMatch(/サポーター会員|お力を貸して|500円/);
  });
});

describe('long paragraphs', () => {
  it('are not scanned for appeal phrases: an appeal paragraph is shorter than 200 words', () => {
    const story = `${'The council debated the bypass for hours. '.repeat(30)}Please donate to support our journalism.`;
    expect(cuesOf(`<p>${story}</p>`).ask).toBe(0);
    expect(cuesOf('<p>Please donate to support our journalism.</p>').ask).toBeGreaterThan(0);
  });
});

describe('trial offers', () => {
  const ask = (text: string) => appealCues(blocksFrom(`<p>${text}</p>`)[0]!, cuePage([], 'A headline')).ask;

  it('reads a short try-for-a-price line as an ask, in several languages', () => {
    for (const line of [
      'Probeer 4 weken voor € 1',
      'Try 4 weeks for $1',
      'Testen Sie 4 Wochen für 1 €',
      'Essayez 1 mois pour 1 €',
    ])
      expect(ask(line), line).toBeGreaterThan(0);
  });

  it('leaves a sentence about trying something for weeks without a price', () => {
    expect(ask('The club will try the new pitch for 4 weeks before deciding.')).toBe(0);
  });

  it('reads an offer by its first period and price, either way round', () => {
    for (const line of [
      'Se ainda não é assinante, experimente: o primeiro mês custa 1 euro e pode cancelar quando quiser.',
      'Suscríbete y apoya el periodismo local: el primer mes por 1 €, después 6,99 € al mes.',
      '1 € le premier mois, sans engagement.',
      'Get unlimited digital access for $1 a week for your first year. Cancel anytime.',
    ])
      expect(ask(line), line).toBeGreaterThan(0);
    expect(ask('The first month of the new tram line carried 40,000 passengers.')).toBe(0);
  });

  it('reads a period counted in a word ("einen Monat für 1 €")', () => {
    expect(
      ask('Testen Sie WK+ jetzt einen Monat für 1 € und lesen Sie alle Artikel aus Ihrer Region.'),
    ).toBeGreaterThan(0);
    expect(ask('Try a month for $1 and read everything.')).toBeGreaterThan(0);
  });
});

describe("a sentence giving the outlet's own support address", () => {
  const cues = (text: string) =>
    appealCues(
      blocksFrom(`<p>${text}</p>`)[0]!,
      cuePage(['Elbe-Kurier'], 'Handball cup upset', ['elbe-kurier.example']),
    );

  it('asks, on a support path of the page’s own host, or on any short path beside money', () => {
    expect(
      cues(
        'Wer lieber einmalig etwas gibt, findet alle Wege dazu unter elbe-kurier.example/unterstuetzen, dort geht es in zwei Minuten.',
      ).ask,
    ).toBeGreaterThan(0);
    expect(
      cues('Ein Abo kostet danach 7,90 Euro im Monat, alle Angebote stehen auf elbe-kurier.example/angebote.')
        .ask,
    ).toBeGreaterThan(0);
  });

  it("does not ask when the sentence gives someone else's address or a story page without money", () => {
    expect(
      cues(
        'Der Verein sammelt weiter Spenden, alle Infos gibt es auf wolves-handball.example/spenden für Fans.',
      ).ask,
    ).toBe(0);
    expect(
      cues(
        'Die Dokumente zum Prozess haben wir auf elbe-kurier.example/dokumente für alle Leser veröffentlicht.',
      ).ask,
    ).toBe(0);
  });
});

describe('amounts with what they pay for', () => {
  it('are a widget’s controls, line by line', () => {
    const html = `${prose(4)}<div><p>Siamo arrivati a 1.840 lettori che ci sostengono. Il traguardo del 2026 è 3.000.</p>
      <ul><li>5 € al mese: un articolo d'archivio digitalizzato</li><li>12 € al mese: una giornata di cronista in consiglio</li>
      <li>30 € al mese: un'inchiesta in più all'anno</li></ul>
      <p>Per contribuire basta andare su gazzetta.example/sostegno, le donazioni sono detraibili.</p></div>`;
    const ctx = { ...context(), outlets: ['La Gazzetta'], hosts: ['gazzetta.example'] };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Article paragraph 4:');
    expect(kept).not.toMatch(/al mese|sostegno/);
  });
});

describe('price lists in a story', () => {
  it('keep a list of amounts with no period (tickets, not a membership)', () => {
    const html = `${prose(4)}<ul><li>12 €: Erwachsene</li><li>6 €: Kinder und Studierende</li><li>25 €: Familienkarte</li></ul>${prose(1, 5)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('12 €: Erwachsene');
    expect(kept).toContain('25 €: Familienkarte');
  });
});

describe("the outlet's short name and money in words", () => {
  it('knows "The Signal" for The Prairie Signal and "La Voce" for La Voce di Borgo', () => {
    const named = (outlet: string, text: string) =>
      appealCues(blocksFrom(`<p>${text}</p>`)[0]!, cuePage([outlet], 'Soil fungi help wheat survive drought'))
        .named;
    expect(named('The Prairie Signal', 'The Signal has four reporters covering the county.')).toBe(true);
    expect(named('La Voce di Borgo', 'La Voce la scrivono quattro persone, ogni giorno.')).toBe(true);
    expect(named('Il Sole', 'Il sole splende sulla valle.')).toBe(false);
  });

  it('not a short name that goes on into another body\'s name ("The Ferrous Valley Community Foundation")', () => {
    const named = (text: string) =>
      appealCues(
        blocksFrom(`<p>${text}</p>`)[0]!,
        cuePage(['The Ferrous Valley Dispatch'], 'Theatre crowdfund'),
      ).named;
    expect(named('The Ferrous Valley Community Foundation has promised to match the final £50,000.')).toBe(
      false,
    );
    expect(named('The Dispatch is a reader-funded newsroom.')).toBe(true);
    expect(named('The Ferrous Valley Dispatch is a reader-funded newsroom.')).toBe(true);
  });

  it('reads amounts written with a currency word as money', () => {
    const payment = (text: string) => appealCues(blocksFrom(`<p>${text}</p>`)[0]!).payment;
    expect(payment("Con 50 euro l'anno ci aiuti a restare online.")).toBeGreaterThan(0);
    expect(payment('The euro zone grew in 2024.')).toBe(0);
  });
});

describe('"this paper" as the outlet', () => {
  const cues = (text: string, headline = 'Frescoes uncovered in a lakeside church') =>
    appealCues(blocksFrom(`<p>${text}</p>`)[0]!, cuePage(['Voce del Lario'], headline));

  it('counts a block opening with "questo giornale" as the outlet speaking of itself', () => {
    const c = cues(
      'Questo giornale non ha un editore alle spalle e non chiude gli articoli dietro un abbonamento.',
    );
    expect(c.named && c.leads).toBe(true);
  });

  it('not when the outlet is reporting, nor in a story about the press', () => {
    expect(cues('本报讯（记者 王芳）昨日，市政府发布新规。').named).toBe(false);
    expect(
      cues('This newspaper has turned 100 years old this week.', 'Local newspaper celebrates its centenary')
        .named,
    ).toBe(false);
  });
});

describe('Japanese: the outlet describing its reporters is not reporting', () => {
  const headline = '汐見港まつり花火大会、今年は中止';
  it('names the outlet in "run by three reporters", not in "told our reporter"', () => {
    const own = cuesOf(
      '<p>瀬戸内タイムズは、3人の記者で運営している小さなメディアです。</p>',
      ['瀬戸内タイムズ'],
      headline,
    );
    expect(own.named).toBe(true);
    const told = cuesOf(
      '<p>実行委員長は瀬戸内タイムズの記者に「来年は必ず開く」と語った。</p>',
      ['瀬戸内タイムズ'],
      headline,
    );
    expect(told.named).toBe(false);
  });
});

describe('first-person buttons', () => {
  it('are controls ("Quero entrar para o clube", "Ich bin dabei", "Je rejoins le club")', () => {
    for (const line of ['Quero entrar para o clube', 'Ich bin dabei', 'Je rejoins le club', 'Ik doe mee']) {
      expect(cuesOf(`<p>${line}</p>`).control, line).toBe(true);
    }
  });
});

describe('asks to keep the reporting going, and the subscription small print', () => {
  it('reads "if you want us to keep …" as an ask and "cancel anytime" as an appeal word', () => {
    for (const line of [
      'Si quieres que sigamos contando lo que pasa en la sierra, suscríbete por 5 euros al mes.',
      'Если вы хотите, чтобы мы и дальше ездили на места, поддержите редакцию.',
      'Als je wilt dat we blijven schrijven over de wijk, word dan lid.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
    for (const line of [
      'Bastano 4 euro al mese, e puoi disdire quando vuoi.',
      'From $6 a month, cancel anytime.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
  });
});

describe('the editor asking in the first person, "Friends of" schemes, and long amount rows', () => {
  it('reads "te pido que …" and "word vriend" as asks', () => {
    for (const line of [
      'Si crees que este trabajo merece la pena, te pido que colabores con lo que puedas.',
      'Deze maand zoek ik 150 nieuwe vrienden. Word vriend voor € 5 per maand.',
      'Je vous demande de nous rejoindre, dès aujourd’hui.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
  });

  it('takes a row of three amounts with their period as a widget, however long', () => {
    expect(cuesOf('<p>3 € al mes 6 € al mes 12 € al mes Otra cantidad</p>').widget).toBe(true);
    expect(cuesOf('<p>The council will charge 3 € a month for parking, up from 2 €.</p>').widget).toBe(false);
  });
});

describe('asks in the first person and "if this matters to you"', () => {
  it('reads them as asks', () => {
    for (const line of [
      'If that matters to you, a membership starts at $6 a month.',
      'Si vous nous lisez souvent, je vous propose de les rejoindre : le premier mois est à 1 €.',
      'Se ti sta a cuore, abbonati da 4 euro al mese.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
  });
});

describe('Turkish and Czech appeals', () => {
  const cues = (line: string) => appealCues(blocksFrom(`<p>${line}</p>`)[0]!, cuePage([], 'A headline'));

  it('reads the outlet asking in Turkish and Czech as asks', () => {
    for (const line of [
      'Habercilik masraflı bir iş; imkânınız varsa bizi destekleyin.',
      'Desteğiniz olmadan bu haberleri yazamazdık.',
      'Pokud se vám naše zpravodajství líbí, podpořte nás libovolnou částkou.',
      'Milí čtenáři, bez vaší podpory bychom nemohli psát.',
    ]) {
      expect(cues(line).ask, line).toBeGreaterThan(0);
    }
  });

  it('reads frequency buttons, amounts in lira and korunas, and their rows as controls', () => {
    for (const line of ['Aylık', 'Tek seferlik', 'Měsíčně', 'Jednorázově', '₺250', '200 Kč']) {
      expect(cues(line).control, line).toBe(true);
    }
    expect(cues('₺100 ₺250 ₺500').widget).toBe(true);
    expect(cues('100 Kč 250 Kč 500 Kč').widget).toBe(true);
  });

  it('hears the outlet’s voice in "siz"/"bizi" and Czech "vy"/"nás", not in a report', () => {
    expect(cues('Sizin katkınızla bizi okumaya devam edin.').voice).toBe(true);
    expect(cues('Vy jste ti, kdo nás drží nad vodou.').voice).toBe(true);
    expect(cues('Belediye meclisi yeni bütçeyi salı günü oy birliğiyle kabul etti.').voice).toBe(false);
    expect(cues('Zastupitelstvo schválilo rozpočet, opozice byla proti.').voice).toBe(false);
  });

  it('removes a Czech appeal after the story and keeps a story about a collection', () => {
    const html = `${prose(3)}<p>Milí čtenáři, naši redakci neplatí žádný majitel. Podpořte nás pravidelným darem.</p><p>Měsíčně</p><p>Jednorázově</p><p>150 Kč 300 Kč 500 Kč</p><p>Pokračovat k platbě</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 3');
    expect(kept).not.toMatch(/Podpořte nás|Měsíčně|150 Kč|Pokračovat/);
    const story = `${prose(2)}<p>Sbírka na nový sanitní vůz vynesla za měsíc 2,4 milionu korun. Dárci posílali nejčastěji 500 korun, řekla předsedkyně spolku.</p>`;
    expect(
      textOf(
        removeDonationAppeals(blocksFrom(story), {
          ...context(),
          headline: 'Sbírka na sanitku vynesla miliony',
        }),
      ),
    ).toContain('Dárci posílali');
  });

  it('removes a Turkish appeal with its amounts and keeps the story', () => {
    const html = `${prose(3)}<p>Sevgili okurlarımız, reklam almıyoruz ve haberlerimiz herkese açık kalsın istiyoruz. Bizi destekleyin.</p><p>₺100 ₺250 ₺500</p><p>Başka bir tutar</p><p>Destek ol</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 3');
    expect(kept).not.toMatch(/Sevgili okurlarımız|₺250|Başka bir tutar|Destek ol/);
  });
});

describe('appeal pieces in the story, worded as probe75 worded them', () => {
  const around = (piece: string, after = '') => `${prose(3)}<p>${piece}</p>${prose(3, 4)}${after}`;

  it('knows "the Signal" as the short name of the Northfield Signal', () => {
    const piece =
      'Reporting like this takes time. The Signal is funded by readers, not billionaires or advertisers.';
    const appeal =
      '<p>If you value independent coverage in Northfield, become a supporting member of the Northfield Signal today.</p><p><a href="/support">Support the Signal</a></p>';
    const html = around(piece, appeal);
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), { ...context(), outlets: ['Northfield Signal'] }),
    );
    expect(kept).not.toContain('funded by readers');
    expect(kept).toContain('Article paragraph 6');
  });

  it('reads "you are reading <the outlet> for free" as appeal words, counted once', () => {
    const line =
      'Vous lisez Ouest Cité gratuitement. Pour rester indépendants, nous avons besoin de 500 nouveaux abonnés.';
    expect(cuesOf(`<p>${line}</p>`, ['Ouest Cité']).appeal).toBe(2);
    expect(cuesOf('<p>Vous lisez cet article gratuitement.</p>').appeal).toBe(1);
    expect(cuesOf("<p>You're reading the Courier for free.</p>").appeal).toBe(1);
    // Reading something for free in the story ("les élèves lisent gratuitement") is no cue.
    expect(cuesOf('<p>Les élèves lisent gratuitement à la médiathèque.</p>').appeal).toBe(0);
  });

  it("reads the reader's every rouble or hryvnia as money the outlet speaks of", () => {
    expect(cuesOf('<p>Каждый ваш рубль — это ещё один репортаж из Сибири.</p>').payment).toBeGreaterThan(0);
    expect(cuesOf('<p>Кожна ваша гривня — це ще один репортаж.</p>').payment).toBeGreaterThan(0);
  });
});

describe('appeal pieces in the story, worded as probe76 worded them', () => {
  it('counts "2 000 stałych Patronów" and "900 more members" as the tally the outlet needs', () => {
    for (const line of [
      'Od sześciu lat opisujemy Lublin i region bez cenzury reklamodawców. Żeby tak zostało, potrzebujemy 2 000 stałych Patronów.',
      'We need 900 more members by the end of March to keep our science desk running.',
      'Pour continuer, nous avons besoin de 500 nouveaux abonnés.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).ask, line).toBeGreaterThan(0);
    }
    // A story's count of people with an adjective is no tally without the outlet's need.
    expect(cuesOf('<p>The festival drew 3,000 new visitors this year.</p>').ask).toBe(0);
  });

  it("owns a Japanese ask that speaks of keeping up the outlet's reporting, in a fundraiser story", () => {
    const piece =
      '<p>議会や裁判、地域の小さな出来事まで取材を続けるため、月300円からのサポーター登録をお願いしています。</p>';
    const box =
      '<p>金沢まちなか新聞は、広告収入だけに頼らず、読者の皆さまの支援で運営している独立系のニュースサイトです。</p>';
    const html = `${prose(3)}${box}${prose(2, 4)}${piece}${prose(2, 6)}`;
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), {
        ...context(),
        outlets: ['金沢まちなか新聞'],
        headline: '能登の酒蔵再建へクラウドファンディング　目標の2倍、4千万円集まる',
      }),
    );
    expect(kept).not.toContain('サポーター登録');
    expect(kept).toContain('Article paragraph 7');
  });
});

describe('appeal pieces in the story, worded as probe77 worded them', () => {
  it("reads journalism's cost, which advertising no longer covers, as appeal words", () => {
    for (const line of [
      'Fare buon giornalismo locale costa: trasferte, fotografi, collaboratori nei paesi. La pubblicità da sola non basta più.',
      'Enquêter sur le terrain, payer nos correspondants : tout cela a un coût que la publicité ne couvre plus.',
      'Good journalism costs money, and advertising alone no longer pays for it.',
      'Rzetelne dziennikarstwo lokalne kosztuje.',
    ]) {
      expect(cuesOf(`<p>${line}</p>`).appeal, line).toBeGreaterThan(0);
    }
    expect(cuesOf('<p>The new stadium costs the city €40 million, the council said.</p>').appeal).toBe(0);
  });

  it('reads "定期定額" (a recurring gift) as the outlet speaking of what pays for it', () => {
    const piece = '<p>深入的調查報導往往需要數個月的田野採訪，每一筆定期定額的支持，都讓我們能走得更遠。</p>';
    const ask =
      '<p>每月新台幣100元起，就能和我們一起守護值得信任的新聞。</p><p><a href="/support">成為贊助者</a></p>';
    const html = `${prose(3)}${piece}${prose(2, 4)}${ask}${prose(1, 6)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), { ...context(), outlets: ['島嶼觀察報'] }));
    expect(kept).not.toContain('定期定額');
    expect(kept).toContain('Article paragraph 6');
  });
});

describe('appeal pieces in the story, worded as probe78 worded them', () => {
  it('reads "kostenlos, aber nicht umsonst" as appeal words and "Jetzt Kurier-Plus abonnieren" as an ask', () => {
    expect(
      cuesOf(
        '<p>Diese Berichte sind kostenlos, aber nicht umsonst. Mit einem Abo ab 4,90 Euro im Monat sichern Sie Lokalsport.</p>',
      ).appeal,
    ).toBeGreaterThan(0);
    expect(cuesOf('<p>Jetzt Kurier-Plus abonnieren</p>').ask).toBeGreaterThan(0);
    expect(cuesOf('<p>Jetzt beginnt die Saison für den Verein</p>').ask).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/**
 * Appeal boxes as page builders set them: every line in a `<div>` of its own, cards of tiers, rows
 * of controls run together. The story around them stays whole.
 */
const p = (t: string) => `<p>${t}</p>`;

describe("a box's heading in a <div> beside its text's <div>", () => {
  it('goes with the appeal under it', () => {
    const story = [
      'El Banco de Alimentos de la Vega ha recogido 212 toneladas en su campaña de otoño, un 6% más que el año pasado.',
      'Más de 1.800 voluntarios atendieron los puntos de recogida de 90 supermercados durante el fin de semana.',
      'La entidad reparte cada mes alimentos a 9.000 personas a través de parroquias y asociaciones vecinales.',
      'El reparto de lo recogido empezará la próxima semana en los almacenes de Motril.',
    ];
    const box = `<div class="x1"><div><strong>Sin anunciantes y sin muro de pago</strong></div><div class="x2">El Correo de la Vega vive de las cuotas de quienes lo leen. Por 2 € al mes puedes ayudarnos a seguir.</div><a class="x3" href="/suscribete">Suscríbete</a></div>`;
    const html = `<html lang="es"><head><title>El Banco de Alimentos recoge 212 toneladas | El Correo de la Vega</title><meta property="og:site_name" content="El Correo de la Vega"></head><body><main><h1>El Banco de Alimentos recoge 212 toneladas</h1>${box}<div class="body">${story.map(p).join('')}</div></main></body></html>`;
    const { text } = extract(html, { url: 'https://correodelavega.example/banco-alimentos/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Sin anunciantes|cuotas de quienes/);
  });
});

describe('membership tier cards', () => {
  it("take each tier's one-word name with its price and perk", () => {
    const story = [
      'Міська рада затвердила план нової велосипедної мережі: 23 кілометри доріжок до 2028 року.',
      'Першою чергою облаштують вулицю Шевченка та набережну, де торік сталося найбільше аварій.',
      'Активісти вважають темпи надто повільними і просять почати з маршрутів до шкіл.',
    ];
    const tiers = [
      ['Читач', '100 грн/міс', 'Щотижневий лист від редакції'],
      ['Друг', '250 грн/міс', 'Запрошення на зустрічі з журналістами'],
      ['Меценат', '1000 грн/міс', 'Ваше ім’я на сторінці підтримки'],
    ];
    const cards = tiers.map((t) => `<div class="item">${t.map(p).join('')}</div>`).join('');
    const box = `<div class="col-3">${p('Дякуємо, що дочитали до кінця')}${p('«Веломіст» — це шестеро журналістів. У нас немає пейволу, тому просимо тих, хто може, підтримати нас щомісяця.')}${cards}<a href="/pidtrymka">Стати членом спільноти</a></div>`;
    const html = `<html lang="uk"><head><title>23 кілометри велодоріжок | Веломіст</title><meta property="og:site_name" content="Веломіст"></head><body><article><h1>23 кілометри велодоріжок</h1>${story.map(p).join('')}${box}</article></body></html>`;
    const { text } = extract(html, { url: 'https://velomist.example/merezha/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Друг|Меценат|Читач|грн\/міс/);
  });
});

describe("the free-amount field and the form's button in one line", () => {
  it('goes with the appeal, as its heading does', () => {
    const story = [
      'Областной минздрав купил 30 машин скорой помощи у посредника, зарегистрированного за месяц до аукциона.',
      'Цена каждой машины оказалась на 4 миллиона рублей выше, чем в прайсе завода.',
      'В министерстве заявили, что закупка проведена по закону.',
    ];
    const lines = [
      'На этот текст ушло четыре месяца: мы запрашивали документы и сверяли реестры.',
      'В России «Сверка» заблокирована, поэтому мы просим о поддержке читателей за границей.',
      'Ежемесячное пожертвование позволяет нам планировать расследования на год вперёд.',
    ];
    const frequency = ['Один раз', 'Каждый месяц'].map(
      (f) => `<label><input type="radio" name="f"> <span>${f}</span></label>`,
    );
    const box = `<section class="c-a1"><h3>Расследования стоят дорого</h3>${lines.map((t) => `<div class="c-b2">${t}</div>`).join('')}<fieldset>${frequency.join('')}</fieldset><label><span>Своя сумма</span> <input type="number"></label> <a href="/support/">Продолжить</a></section>`;
    const html = `<html lang="ru"><head><title>Скорые через посредника | Сверка</title><meta property="og:site_name" content="Сверка"></head><body><article><h1>Скорые через посредника</h1>${story.map(p).join('')}${box}</article></body></html>`;
    const { text } = extract(html, { url: 'https://sverka.example/skorye/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Своя сумма|Продолжить|стоят дорого|пожертвование/);
  });
});

describe('appeal wording', () => {
  it('reads "Lokaljournalismus braucht Sie" over a box of the outlet\'s members as its ask', () => {
    const story = [
      'Nach tagelangem Regen hat die Mulde in Grimma am Morgen die Marke von vier Metern überschritten.',
      'Die Feuerwehr hat an der Uferstraße Sandsäcke ausgelegt; die Straße ist gesperrt.',
      'Das Hochwasserzentrum rechnet bis zum Abend mit weiter steigenden Pegeln.',
    ];
    const box = `<div class="block-9">${p('Lokaljournalismus braucht Sie')}${p('Seit 1890 berichtet der Bote aus dem Tal. Heute finanzieren wir uns vor allem über Mitglieder, die freiwillig zahlen.')}${p('Schon 1.950 Mitglieder sind dabei – bis Ostern möchten wir die 2.500 schaffen.')}<a href="https://steady.example/bote">Jetzt Mitglied werden bei Steady</a></div>`;
    const html = `<html lang="de"><head><title>Mulde steigt weiter | Talbote</title><meta property="og:site_name" content="Talbote"></head><body><article><h1>Mulde steigt weiter</h1>${box}${story.map(p).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://talbote.example/mulde/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/braucht Sie|Mitglieder sind dabei|finanzieren wir uns/);
    // "sie" (them) is no call to the reader.
    const them = html.replace('Lokaljournalismus braucht Sie', 'Die Feuerwehr braucht sie');
    expect(extract(them, { url: 'https://talbote.example/mulde/' }).text).toContain('Mitglieder sind dabei');
  });

  it('reads "questo articolo è gratuito" as an appeal word in a story about a fundraiser', () => {
    const story = [
      'In quaranta giorni 2.100 donatori hanno raccolto 150 mila euro per ricomprare il cinema del paese.',
      'La cifra copre la quota che mancava per l’acquisto dall’ex proprietario.',
      'Ora servono lavori per almeno 600 mila euro: il comitato lancerà una campagna di tesseramento.',
      'Questo articolo è gratuito. Se vuoi sostenere l’informazione locale, abbonati al Corriere digitale: 1 € il primo mese.',
      'Il sindaco ha promesso che il Comune coprirà un terzo della spesa con fondi propri.',
    ];
    const html = `<html lang="it"><head><title>Il paese si ricompra il cinema: 150 mila euro raccolti | Corriere della Piana</title><meta property="og:site_name" content="Corriere della Piana"></head><body><article><h1>Il paese si ricompra il cinema: 150 mila euro raccolti</h1>${story.map(p).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://corrieredellapiana.example/cinema/' });
    for (const line of [story[0], story[1], story[2], story[4]]) expect(text).toContain(line);
    expect(text).not.toContain('Questo articolo è gratuito');
  });

  it('reads Brazilian bank lines and an income-tax note under the appeal as its payment lines', () => {
    const story = [
      'O lago perdeu mais de 150 botos na seca de 2023, quando a água passou dos 39 graus.',
      'Agora uma rede de 12 boias vai medir temperatura e oxigênio a cada dez minutos.',
      'Os dados ficam públicos e devem orientar a retirada de animais em emergências.',
      'O projeto é coordenado por um instituto de pesquisa de Manaus e custou R$ 1,2 milhão, pagos por um fundo de cooperação internacional.',
      'Pescadores das comunidades ribeirinhas vão ajudar na manutenção das boias e recebem uma bolsa mensal durante os dois primeiros anos.',
      'Os pesquisadores esperam ter o primeiro modelo de previsão de ondas de calor no lago antes da próxima estiagem, em setembro.',
    ];
    const appeal = [
      'Você chegou até aqui, então provavelmente se importa com a Amazônia tanto quanto a gente.',
      'O Rio Vivo é uma redação sem fins lucrativos de jornalistas do interior do Amazonas.',
      'Não cobramos assinatura e não aceitamos dinheiro de mineradoras. Por isso dependemos de doações de leitores como você.',
      'Doe qualquer valor pelo Pix',
    ];
    const bank =
      '<p>Transferência bancária: Banco do Brasil<br>Agência 1234-5 · Conta corrente 67890-1<br>Associação Rio Vivo de Comunicação</p>';
    const tax =
      'Doações de pessoas físicas podem ser deduzidas do IR dentro dos limites da lei; emitimos recibo para todas.';
    const html = `<html lang="pt"><head><title>Boias contra a seca | Rio Vivo</title><meta property="og:site_name" content="Rio Vivo"></head><body><article><h1>Boias contra a seca</h1>${story.map(p).join('')}${appeal.map(p).join('')}${bank}${p(tax)}</article></body></html>`;
    const { text } = extract(html, { url: 'https://riovivo.example/boias/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Conta corrente|deduzidas do IR|Transferência/);
  });
});

describe('a counter and its goal line, each in a <div> of its own', () => {
  it('go together once the counter goes with the appeal', () => {
    const story = [
      'Der Deich an der Ammel soll von 2026 an um 80 Zentimeter erhöht und auf zwei Kilometern verbreitert werden, teilte das Amt mit.',
      'Betroffen sind 27 Grundstücke am Mühlweg, deren Eigentümer einen Streifen hinter dem Damm abgeben müssen.',
      'Die Pläne liegen ab Montag vier Wochen lang im Rathaus aus; Einwände sind bis Ende Januar möglich.',
      'Bürgermeisterin Anna Seidl begrüßte das Vorhaben, forderte aber eine Entschädigung für die Landwirte.',
    ];
    const box = `<div class="a1"><div class="a2">Der Talbote bleibt frei lesbar – wenn genug Leserinnen und Leser mitmachen. Unterstützen Sie uns mit 5 € im Monat.</div></div><div class="b1"><div class="b2">1.120 von 2.000 Mitgliedern</div><div class="b2">Noch 880 bis zum Ziel – danke an alle, die schon dabei sind!</div></div>`;
    const html = `<html lang="de"><head><title>Deich wird erhöht | Talbote</title><meta property="og:site_name" content="Talbote"></head><body><article><h1>Deich wird erhöht</h1>${box}${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://talbote.example/deich/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Mitgliedern|bis zum Ziel|frei lesbar/);
  });
});

describe('a Patronite box before the story', () => {
  it('goes whole: "czytasz nas za darmo", its patrons counter and its SMS line', () => {
    const story = [
      'Rada Miasta przyjęła w czwartek budżet na 2026 rok. Za głosowało 14 radnych, przeciw było 9.',
      'Dochody zaplanowano na 380 mln zł, wydatki na 415 mln zł. Deficyt pokryje kredyt i nadwyżka z lat ubiegłych.',
      'Największą inwestycją będzie przebudowa dworca autobusowego za 52 mln zł, w połowie z funduszy unijnych.',
      '— To budżet na kredyt — mówiła na sesji radna opozycji. Prezydent miasta odpowiadała, że zadłużenie jest bezpieczne.',
    ];
    const box = `<div class="q1">Czytasz nas za darmo i chcemy, żeby tak zostało. Do końca roku potrzebujemy 400 patronów.</div><div class="q2">251 z 400 patronów</div><div class="q3">Albo wyślij SMS o treści GONIEC na numer 72480 (koszt 2,46 zł z VAT).</div>`;
    const html = `<html lang="pl"><head><title>Budżet z deficytem | Goniec Miejski</title><meta property="og:site_name" content="Goniec Miejski"></head><body><article><h1>Budżet z deficytem</h1>${box}${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://goniec.example/budzet/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/za darmo|patronów|SMS/);
  });
});

describe('widget lines told by their cues', () => {
  const cue = async (html: string) => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const { blocksFrom } = await import('../helpers.js');
    return appealCues(blocksFrom(html)[0]!);
  };

  it('reads a Tron address as a wallet, in the case it is written in', async () => {
    expect(
      (await cue('<p>USDT (TRC20): TQx7mB2dLk9Vw4PzR1sHcNf8aEu3JgYt6p</p>')).payment,
    ).toBeGreaterThanOrEqual(2);
    expect(
      (await cue('<p>支持我們 USDT（TRC20）：TQx7mB2dLk9Vw4PzR1sHcNf8aEu3JgYt6p</p>')).payment,
    ).toBeGreaterThanOrEqual(2);
  });

  it('reads "treat the author to a tea" as an ask, in Chinese', async () => {
    expect((await cue('<p>喜欢这篇文章？请作者喝杯茶</p>')).ask).toBeGreaterThan(0);
  });

  it("reads a Japanese request to join a friends' association, and thanks for reading this far", async () => {
    const join = await cue(
      '<p>サイトを続けるために、「みなと友の会」への参加をお願いしています。月300円、コーヒー1杯より安いです。</p>',
    );
    expect(join.ask).toBeGreaterThan(0);
    expect(join.appeal).toBeGreaterThan(0);
    expect((await cue('<p>ここまで読んでくださって、ありがとうございます。</p>')).ask).toBeGreaterThan(0);
  });

  it('reads "become one of them" after a count of members, and "ad-free", as German appeal words', async () => {
    expect(
      (await cue('<p>Werden Sie eines davon – über Steady, ab 5 Euro im Monat.</p>')).ask,
    ).toBeGreaterThan(0);
    expect((await cue('<p>Weitblick ist gemeinnützig und werbefrei.</p>')).appeal).toBeGreaterThan(0);
  });

  it('reads the outlet saying how many more supporters it needs as its ask', async () => {
    const pt = await cue(
      '<p>Para fechar 2025 sem cortes na equipe, precisamos de mais 1.900 apoiadores mensais.</p>',
    );
    expect(pt.ask).toBeGreaterThan(0);
    expect(pt.payment).toBeGreaterThan(0);
    const fr = await cue(
      '<p>Pour que cet équilibre tienne, il nous faut 12 000 abonnés de plus d’ici décembre.</p>',
    );
    expect(fr.ask).toBeGreaterThan(0);
    const uk = await cue(
      '<p>За рік нас підтримало 1 905 читачів. Нам потрібно ще 300, щоб не скорочувати відділ культури.</p>',
    );
    expect(uk.ask).toBeGreaterThan(0);
    // A count with no need is a tally, not an ask.
    expect((await cue('<p>Hoje somos mantidos por 1.480 leitores. A meta é 2.000.</p>')).ask).toBe(0);
  });

  it("reads what the reader's gift makes sure of as a German ask", async () => {
    expect(
      (await cue('<p>Mit einer regelmäßigen Spende sorgen Sie dafür, dass wir dranbleiben können.</p>')).ask,
    ).toBeGreaterThan(0);
  });

  it('reads "support local news" and an ad-free offer in Chinese, and an outlet with no owner in Portuguese', async () => {
    expect(
      (await cue('<p>支持本地新闻，从一份订阅开始。扫码或点击下方按钮，每月仅需 9.9 元。</p>')).ask,
    ).toBeGreaterThan(0);
    expect((await cue('<p>订阅“城南+”会员，即可免广告阅读全部本地新闻。</p>')).appeal).toBeGreaterThan(0);
    expect(
      (
        await cue(
          '<p>Somos uma revista pequena, sem publicidade intrusiva e sem dono. Torne-se leitor apoiante.</p>',
        )
      ).appeal,
    ).toBeGreaterThan(0);
  });

  it('reads "Like this story?" as an ask, and "Give $5" or "→ Back the Weekly" as controls', async () => {
    expect(
      (
        await cue(
          '<p>Like this story? We make one like it every day, mostly on caffeine and reader donations.</p>',
        )
      ).ask,
    ).toBeGreaterThan(0);
    expect((await cue('<p>Give $5</p>')).control).toBe(true);
    expect((await cue('<p>→ Back the Weekly</p>')).control).toBe(true);
    expect((await cue('<p>Give the council a year, she said.</p>')).control).toBe(false);
  });

  it('reads Polish "prosimy o wsparcie" and Portuguese "considere apoiar" as asks', async () => {
    expect(
      (await cue('<p>Dlatego prosimy o wsparcie Was, czytelników w Polsce i na emigracji.</p>')).ask,
    ).toBeGreaterThan(0);
    expect(
      (await cue('<p>Se este texto lhe foi útil, considere fazer uma assinatura de apoio.</p>')).ask,
    ).toBeGreaterThan(0);
  });

  it('reads a drumstick for the reporter and a count of tippers as a Chinese tip box', async () => {
    expect((await cue('<p>喜欢这篇报道？给记者加个鸡腿</p>')).ask).toBeGreaterThan(0);
    expect((await cue('<p>已有 57 人打赏</p>')).appeal).toBeGreaterThan(0);
  });

  it('reads a Japanese "please consider" and supporter words as an appeal\'s', async () => {
    expect(
      (await cue('<p>記事が役に立ったら、月300円からのサポーター登録をご検討ください。</p>')).ask,
    ).toBeGreaterThan(0);
    expect(
      (await cue('<p>サポーターのみなさんのおかげで、記者を1人増やせました。</p>')).appeal,
    ).toBeGreaterThan(0);
  });

  it('reads a labelled row of three amounts as a widget ("成為月費會員：HK$50／HK$100／HK$300")', async () => {
    expect((await cue('<p>成為月費會員：HK$50／HK$100／HK$300</p>')).widget).toBe(true);
    expect((await cue('<p>Become a monthly member: $5 / $10 / $25</p>')).widget).toBe(true);
    expect((await cue('<p>Prices: the museum charges $5 for children</p>')).widget).toBe(false);
  });
});

describe('lines of an appeal that stand apart from it', () => {
  const page = (lang: string, inserts: string[]) => {
    const story = [
      'De provincie moet de vergunning voor de uitbreiding van drie varkensstallen opnieuw beoordelen, oordeelt de Raad van State.',
      'Volgens de rechters is niet aangetoond dat de extra stikstofuitstoot de natuur in het nabije Natura 2000-gebied niet schaadt.',
      'Omwonenden hadden bezwaar gemaakt tegen de vergunning, die in 2022 werd verleend.',
      'De provincie laat weten de uitspraak te bestuderen en binnen zes weken een nieuw besluit te nemen.',
    ];
    const body = [story[0], story[1], ...inserts, story[2], story[3]].map((t) => `<p>${t}</p>`).join('');
    return {
      story,
      html: `<html lang="${lang}"><head><title>Stallen opnieuw beoordeeld | Het Stroomblad</title><meta property="og:site_name" content="Het Stroomblad"></head><body><article><h1>Stallen opnieuw beoordeeld</h1>${body}<p>Het Stroomblad is onafhankelijk en wordt betaald door zijn leden. Word ook lid: vanaf € 5 per maand.</p></article></body></html>`,
    };
  };

  it('take "already a member? thank you" in Dutch ("Ben je al lid? Dank je wel.")', () => {
    const { story, html } = page('nl', [
      'Zonder leden geen Stroomblad. Ben je al lid? Dank je wel. Nog niet? Dat kan hier, in twee minuten.',
    ]);
    const { text } = extract(html, { url: 'https://stroomblad.example/stallen/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/al lid|Word ook lid/);
  });

  it('take a counter with its noun between the numbers ("1.284 lettori su 2.000")', async () => {
    const { PLEDGE_RATIO } = await import('../../../src/extract/vocab/phrases/donation.js');
    expect(PLEDGE_RATIO.test('1.284 lettori su 2.000 hanno già aderito')).toBe(true);
    expect(PLEDGE_RATIO.test('1.284 su 2.000')).toBe(true);
    expect(PLEDGE_RATIO.test('lettori e abbonati')).toBe(false);
  });
});

describe('a magazine named after its kind, asking in voseo', () => {
  it('reads "Revista Lumbre" as "Lumbre" too, and "nos ayudás", "elegí el monto" and a CBU line as its appeal', () => {
    const story = [
      'La Feria del Libro de Córdoba cerró el domingo con 410.000 visitantes, un 12 % más que el año pasado, según los organizadores.',
      'Las ventas, en cambio, cayeron: la cámara de editores estimó una baja del 15 % en ejemplares vendidos respecto de 2025.',
      '«Vino muchísima gente, pero a mirar», resumió una editora que participa de la feria desde hace dos décadas.',
      'La próxima edición tendrá stands subsidiados para las editoriales pequeñas, anunció la organización.',
    ];
    const appeal = [
      'Querida lectora, querido lector:',
      'Hace nueve años que Lumbre cuenta la cultura de la ciudad: las librerías que cierran y las que abren, los teatros del barrio.',
      'No tenemos muro de pago porque la cultura no tiene que ser un lujo. Pero imprimir y pagar a colaboradores cuesta, y cada mes cuesta más.',
      'Con un aporte mensual nos ayudás a seguir. Elegí el monto que puedas.',
      'Alias: LUMBRE.REVISTA · CBU 0720112820000009876543',
    ];
    const html = `<html lang="es"><head><title>La feria cierra con récord | Revista Lumbre</title><meta property="og:site_name" content="Revista Lumbre"></head><body><article><h1>La feria cierra con récord</h1>${story.map((t) => `<p>${t}</p>`).join('')}<div class="c-91">${appeal.map((t) => `<p>${t}</p>`).join('')}</div></article></body></html>`;
    const { text } = extract(html, { url: 'https://lumbre.example/feria/' });
    for (const line of story) expect(text).toContain(line);
    expect(text).not.toMatch(/Querida lectora|Lumbre cuenta|nos ayudás|CBU/);
  });
});

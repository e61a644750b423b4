import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const URL = 'https://reestr.example/2025/06/10/skameyki/';

/**
 * An investigation whose last paragraphs speak in the outlet's "we" of its reporting, then the
 * outlet's appeal in plain paragraphs of the same markup: the story's lines stay, the appeal goes.
 */
function page(reporting: string[]): string {
  const story = [
    'Весной 2024 года мэрия Озерска заключила контракт на поставку и установку 620 скамеек на набережной и в трёх парках города.',
    'Аукцион выиграла компания, подавшая единственную заявку. Её зарегистрировали за два месяца до торгов в соседней области.',
    'Требования к скамейкам в документации описали так, что под них подходила продукция лишь одного завода из Подмосковья.',
    'Часть скамеек уже пришлось ремонтировать: жители жаловались, что доски начали трескаться через два месяца после установки.',
    ...reporting,
  ];
  const appeal = [
    'Дорогие читатели,',
    'на это расследование ушло четыре месяца: десятки выписок, запросов и звонков. Мы работаем без рекламы и без грантов.',
    'Вся наша работа держится на регулярных пожертвованиях читателей. Ежемесячная помощь позволяет нам планировать работу.',
    'Если вы можете — станьте нашим постоянным донором.',
    '300 ₽ 700 ₽ 1500 ₽',
  ];
  const p = (t: string) => `<p>${t}</p>`;
  return `<html lang="ru"><head><title>Скамейки по двойной цене | Открытый реестр</title><meta property="og:site_name" content="Открытый реестр"></head><body><main><h1>Скамейки по двойной цене</h1>${story.map(p).join('')}${appeal.map(p).join('')}</main></body></html>`;
}

describe("the outlet's own reporting in its voice before its appeal", () => {
  it('keeps "we found …" with its figures and "we sent the files to the prosecutor", and drops the appeal', () => {
    const found =
      'Средняя цена одной скамейки по контракту — 61 тысяча рублей. Мы нашли семь закупок похожих скамеек в других городах: самая дорогая обошлась в 34 тысячи.';
    const sent = 'Материалы расследования мы направили в прокуратуру Озерска и контрольно-счётную палату.';
    const { text } = extract(page([found, sent]), { url: URL });
    expect(text).toContain('Мы нашли семь закупок');
    expect(text).toContain('мы направили в прокуратуру');
    expect(text).not.toMatch(/Дорогие читатели|постоянным донором|700 ₽/);
  });

  it('keeps what it put to the test right after a piece of the appeal ("Ми поставили асистенту 40 запитань")', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const body = [
      'Міністерство цифрової трансформації у вівторок відкрило для всіх користувачів бета-версію ШІ-асистента.',
      'За словами віцепрем’єр-міністра, асистент навчений на описах понад 130 державних послуг і поки працює лише українською.',
      'Цей текст ви читаєте безкоштовно. Але тестування, як-от сьогоднішнє, займає в нас кілька днів роботи.',
      'Ми поставили асистенту 40 запитань — від оформлення допомоги при народженні дитини до відстрочки. На 29 з них він дав правильну відповідь.',
      'Найгірше асистент впорався з питаннями про податки: на запит про єдиний податок він назвав застарілу ставку.',
      'Платна підписка на «Технології тут» коштує 120 гривень на місяць і відкриває доступ до архіву.',
      'У міністерстві пообіцяли оновити базу знань асистента до кінця місяця.',
    ];
    const html = `<html lang="uk"><head><title>Асистент помиляється | Технології тут</title><meta property="og:site_name" content="Технології тут"></head><body><main><h1>ШІ-асистент «Дії» помиляється в кожній четвертій відповіді</h1>${body.map(p).join('')}</main></body></html>`;
    const { text } = extract(html, { url: 'https://tech.example/dia-ai' });
    expect(text).toContain('Ми поставили асистенту');
    expect(text).not.toMatch(/читаєте безкоштовно/);
  });
});

describe("the outlet's count of its findings beside its appeal", () => {
  it('keeps "according to our calculations" with its sum, and drops the appeal after it', () => {
    const story = [
      'Przez trzy lata tartak kupował od nadleśnictwa drewno sosnowe w aukcjach, które trwały po kilkanaście minut.',
      'Dotarliśmy do danych z portalu aukcyjnego i protokołów, z których wynika, że inne firmy nie zdążały złożyć ofert.',
      'Według naszych wyliczeń na podstawie średnich cen z regionu różnica w cenie dała tartakowi oszczędność rzędu 1,9 mln zł.',
      'To śledztwo zajęło nam pięć miesięcy. Żaden koncern ani partia nie płaci za naszą pracę.',
      'Jeśli chcesz, żebyśmy dalej patrzyli urzędnikom na ręce, wesprzyj nas kwotą, jaką uznasz za słuszną – nawet 10 zł miesięcznie.',
      'Właściciel tartaku nie odpowiedział na pytania przesłane mailem, a rzeczniczka dyrekcji potwierdziła kontrolę.',
      'Sprawą zainteresowała się już prokuratura rejonowa, do której zawiadomienie złożyła jedna z firm.',
    ];
    const html = `<html lang="pl"><head><title>Aukcje na piętnaście minut | Prześwietlenie</title><meta property="og:site_name" content="Prześwietlenie"></head><body><article><h1>Aukcje na piętnaście minut</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://przeswietlenie.example/2025/tartak/' });
    expect(text).toContain('Według naszych wyliczeń');
    expect(text).toContain('prokuratura rejonowa');
    expect(text).not.toMatch(/wesprzyj nas/);
  });
});

describe("the outlet's own count in the singular, before its appeal", () => {
  it('keeps "volgens onze berekening" with its sums', () => {
    const story = [
      'Een verhuurnetwerk in Brakeloord ontloopt al jaren boetes door panden telkens door te verkopen aan een nieuwe bv.',
      'Sinds 2019 legden gemeenten de bv’s in totaal 38 boetes op. Van de opgelegde 1,9 miljoen euro is volgens onze berekening minder dan een tiende betaald.',
      'Het patroon is telkens hetzelfde: na een boete wordt het pand verkocht en begint de termijn opnieuw.',
      'Huurders betalen intussen tussen de 650 en 900 euro voor een kamer van gemiddeld elf vierkante meter, blijkt uit advertenties.',
      'De familie achter de bv’s reageerde via een advocaat, die stelt dat alle vennootschappen zelfstandig opereren.',
      'De gemeente laat weten het onderzoek serieus te nemen en de handhaving opnieuw tegen het licht te houden.',
      'Stroomop heeft geen adverteerders en geen aandeelhouders. Ruim 2.000 donateurs maken dit werk mogelijk.',
      'Wil je dat dit soort onderzoek blijft bestaan? Word donateur. Stroomop is een stichting; giften zijn aftrekbaar.',
      '€ 8 · € 15 · € 40',
    ];
    const html = `<html lang="nl"><head><title>Boetes ontlopen | Stroomop</title><meta property="og:site_name" content="Stroomop"></head><body><article><h1>Het netwerk dat boetes ontloopt</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://stroomop.example/boetes/' });
    expect(text).toContain('volgens onze berekening');
    expect(text).not.toMatch(/Word donateur/);
  });
});

describe("the story's account of a drive above the outlet's own card", () => {
  it('keeps the ways to give and the tally, and drops the card', () => {
    const story = [
      'More than 3,000 people pledged money to turn the 1926 cinema into a community-owned theatre, organizers said on Sunday.',
      'The money will allow the cooperative to buy the building from its owner and reopen it next spring with a new screen.',
      '“I kept refreshing the page and then I just stopped, because I couldn’t breathe,” said the board chair.',
    ].map((t) => `<p>${t}</p>`);
    const html = `<html lang="en"><head><title>Cinema drive tops its goal | The Lantern</title><meta property="og:site_name" content="The Lantern"></head><body><article class="gh-content">${story.join('')}
      <h2>How the money came in</h2>
      <p>Organizers offered three ways to give: a $50 founding membership, which comes with one vote in the cooperative and a lifetime discount on tickets;</p>
      <ul><li>Founding memberships: 2,214, raising $110,700</li><li>Seat sponsorships: 318, raising $176,400</li><li>Unrestricted donations: $125,280 from 514 donors</li></ul>
      <div class="kg-card kg-cta-card"><div class="kg-cta-content"><div class="kg-cta-text"><p>The Lantern is funded by 1,870 members, not advertisers. If our coverage of the city matters to you, please join them.</p></div><a href="/#/portal/signup" class="kg-cta-button">Become a Lantern member</a></div></div>
      <p>Not everyone was convinced. A handful of residents wrote to the city council arguing the building should be sold for housing.</p>
      <p>The first film, the chair said, will be chosen by a vote of the members.</p></article></body></html>`;
    const { text } = extract(html, { url: 'https://lantern.example/2025/11/cinema/' });
    expect(text).toContain('Organizers offered three ways to give');
    expect(text).toContain('Seat sponsorships: 318');
    expect(text).not.toMatch(/funded by 1,870 members|Become a Lantern member/);
  });
});

describe('an appeal set as a short list over its support button', () => {
  const story = [
    'Водопостачання в Північному районі повністю відновили у понеділок увечері, після двох діб ремонту магістрального водогону.',
    'Аварія сталася в суботу зранку: на водогоні діаметром пів метра утворилася тріщина, і тиск у мережі впав.',
    'Поки тривав ремонт, містом курсували шість автоцистерн, а мешканці скаржилися на черги біля них.',
    'Міська рада ще в грудні ухвалила програму заміни зношених мереж, однак грошей на неї поки не виділили.',
  ].map((t) => `<p>${t}</p>`);
  const page = (last: string) =>
    `<html lang="uk"><head><title>Воду повернули | Новини Прибузького</title><meta property="og:site_name" content="Новини Прибузького"></head><body><article><h1>Воду повернули</h1><section class="s-k2"><ul><li>Ми пишемо про кожне відключення, щоб ви знали, коли набирати воду.</li><li>Сто гривень, двісті чи п’ятсот — скільки можете.</li><li>До мети нам бракує 240 постійних читачів.</li><li>${last}</li></ul></section><div><p>Новини Прибузького у Viber: коротко, двічі на день</p></div><div><a href="https://viber.example/prybuzkyi">Приєднатися</a></div>${story.join('')}</article></body></html>`;

  it('goes whole when its last item is the link to the support page', () => {
    const { text } = extract(page('<a href="/pidtrymaty/">Підтримати редакцію</a>'), {
      url: 'https://prybuzkyi.example/2025/voda/',
    });
    expect(text).not.toMatch(/Сто гривень|Підтримати редакцію/);
    expect(text).toContain('шість автоцистерн');
  });
});

describe("a source's words to the outlet, and the outlet's own analysis, beside its appeal", () => {
  it('keeps a dash quote whose attribution says "mówi nam", and drops the appeal after it', () => {
    const story = [
      'W styczniu na izbach przyjęć w Radomiu pacjenci czekali średnio ponad pięć godzin na pierwszego lekarza.',
      'Najgorzej było w weekendy, gdy na dyżurze zostaje dwóch internistów na cały szpital.',
      '– Ludzie siedzą na korytarzu do rana, a my nie mamy ich gdzie położyć – mówi nam pielęgniarka z jednego z oddziałów.',
      'Ten tekst powstał dzięki 900 osobom, które wspierają nas co miesiąc na Patronite.',
      'Jeśli chcesz, żebyśmy sprawdzali kolejne szpitale, dołącz do nich – już od 10 zł miesięcznie.',
      'Dyrekcje szpitali tłumaczą kolejki brakami kadrowymi i rosnącą liczbą pacjentów bez skierowania.',
      'Wojewoda zapowiada kontrolę w trzech placówkach jeszcze przed wakacjami.',
    ];
    const html = `<html lang="pl"><head><title>Pięć godzin na SOR | Puls Radomia</title><meta property="og:site_name" content="Puls Radomia"></head><body><article><h1>Pięć godzin na SOR</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://pulsradomia.example/sor/' });
    expect(text).toContain('mówi nam pielęgniarka');
    expect(text).toContain('Wojewoda zapowiada');
    expect(text).not.toMatch(/dołącz do nich|Patronite/);
  });

  it('keeps a paragraph "nach unserer Auswertung" on money in an investigation', () => {
    const story = [
      'Die Stadt hatte sich vorgenommen, bis 2025 insgesamt 40 Kilometer Radwege zu bauen. Fertig sind elf.',
      'Wir haben alle 62 Maßnahmen des Radverkehrsplans mit den Berichten des Bauamts verglichen.',
      'Am Geld liegt es nach unserer Auswertung nicht. Bund und Land hätten bis zu 75 Prozent der Kosten übernommen, abgerufen wurde nur ein Bruchteil.',
      'Das Bauamt verweist auf fehlendes Personal: Von sechs Stellen im Radteam sind zwei besetzt.',
      'Der ADFC fordert, die gefährlichsten Kreuzungen zuerst umzubauen.',
      'Unabhängiger Lokaljournalismus kostet Geld. Wir finanzieren uns über Mitglieder, die freiwillig zahlen.',
      'Werden Sie Mitglied – schon ab 5 Euro im Monat.',
    ];
    const html = `<html lang="de"><head><title>Elf von vierzig Kilometern | Stadtradar</title><meta property="og:site_name" content="Stadtradar"></head><body><article><h1>Elf von vierzig Kilometern</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://stadtradar.example/radwege/' });
    expect(text).toContain('Am Geld liegt es nach unserer Auswertung nicht');
    expect(text).not.toMatch(/Werden Sie Mitglied/);
  });
});

describe("an expert who looked at the documents at the outlet's request, before its appeal", () => {
  it('keeps the paragraph "su nostra richiesta" and drops the appeal line after it', () => {
    const story = [
      'Tra il 2021 e il 2024 la società dei rifiuti di Valbrenta ha affidato senza gara ventidue lavori a due imprese vicine al presidente.',
      'Contattato dal giornale, il presidente ha respinto ogni accusa: «Le procedure d’urgenza sono previste dalla legge».',
      'Di diverso avviso è Marta Ferrini, docente di diritto amministrativo, che ha esaminato le delibere su nostra richiesta: «L’urgenza è un’eccezione, non un metodo».',
      'Pochi banner, nessun padrone. Solo lettori. Diventa uno di loro →',
      'Intanto le tariffe salgono: dal 2021 una famiglia di tre persone paga il 18 per cento in più.',
      'Due consiglieri regionali hanno annunciato un’interrogazione sugli affidamenti della società.',
    ];
    const html = `<html lang="it"><head><title>Lavori urgenti per sette mesi | Lente</title><meta property="og:site_name" content="Lente"></head><body><article><h1>Lavori urgenti per sette mesi</h1><p>Lente vive di donazioni: se vuoi che continuiamo a leggere i bilanci che altri non leggono, sostienici da 3 euro.</p>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://lente.example/2025/rifiuti/' });
    expect(text).toContain('su nostra richiesta');
    expect(text).not.toMatch(/Diventa uno di loro/);
  });
});

describe("the story's note on its data and method, before the outlet's payment details", () => {
  it('keeps "Alle Daten und unsere Methodik veröffentlichen wir …" and drops the tax note and IBAN', () => {
    const story = [
      'An jeder dritten Messstelle im Land sinkt das Grundwasser seit zwanzig Jahren, im Mittel um 31 Zentimeter.',
      'Wie viel Wasser Betriebe tatsächlich entnehmen, ist vielerorts nicht bekannt, weil Zähler fehlen.',
      'Das Umweltministerium kündigte auf Anfrage an, bis 2026 eine digitale Erfassung einzuführen.',
      'Alle Daten und unsere Methodik veröffentlichen wir in einem Dossier, in dem Sie die Messstelle in Ihrer Nähe suchen können.',
      'Spenden an Quellgrund sind steuerlich absetzbar. Ab 300 € im Jahr erhalten Sie eine Zuwendungsbestätigung.',
      'Lieber per Überweisung? IBAN: DE12 4306 0967 1234 5678 00 · Quellgrund gGmbH · Verwendungszweck: Spende',
    ];
    const html = `<html lang="de"><head><title>Das Grundwasser sinkt | Quellgrund – Recherchen aus dem Westen</title><meta property="og:site_name" content="Quellgrund – Recherchen aus dem Westen"></head><body><article><h1>Das Grundwasser sinkt</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://quellgrund.example/grundwasser/' });
    expect(text).toContain('unsere Methodik veröffentlichen wir');
    expect(text).not.toMatch(/steuerlich absetzbar|DE12/);
  });
});

describe('a guide to giving, and a paragraph in it that quotes a source to the outlet', () => {
  it("keeps the charities' asks under a headline on how to help, and a paragraph whose only voice is 'told us'", () => {
    const headline = 'Ashdown valley floods: how to help, and which appeals we have checked';
    const story = [
      '<p>We contacted every organisation listed below, asked how donations are being spent and checked each one against the Charity Commission register. None of them has paid to appear here, and we have left out several appeals we could not verify.</p>',
      '<h2>Money</h2>',
      '<p>Ashdown Community Foundation has opened a dedicated flood fund that will pay grants of up to £500 to households that have lost essential appliances. You can give online or by bank transfer: sort code 40-12-76, account 81133402, reference FLOOD24. The foundation says it is not taking anything off the top for administration.</p>',
      '<p>Leamside Food Bank is asking for cash rather than tins, because its warehouse on Carrow Street took in water on Friday. Its treasurer, Margaret Oyelaran, told us £15 feeds a family of four for three days and £40 covers a week’s hire of a portable cooker. Text LEAMFOOD to 70331 to give £10; the text costs your donation plus one message at your standard network rate.</p>',
      '<p>Red Kite Mountain Rescue, the volunteer team that pulled 63 people from cars and upstairs windows on Saturday, is collecting through its own website and via PayPal at donate@redkite-rescue.example. A replacement drysuit costs about £900.</p>',
    ];
    const html = `<html lang="en"><head><title>${headline} | The Meridian</title><meta property="og:site_name" content="The Meridian"></head><body><article><h1>${headline}</h1>${story.join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://meridian.example/floods-how-to-help' });
    expect(text).toContain('Ashdown Community Foundation has opened');
    expect(text).toContain('Leamside Food Bank is asking');
  });
});

describe("a short control line of the outlet's among the story's paragraphs in its reporting voice", () => {
  it("takes no story paragraph with it whose only cue is the outlet's 'we'", () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html lang="uk"><head><title>Ремонт на 94 мільйони | Слідчий кут</title><meta property="og:site_name" content="Слідчий кут"></head><body><article><h1>Ремонт на 94 мільйони</h1>${[
      'За два роки служба автодоріг області провела 23 тендери на поточний ремонт, і всі їх виграла одна компанія.',
      'Загальна сума договорів — 94,3 млн гривень. У 17 торгах ця фірма була єдиним учасником.',
      'Стоять за нами читачі: понад 900 людей щомісяця переказують нам від 50 гривень. Якщо ви хочете, щоб хтось так само рахував кожну гривню, долучайтеся.',
    ]
      .map(p)
      .join('')}<h2>Що з дорогами</h2>${[
      'Ми проїхали чотирма відремонтованими ділянками. На трасі через шість місяців після здачі об’єкта вже з’явилися колії завглибшки до п’яти сантиметрів, а узбіччя так і не укріпили.',
      'Дякуємо всім, хто вже з нами. Продовжуємо.',
      'Начальник служби повідомив, що за недоліки підрядник має гарантійні зобов’язання і все виправить навесні.',
    ]
      .map(p)
      .join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://slidchyi-kut.example/rozsliduvannia/remont/' });
    expect(text).toContain('Ми проїхали чотирма');
    expect(text).toContain('Начальник служби повідомив');
    expect(text).not.toMatch(/долучайтеся|Дякуємо всім/);
  });
});

describe("the outlet's own line sending readers to its support page, above a story about a fundraiser", () => {
  it('goes, though it names the outlet by a short name and speaks in no "we"; the story stays', () => {
    const headline = 'Clayton volunteer fire company turns to crowdfunding after engine fails pump test';
    const story = [
      'This story is free to read. The Bulletin runs on local ads and reader support — pitch in at northgatebulletin.example/give.',
      'The Clayton Volunteer Fire Company has launched an online fundraiser to replace the engine that failed its pump test in July.',
      'The company is trying to raise $180,000 by the end of the year toward a refurbished pumper from a department in Ohio.',
      'Chief Wendell Roos said the company had never asked the public for money this way. Donations of $50 or more get a decal.',
    ];
    const html = `<html lang="en"><head><title>${headline} | Northgate Bulletin</title><meta property="og:site_name" content="Northgate Bulletin"></head><body><article><h1>${headline}</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, {
      url: 'https://northgatebulletin.example/news/2024/09/clayton-fire-company',
    });
    expect(text).not.toContain('pitch in');
    expect(text).toContain('raise $180,000');
    expect(text).toContain('Donations of $50 or more');
  });
});

describe("a story about a paper's cooperative, above the outlet's own appeal", () => {
  it("keeps the story's lines on members and independence, and drops the outlet's appeal", () => {
    const headline = 'Leser kaufen ihre Zeitung: Genossenschaft übernimmt den „Vogelsberger Anzeiger“';
    const story = [
      'Der bisherige Eigentümer, die Mittelhessische Verlagsgruppe, hatte im vergangenen Jahr angekündigt, die Zeitung zu schließen, falls sich kein Käufer findet.',
      'Ein Anteil kostet 250 Euro. Innerhalb von fünf Monaten zeichneten 3.140 Mitglieder Anteile im Wert von zusammen 1,2 Millionen Euro.',
      'Alle 38 Beschäftigten sollen übernommen werden. Chefredakteurin Anja Kolb bleibt im Amt. Die Redaktion werde unabhängig bleiben, betonte sie: „Die Mitglieder sind unsere Eigentümer, nicht unsere Auftraggeber.“',
      'Wer Mitglied werden will, kann weiterhin Anteile zeichnen. Ziel sind 5.000 Mitglieder bis Ende des Jahres.',
      'Qualitätsjournalismus kostet Geld. Unterstützen Sie das Nachrichtenkontor mit einem Abo – schon ab 1 € im ersten Monat.',
    ];
    const html = `<html lang="de"><head><title>${headline} | Nachrichtenkontor</title><meta property="og:site_name" content="Nachrichtenkontor"></head><body><article><h1>${headline}</h1>${story.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html, { url: 'https://nachrichtenkontor.example/medien/genossenschaft-118027' });
    expect(text).toContain('Alle 38 Beschäftigten');
    expect(text).toContain('Wer Mitglied werden will');
    expect(text).not.toContain('Qualitätsjournalismus kostet Geld');
  });
});

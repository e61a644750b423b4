import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/** A page: a headline, the story's paragraphs and whatever else, all plain blocks in one container. */
function page(lang: string, site: string, headline: string, blocks: string[]): string {
  return `<html lang="${lang}"><head><title>${headline} | ${site}</title><meta property="og:site_name" content="${site}"></head><body><header><a href="/">${site}</a></header><main><article><h1>${headline}</h1><div class="c-a1">${blocks.join('')}</div></article></main><footer><p>© ${site}</p></footer></body></html>`;
}
const p = (t: string) => `<p>${t}</p>`;

describe("the story's own lines beside the outlet's appeal", () => {
  it("keeps an editors' correction right before the appeal", () => {
    const note =
      'Редакційна примітка: у попередній версії статті було помилково вказано кількість учасників. Виправлено.';
    const html = page('uk', 'Дніпровський вісник', 'Фонд університету отримав рекордні внески випускників', [
      p(
        'Фонд університету за рік отримав від випускників 12 мільйонів гривень, повідомили у ректораті в понеділок.',
      ),
      p('За даними фонду, внески зробили 3 870 людей, а середній внесок склав близько 3 100 гривень.'),
      p(note),
      p(
        'Підтримайте незалежну журналістику. «Дніпровський вісник» існує завдяки читачам: ми не отримуємо грошей від власників чи партій.',
      ),
      p('Станьте нашим донором від 100 гривень на місяць.'),
    ]);
    const { text } = extract(html, { url: 'https://visnyk.example/osvita/fond' });
    expect(text).toContain(note);
    expect(text).not.toMatch(/Підтримайте незалежну|Станьте нашим донором/);
  });

  it("keeps a paragraph whose subject is the story's telling how it raises money, IBAN and all", () => {
    const iban =
      'A associação abriu também uma conta para donativos de quem quiser ajudar, com o IBAN PT50 0035 0123 0001 2345 6789 0, e organizou um jantar que rendeu 1.800 euros.';
    const html = page('pt', 'Jornal da Ribeira', 'Associação de inquilinos cobra quota para pagar advogado', [
      p(
        'Cerca de 140 famílias de quatro prédios criaram uma associação de inquilinos e pagam uma quota de 5 euros por mês.',
      ),
      p(
        'Em janeiro, os moradores receberam cartas de um fundo imobiliário a anunciar aumentos de renda até 60%.',
      ),
      '<div class="c-z9">',
      p('O jornalismo local precisa de si'),
      p('O Jornal da Ribeira é financiado pelos seus leitores. Não temos acionistas, apenas quem nos lê.'),
      p('Contribua hoje com um donativo do valor que puder e ajude-nos a continuar a investigar.'),
      p('2.950 apoiantes de 4.000'),
      p('3 € 6 € 12 € Outro valor'),
      '<a href="/apoiar">Quero contribuir</a></div>',
      p(
        'Vários contratos antigos, anteriores a 1990, estão protegidos por lei, lembrou a advogada contratada pelos moradores.',
      ),
      p(iban),
      p('O fundo não respondeu às perguntas do jornal até ao fecho desta edição.'),
    ]);
    const { text } = extract(html, { url: 'https://ribeira.example/porto/inquilinos' });
    expect(text).toContain(iban);
    expect(text).not.toContain('Contribua hoje');
  });

  it("drops the outlet's Polish ask in a fundraiser story and keeps the story's paragraph after it", () => {
    const story =
      'Stowarzyszenie zachęca, by dalej wspierać bibliotekę, zapisując się do klubu jej przyjaciół – składka wynosi 20 zł rocznie.';
    const html = page('pl', 'Głos Lublina', 'Mieszkańcy Czechowa zebrali 182 tys. zł na bibliotekę', [
      p(
        'Mieszkańcy osiedla Czechów zebrali w internetowej zbiórce 182 tys. zł na bibliotekę w dawnym pawilonie handlowym.',
      ),
      p(
        'Za zebrane pieniądze kupiono regały, 40 pufów do czytelni dziecięcej i sześć komputerów. Lokal udostępniło miasto.',
      ),
      p(
        'Wesprzyj nas jednorazowo albo regularnie. Każda złotówka idzie na reportaże, a nie na zyski akcjonariuszy.',
      ),
      '<div class="donate-cta"><a class="donate-button" href="/wsparcie">Zostań Patronem</a></div>',
      p(story),
      p('Otwarcie biblioteki zaplanowano na 1 października.'),
    ]);
    const { text } = extract(html, { url: 'https://gloslublina.example/biblioteka' });
    expect(text).toContain(story);
    expect(text).not.toContain('Wesprzyj nas');
  });

  it("keeps a paragraph citing a source's figures right before an appeal set between the story's paragraphs", () => {
    const rent =
      'Середня вартість оренди однокімнатної квартири в місті, за даними сервісу оголошень, становить 13 500 гривень на місяць — на 8% більше, ніж торік.';
    const html = page('uk', 'Львівський портал', 'У Львові зареєстровано понад 150 тисяч переселенців', [
      p(
        'У Львові станом на 1 березня зареєстровано 151 300 внутрішньо переміщених осіб, повідомив заступник міського голови.',
      ),
      p(rent),
      p(
        'Дякуємо, що читаєте «Львівський портал». Ми не беремо грошей від політиків, тому наша незалежність залежить лише від вас.',
      ),
      p('Підтримайте нас донатом — навіть 100 гривень на місяць допомагають оплатити роботу репортерки.'),
      p(
        'Щоб допомогти з житлом, місто запустило програму, за якою власники порожніх квартир отримують компенсацію.',
      ),
    ]);
    const { text } = extract(html, { url: 'https://lviv-portal.example/misto/vpo' });
    expect(text).toContain(rent);
    expect(text).not.toMatch(/Дякуємо, що читаєте|Підтримайте нас/);
  });

  it("keeps the newsroom's condolences closing an obituary, right before its letter to readers", () => {
    const closing =
      'Редакция «Северного вестника» выражает соболезнования родным и ученикам Галины Петровны.';
    const html = `<html lang="ru"><head><title>Умерла Галина Рыжова | Северный вестник</title><meta property="og:site_name" content="Северный вестник"></head><body><main><article><h1>Умерла учительница Галина Петровна Рыжова</h1><div class="c-a1"><p>В Архангельске на 84-м году жизни умерла заслуженная учительница Галина Петровна Рыжова.</p><p>Прощание пройдёт в четверг в ритуальном зале на улице Гайдара, 4.</p><p>${closing}</p></div><div class="c-l1"><h3>Письмо от редакции «Северного вестника»</h3><p>Уважаемые читатели,</p><p>мы пишем о людях Севера уже двенадцать лет. За это время нас не раз пытались закрыть, но мы продолжаем работать.</p><p>Сейчас нам как никогда нужна ваша поддержка. Подпишитесь на ежемесячный взнос от 150 рублей — это займёт минуту.</p><div class="c-b2"><button type="button">Поддержать</button><button type="button">Напомнить позже</button></div></div></article></main></body></html>`;
    const { text } = extract(html, { url: 'https://sever-vestnik.example/obituary/ryzhova' });
    expect(text).toContain(closing);
    expect(text).not.toContain('нужна ваша поддержка');
  });

  it("drops a subscription's terms under its button", () => {
    const html = page('fr', 'Sud Ouest Hebdo', 'Les cigognes ne partent plus en Afrique', [
      p(
        'Des chercheurs ont équipé quarante cigognes de balises GPS pour suivre leurs déplacements pendant deux hivers.',
      ),
      p('Déjà 8 412 lecteurs soutiennent notre rédaction régionale.'),
      '<a href="/abo" class="c-x1">Je m’abonne pour 1 €</a>',
      p('Sans engagement · Résiliable en ligne'),
      p(
        'Les données sont accessibles au public sur une carte en ligne, où les écoles peuvent suivre les oiseaux.',
      ),
    ]);
    const { text } = extract(html, { url: 'https://sudouest-hebdo.example/cigognes' });
    expect(text).not.toContain('Sans engagement');
    expect(text).toContain('Les données sont accessibles');
  });
});

describe("the story's factbox and advice section beside the appeal", () => {
  it('keeps a factbox of label-and-figure rows after a fundraiser story, before the appeal', () => {
    const html = page('de', 'Lahntal-Bote', 'Energiegenossenschaft sammelt 412.000 Euro für ein Solardach', [
      p(
        'Die Bürgerenergie eG hat seit Mai 412.000 Euro von ihren Mitgliedern eingesammelt, mehr als je zuvor.',
      ),
      p('Wer Mitglied werden will, kann sich noch bis zum 30. Juni bei der Genossenschaft melden.'),
      '<h2>Zahlen zur Genossenschaft</h2><ul><li>Gegründet: 2011</li><li>Mitglieder: 1.870</li><li>Anlagen: 14, davon 9 auf Dächern</li></ul>',
      '<aside><h3>Lokaljournalismus braucht Sie</h3><p>Der Lahntal-Bote berichtet seit 1948 aus der Region. Damit das so bleibt, brauchen wir Leserinnen und Leser, die uns unterstützen.</p><p>3.412 Abonnenten – Ziel: 4.000</p><a href="/abo">Jetzt abonnieren</a></aside>',
    ]);
    const { text } = extract(html, { url: 'https://lahntal-bote.example/region/solar' });
    expect(text).toContain('Mitglieder: 1.870');
    expect(text).toContain('Zahlen zur Genossenschaft');
    expect(text).not.toContain('Lokaljournalismus braucht Sie');
  });

  it("keeps the story's section after the ask when nothing in it asks or names money", () => {
    const html = page('nl', 'Rotterdams Nieuws', 'Rotterdam komt 38 huisartsen tekort', [
      p(
        'Rotterdam komt dit jaar 38 huisartsen tekort, blijkt uit cijfers van de regionale huisartsencoöperatie.',
      ),
      p(
        'Rotterdams Nieuws is gratis te lezen, maar niet gratis te maken. Meer dan 2.000 lezers steunen ons al.',
      ),
      p('Doe jij ook mee? Met 4 euro per maand help je ons om zorg en wonen in de stad kritisch te volgen.'),
      '<h2>Wat kun je zelf doen?</h2><ul><li>Bel bij spoed buiten kantoortijd de huisartsenpost.</li><li>Vraag bij je zorgverzekeraar om bemiddeling als je geen huisarts vindt.</li></ul>',
      p('De coöperatie verwacht dat het tekort in 2026 is opgelopen tot 45 huisartsen.'),
    ]);
    const { text } = extract(html, { url: 'https://rotterdams-nieuws.example/zorg/huisartsen' });
    expect(text).toContain('Wat kun je zelf doen?');
    expect(text).toContain('Vraag bij je zorgverzekeraar');
    expect(text).not.toContain('Doe jij ook mee');
  });
});

describe('leftovers of the page around the story, round 7', () => {
  it('drops labels run into ad ids and into a second label', () => {
    const html = page('ru', 'Волжская правда', 'В Самаре изменят маршруты четырёх трамваев', [
      p('С 1 ноября в Самаре изменятся схемы движения трамваев № 5, 18, 20 и 22, сообщили в департаменте.'),
      '<div class="c-x"><span>Реклама</span><small>pub-7731904422851</small></div>',
      p('Причина — ремонт трамвайных путей на улице Ново-Садовой, который продлится до весны.'),
      '<div class="c-y"><span>Реклама</span><small>Место для рекламы · слот 728x90-top</small></div>',
      p('Маршруты № 18 и 20 сократят до конечной «Клиническая».'),
    ]);
    const { text } = extract(html, { url: 'https://volzhskaya.example/gorod/tramvai' });
    expect(text).not.toMatch(/pub-7731|Место для рекламы|Реклама/);
    expect(text).toContain('Ново-Садовой');
  });

  it("drops a Chinese pledge counter's line ('会员人数：1,932 / 3,000', '本月已筹 … / 目标 …')", () => {
    const html = page('zh', '江城晚报', '江城公交三条线路下月起调整', [
      p(
        '江城市交通运输局昨日发布通知，自下月一日起，3路、15路和27路公交线路将调整走向，途经新区的站点增加至12个。',
      ),
      p('会员人数：1,932 / 3,000'),
      p('本月已筹 42,600 元 / 目标 80,000 元'),
      p('交通运输局表示，调整后高峰时段发车间隔将缩短至8分钟，方便新区居民通勤。'),
    ]);
    const { text } = extract(html, { url: 'https://jiangcheng.example/news/bus' });
    expect(text).not.toMatch(/会员人数|已筹/);
    expect(text).toContain('发车间隔');
  });

  it("keeps a correction with its figures, beside the outlet's appeal", () => {
    const fix =
      'Rectificatif : dans une première version, nous indiquions que la radio avait été fondée en 1981. Elle a été créée en 1977.';
    const html = page('fr', 'Lyon Quartiers', 'Radio Canut fête ses 47 ans avec ses auditeurs', [
      p(
        'Radio Canut, la radio associative de la Croix-Rousse, a réuni samedi plus de 300 auditeurs pour ses 47 ans.',
      ),
      p('La station vit des cotisations de ses 620 adhérents et de quelques subventions municipales.'),
      p(fix),
      p('Lyon Quartiers est un média indépendant financé par ses lecteurs. Soutenez-nous dès 3 € par mois.'),
      '<a href="/soutenir">Je soutiens</a>',
    ]);
    const { text } = extract(html, { url: 'https://lyon-quartiers.example/culture/radio-canut' });
    expect(text).toContain(fix);
    expect(text).not.toContain('Soutenez-nous');
  });
});

describe('leftovers of the page around the story', () => {
  it("drops an ad slot's code line after its label, and a consent notice of 'we and our partners'", () => {
    const html = page('fr', 'L’Écho du Rhône', 'Le quotidien racheté par une société de lecteurs', [
      p(
        'Le journal, placé en redressement judiciaire en juin, affichait une perte de 1,8 million d’euros en 2023.',
      ),
      '<div class="c-b2"><span>Publicité</span><div>id-pub : 70513</div></div>',
      p(
        'Chaque lecteur sociétaire a souscrit au moins une part à 100 euros, et la coopérative a levé 610 000 euros.',
      ),
      '<div class="c-b2"><span>Anzeige</span><div>Werbeplatz-ID: 88121</div></div>',
      '<div class="c-c3"><p>Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.</p><button>Accepter et fermer</button></div>',
    ]);
    const { text } = extract(html, { url: 'https://echo-rhone.example/medias/rachat' });
    expect(text).not.toMatch(/id-pub|Werbeplatz|nos partenaires/);
    expect(text).toContain('coopérative a levé');
  });

  it('drops a comment thread under a "Have your say" heading', () => {
    const html = page('en', 'Eastmoor Post', 'Food bank appeal passes its target', [
      p(
        'The Eastmoor food bank has raised £12,400 in six weeks, passing the target its volunteers set in January.',
      ),
      p('Manager Gemma Holt said the money would pay for a second van and a year of rent on the warehouse.'),
      '<section class="c-d4"><h3>Have your say</h3><div><b>Jo R</b><p>Brilliant, gave a tenner and would do again.</p></div></section>',
    ]);
    const { text } = extract(html, { url: 'https://eastmoor.example/news/food-bank' });
    expect(text).not.toMatch(/Have your say|gave a tenner/);
    expect(text).toContain('second van');
  });
});

describe("the outlet's own appeal after a fundraiser story, round 9", () => {
  it('goes when it asks the reader to subscribe to the outlet by name, with no pronoun', () => {
    const html = page(
      'ru',
      'Уральская газета',
      'Детский хоспис за неделю собрал 14 млн рублей на новый корпус',
      [
        p(
          'Екатеринбургский детский хоспис за неделю собрал 14 млн рублей на строительство нового корпуса, сообщили в фонде.',
        ),
        p('Больше всего денег пришло от небольших пожертвований: средний перевод составил около 900 рублей.'),
        p('Сделать пожертвование фонду можно на его сайте или через СМС на короткий номер.'),
        '<h3>«Уральской газете» тоже нужна помощь</h3>',
        p(
          'Мы остаёмся одной из немногих независимых редакций в регионе. Чтобы продолжать писать о городе, нам нужна поддержка читателей.',
        ),
        p('Подпишитесь на «Уральскую газету» за 199 рублей в месяц или сделайте разовый взнос.'),
      ],
    );
    const { text } = extract(html, { url: 'https://ug.example/society/hospice' });
    expect(text).not.toMatch(/Подпишитесь|нужна поддержка читателей/);
    expect(text).toContain('Сделать пожертвование фонду');
  });
});

describe("the story's factbox on a page whose appeal comes first, round 9", () => {
  it('keeps a list of label-and-figure rows, a year in a label and "paying members" among them', () => {
    const html = page(
      'nl',
      'Stadskrant Utrecht',
      'Meldapp Buurtvlag overleeft dankzij betalende gebruikers',
      [
        p('Lokale journalistiek is niet gratis. Steun Stadskrant Utrecht met een vrijwillige bijdrage.'),
        p('€ 3 € 7 € 12 Ander bedrag'),
        p(
          'De meldapp Buurtvlag, waarmee Utrechters gebreken in de openbare ruimte doorgeven, bestaat nog steeds.',
        ),
        p(
          'Nadat de gemeente vorig jaar de subsidie stopzette, betalen inmiddels duizenden gebruikers zelf mee.',
        ),
        p(
          'Volgens oprichter Floor Jansen dekt de opbrengst de kosten van servers en één parttime ontwikkelaar.',
        ),
        '<h2>Cijfers</h2>',
        '<ul><li>Meldingen in 2023: 41.000</li><li>Betalende leden: 3.200</li><li>Gemiddelde afhandeltijd: 6 dagen</li></ul>',
      ],
    );
    const { text } = extract(html, { url: 'https://stadskrant.example/buurtvlag' });
    expect(text).toContain('Betalende leden: 3.200');
    expect(text).toContain('Meldingen in 2023: 41.000');
    expect(text).not.toContain('vrijwillige bijdrage');
  });
});

import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

function clean(html: string) {
  const ctx = context();
  const kept = removeDonationAppeals(blocksFrom(html), ctx);
  return { text: textOf(kept), ctx };
}

describe('removeDonationAppeals', () => {
  it('removes a whole appeal in a plain div after the article, with its buttons', () => {
    const { text, ctx } = clean(
      `${prose(4)}<div><h3>A Message from Our Newsroom:</h3><p>Dear readers,</p>
      <p>We are facing unprecedented challenges and our staff work under pressure every day.</p>
      <p>Your support, no matter how small, makes a world of difference. Please support us monthly starting from just $2.</p>
      <p>Continue</p><p>Not ready to support today? Remind me later.</p></div>`,
    );
    expect(text).toContain('Article paragraph 4');
    expect(text).not.toMatch(/Dear readers|unprecedented|Continue|Remind me later|A Message from/);
    expect(ctx.removals.items).toHaveLength(1);
    expect(ctx.removals.items[0]).toMatchObject({ category: 'donation', rule: 'text-cues:donation' });
  });

  it('reads a quoted button label as words of the appeal, and quoted speech as nobody’s ask', () => {
    const { text } = clean(
      `${prose(3)}<p>如果你喜欢这样的报道，欢迎在文末点击“赞赏”，1元、5元、10元都是对我们的鼓励。</p>${prose(2, 4)}`,
    );
    expect(text).not.toContain('赞赏');
    expect(text).toContain('Article paragraph 5');
    const speech = clean(
      `${prose(3)}<p>The shelter's director said: "Please support us with a donation, every dollar counts."</p>${prose(2, 4)}`,
    );
    expect(speech.text).toContain('every dollar counts');
  });

  it("keeps the story's last line before the outlet's letter opens with its greeting", () => {
    const { text } = clean(
      `${prose(4)}<p>The full cabinet report and the survey are published on our website alongside this article.</p><p>Dear reader,</p><p>this story started with a single line in a cabinet agenda. We spent weeks on it.</p><p>Reporting like this is slow and it is expensive. If you value it, please help us with a monthly gift.</p><p>£5 £10 £20</p>`,
    );
    expect(text).toContain('published on our website alongside this article');
    expect(text).not.toMatch(/Dear reader|please help us|£10/);
  });

  it("reads coffee asked for in a blockquote that turns out to be the outlet's note as an ask", () => {
    const story = [
      'Mieszkańcy ulicy Kościuszki świętowali w sobotę pierwsze urodziny dziury w jezdni, którą nazwali Gienek.',
      'Do urzędu miasta od marca wpłynęło w sprawie dziury co najmniej dziewięć zgłoszeń, a naprawy wciąż nie ma.',
      'Zarząd dróg tłumaczy, że ulica ma zostać wyremontowana w całości w ramach większej inwestycji.',
      'Mieszkańcy zapowiadają, że na drugie urodziny Gienka zaproszą burmistrza.',
    ];
    const note =
      '<blockquote class="wp-block-columns"><p><strong>Jeszcze chwilka!</strong></p><p>Nie, nie jesteśmy dziurą w jezdni – nie musisz nas omijać.</p><p>Gazeta Zatorze to trzy osoby, jeden rower i dużo kawy. Żeby pisać o mieście, a nie przeklejać komunikaty z urzędu, potrzebujemy Twojego wsparcia.</p><p>Postaw nam wirtualną kawę – albo dwie, jeśli Gienek Cię rozbawił.</p></blockquote>';
    const html = `<html lang="pl"><head><title>Dziura ma imię | Gazeta Zatorze</title><meta property="og:site_name" content="Gazeta Zatorze"></head><body><article><h1>Dziura na Kościuszki ma już imię</h1>${story.map((t) => `<p>${t}</p>`).join('')}${note}</article></body></html>`;
    const { text } = extract(html, { url: 'https://gazetazatorze.example/dziura/' });
    expect(text).toContain('zaproszą burmistrza');
    expect(text).not.toMatch(/trzy osoby|wirtualną kawę/);
  });

  it('removes an appeal split across plain paragraphs between article paragraphs', () => {
    const { text } = clean(
      `${prose(3)}<p>Dear readers,</p><p>Independent journalism costs money. If you can, please support us with a monthly donation.</p>
      <p>$5</p><p>$10</p><p>Donate now</p>${prose(3, 4)}`,
    );
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/Dear readers|Independent journalism|\$5|Donate now/);
  });

  it('keeps the article paragraphs an appeal is split around: quoted "we", a blockquote, topical text', () => {
    const ctx = {
      ...context(),
      outlets: ['Harbour Herald'],
      headline: 'Night clinic in Harbourside to close: patients sent to Westport',
    };
    const html = `<p>The night clinic in Harbourside will close from January, and patients will have to drive to Westport.</p>
      <p>Journalism like this is only possible when readers pay for it. The Harbour Herald has no big publisher behind it: our members make this work possible.</p>
      <p>'We kept the night shifts going with locum doctors for a year, but we cannot afford it any more', said director Ann Cole.</p>
      <blockquote><p>For an older person without a car, Westport at night is simply out of reach. We fear people will call an ambulance instead.</p></blockquote>
      <p>We spoke to Tom Reyes of the Harbourside patients' group, who says night calls to the clinic in Harbourside rose by 14 percent.</p>
      <p>Become a member too, from $5 a month, at harbourherald.example/join and read without ads.</p>
      <p>The town council has asked the health board for an emergency solution for Harbourside before the winter.</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain("'We kept the night shifts going");
    expect(kept).toContain('For an older person without a car');
    expect(kept).toContain('We spoke to Tom Reyes');
    expect(kept).not.toMatch(/Journalism like this|Become a member from/);
  });

  it("keeps a story about the outlet itself: its name in the headline is the story's subject", () => {
    const html = `<p>The first issue of the Riverside Gazette came out in 1996, printed in a garage on Mill Street.</p>
      <p>Since 2021 the Riverside Gazette has lived half on its readers' money: 2,100 of you support it, paying $9 a month on average.</p>
      <p>The paper now reaches 180,000 readers a month online, its editor told the anniversary dinner on Friday.</p>`;
    const about = (headline: string) => {
      const ctx = { ...context(), outlets: ['Riverside Gazette'], headline };
      return textOf(removeDonationAppeals(blocksFrom(html), ctx));
    };
    expect(about('Riverside Gazette turns 30, and readers now pay half its bills')).toContain('Since 2021');
    // Its own join address, as the story gives it, stays too.
    const join = (headline: string) => {
      const ctx = { ...context(), outlets: ['Riverside Gazette'], headline };
      return textOf(
        removeDonationAppeals(blocksFrom(`${html}<p>Join: riversidegazette.example/join</p>`), ctx),
      );
    };
    expect(join('Riverside Gazette turns 30, and readers now pay half its bills')).toContain('Join:');
    expect(join('A bakery saved by its customers / Riverside Gazette')).not.toContain('Join:');
    // The name as the title's site affix, which the headline kept, is no such subject.
    expect(about('A bakery saved by its customers / Riverside Gazette')).not.toContain('Since 2021');
  });

  it("keeps the story's own how-to-give paragraph before the outlet's appeal", () => {
    const ctx = { ...context(), headline: 'Volunteers raise money for a new ambulance in Harbourside' };
    const html = `<p>Volunteers in Harbourside have raised half the money for a new ambulance in two weeks.</p>
      <p>Donations for the ambulance can be made by PayPal on the volunteers' page in Harbourside, or by bank transfer to their account.</p>
      <p>If you value honest local news, support us today with a monthly donation.</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Donations for the ambulance');
    expect(kept).not.toContain('support us today');
  });

  it("keeps a charity's address the story passes on, in the appeal's container, before the appeal", () => {
    const ctx = { ...context(), outlets: ['Harbour Herald'], headline: 'Shelter in Harbourside is full' };
    const html = `<p>The animal shelter in Harbourside has 190 places and 240 animals, its manager said on Monday.</p>
      <p>To make a donation, go to shelter-friends.example/give; blankets can be brought to the gate daily.</p>
      <p>Harbour Herald is an independent newsroom funded by readers. Support us if you value local news.</p>
      <p>Support us: harbourherald.example/support</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('To make a donation, go to shelter-friends.example/give');
    expect(kept).not.toMatch(/independent newsroom|harbourherald\.example/);
  });

  it("keeps a topical paragraph naming the outlet near its own pledge address: the outlet's story about itself", () => {
    const ctx = {
      ...context(),
      outlets: ['Fenmoor Herald'],
      headline: 'Herald launches crowdfunder to keep a reporter in the courts',
    };
    const html = `<p>The Fenmoor Herald has launched a crowdfunder to pay a reporter in the courts for two years, at £48,000.</p>
      <p>By Monday evening 612 people had pledged a total of £17,350, the paper's editor said.</p>
      <p>Pledges: fenmoorherald.example/court-fund</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('The Fenmoor Herald has launched a crowdfunder');
    expect(kept).toContain('612 people had pledged');
  });

  it("takes a row of amounts in one block as the widget under the outlet's ask", () => {
    const ctx = { ...context(), headline: 'Town band asks for help after instruments stolen' };
    const html = `${prose(3)}<div><p><b>Local news needs its readers too</b></p>
      <p>We are a small independent outlet. If you liked this story, back us with a solidarity subscription.</p>
      <p>2 €/mes 5 €/mes 10 €/mes</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    for (let i = 1; i <= 3; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/small independent outlet|€\/mes/);
  });

  it('takes the whole box of an appeal with many one-word buttons after a short article', () => {
    const html = `${prose(2)}<div><p>Help the site stay independent</p><p>Dear readers,</p>
      <p>This site is made by two people, and we take no money from the town hall.</p>
      <p>Today 380 readers pay each month; 200 more would mean a reporter in the villages.</p>
      <p>Once</p><p>Monthly</p><p>$5/month $10/month Other amount</p><p>Continue</p><p>Not now?</p><p>Remind me later</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 2:');
    expect(kept).not.toMatch(/380 readers|two people|Dear readers|Remind me later/);
  });

  describe('the outlet naming itself between the story paragraphs', () => {
    const ctx = () => ({
      ...context(),
      outlets: ['Gazzetta del Borgo'],
      headline: 'Volleyball club promoted to the second division after a five-set final',
    });
    const story = (middle: string) =>
      `<p>The volleyball club won the final in five sets on Sunday and was promoted to the second division.</p>
      <p>The coach said the youth teams had made the difference this season, with seven players from the academy.</p>
      ${middle}
      <p>The club must now bring its hall up to the federation's rules before the first home game in October.</p>`;

    it('takes a run that starts with the name in its voice and asks for money in words no list holds', () => {
      const kept = textOf(
        removeDonationAppeals(
          blocksFrom(
            story(`<p>Gazzetta del Borgo racconta lo sport di provincia, quello che i grandi giornali ignorano. Lo facciamo ogni giorno, senza paywall, da undici anni.</p>
            <p>Se apprezzi il nostro lavoro, puoi diventare socio sostenitore: con 4 euro al mese ci aiuti a pagare le trasferte dei nostri cronisti.</p>
            <p>Grazie a chi lo ha già fatto: senza di voi, questa pagina non esisterebbe.</p>`),
          ),
          ctx(),
        ),
      );
      expect(kept).not.toMatch(/undici anni|4 euro al mese|già fatto/);
      expect(kept).toContain('youth teams');
      expect(kept).toContain("federation's rules");
    });

    it("keeps a source's words told to the outlet beside the run: naming the outlet is no cue", () => {
      const kept = textOf(
        removeDonationAppeals(
          blocksFrom(
            story(`<p>«Nessuno credeva in noi», ha detto il capitano alla Gazzetta del Borgo subito dopo la premiazione.</p>
            <p>Gazzetta del Borgo racconta lo sport di provincia, quello che i grandi giornali ignorano. Lo facciamo ogni giorno, senza paywall, da undici anni.</p>
            <p>Se apprezzi il nostro lavoro, puoi diventare socio sostenitore: con 4 euro al mese ci aiuti a pagare le trasferte dei nostri cronisti.</p>`),
          ),
          ctx(),
        ),
      );
      expect(kept).toContain('Nessuno credeva in noi');
      expect(kept).not.toMatch(/undici anni|4 euro al mese/);
    });

    it("keeps the outlet's interview and its own earlier reporting beside the story's money", () => {
      const kept = textOf(
        removeDonationAppeals(
          blocksFrom(
            story(`<p>Gazzetta del Borgo ha parlato con il presidente del club, Rino Sassi, dopo la partita.</p>
            <p>Perché i soci devono pagare di più? Perché oggi spendiamo il doppio per le trasferte: la quota sale a 11 euro al mese.</p>
            <p>Che cosa dice a chi ha votato contra? Che vi capisco. Molti di voi sono con noi da quarant'anni.</p>
            <p>Come Gazzetta del Borgo ha scritto in maggio, il comune aveva già promesso 40.000 euro per la palestra.</p>
            <p>Il comune assumerà due custodi con uno stipendio di 1.400 euro.</p>`),
          ),
          ctx(),
        ),
      );
      expect(kept).toContain('ha parlato con il presidente');
      expect(kept).toContain('11 euro al mese');
      expect(kept).toContain('da quarant');
      expect(kept).toContain('ha scritto in maggio');
      expect(kept).toContain('1.400 euro');
    });

    it('keeps the outlet describing itself when no money or button comes with it', () => {
      const kept = textOf(
        removeDonationAppeals(
          blocksFrom(
            story(`<p>Gazzetta del Borgo has covered small-town sport for eleven years, and we were there on Sunday.</p>
            <p>Our photographer sat behind the home bench for all five sets.</p>`),
          ),
          ctx(),
        ),
      );
      expect(kept).toContain('eleven years');
      expect(kept).toContain('behind the home bench');
    });
  });

  it('starts from a payment button when no line asks in listed words, and takes the box whole', () => {
    const ctx = { ...context(), headline: 'Volleyball: Santo Amaro wins the state final in five sets' };
    const html = `${prose(6)}<div><p>Você chegou ao fim da matéria. A gente quer te contar uma coisa.</p>
      <p>Só nós cobrimos o vôlei de Santo Amaro todo fim de semana, para você, com fotógrafo no ginásio.</p>
      <p>Isso custa gasolina e diária de fotógrafo. Não temos dono rico e não cobramos assinatura de ninguém.</p>
      <p>Com R$ 10 por mês você garante uma rodada inteira. Com R$ 25, banca a viagem de um repórter.</p>
      <p>Apoiar com Pix Cartão de crédito Boleto bancário</p><p>Agora não. Me lembre na próxima matéria.</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Article paragraph 6:');
    expect(kept).not.toMatch(/fim da matéria|Só nós cobrimos|gasolina|R\$ 10|Pix|Agora não/);
  });

  it('takes the outlet naming itself alone between story paragraphs when it speaks of money and its readers', () => {
    const ctx = {
      ...context(),
      outlets: ['Jornal da Ribeira'],
      headline: 'Short film about fishwives wins the Porto festival',
    };
    const html = `<p>The short film about three fishwives won the jury prize at the Porto festival on Saturday night.</p>
      <p>O Jornal da Ribeira não tem acionistas nem anunciantes com peso na redação. São os leitores que, com três ou cinco euros por mês, seguram uma equipa de nove jornalistas.</p>
      <p>The festival counted 21,400 admissions this year, 18% more than in 2025, and added a programme for schools.</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).not.toContain('acionistas');
    expect(kept).toContain('jury prize');
    expect(kept).toContain('21,400 admissions');
  });

  it("keeps the story's last paragraph that shares a <div> with the appeal's button", () => {
    const html = `${prose(3)}<div><p>The board's next meeting is set for 25 July, and the bank will publish its new medium-term forecast for inflation, growth, lending and the key rate on the same day, as it does every quarter.</p>
      <p><a href="/give">Make a transfer</a></p></div>
      <div><p>Our newsroom works from three cities and two countries, and most of our readers are at home.</p>
      <p>We counted: if every tenth reader who finished this text gave us 300 roubles a month, we would pay for a year of reporting.</p></div>
      <div><p>300 ₽ 800 ₽ 2 000 ₽</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain("The board's next meeting is set for 25 July");
    expect(kept).not.toMatch(/every tenth reader|Make a transfer|800 ₽/);
  });

  it("takes a widget's free-amount button standing alone between its amounts and its not-now line", () => {
    const html = `${prose(2)}<div><p>Вы дочитали до конца, значит, вам не всё равно.</p>
      <p>Мы работаем без спонсоров, и нас держат только читатели. Поддержите нас ежемесячным пожертвованием.</p></div>
      <div><p>500 ₽</p></div><div><p>1 500 ₽</p></div><div><p>Своя сумма</p></div><div><p>Не сейчас, напомните позже</p></div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 2:');
    expect(kept).not.toMatch(/дочитали|500 ₽|Своя сумма|Не сейчас/);
  });

  it('takes a short how-to-pay line beside a removed appeal, not a longer article line with money', () => {
    const ctx = { ...context(), headline: 'Scout hut rebuild delayed' };
    const html = `${prose(2)}<p>The group needs another £27,000 before it can sign a contract, and donations are taken at the post office.</p>
      <p>Dear readers, if you value local news, please support us with a monthly donation today.</p><p>Card or PayPal</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('The group needs another £27,000');
    expect(kept).not.toMatch(/Dear readers|Card or PayPal/);
  });

  it("never widens a run to a container that holds a paragraph on the story's topic", () => {
    const ctx = { ...context(), headline: 'Village school in Sukhushino to close in June' };
    const html = `<div><p>The district decided on Monday to close the village school in Sukhushino in June.</p>
      <p>The building is 60 years old and six teachers work there, most of them teaching two subjects.</p>
      <p>We spent a month on this report, travelling to the village three times.</p>
      <p>Reports like this exist only thanks to our subscribers. Please support us with a monthly subscription.</p></div>${prose(4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('The district decided on Monday');
    expect(kept).toContain('The building is 60 years old');
    expect(kept).not.toContain('Reports like this exist');
  });

  it('keeps every paragraph of an article about fundraising (third person, quotes)', () => {
    const html = `<p>The food bank’s winter appeal raised a record $2.4 million, the charity said, as monthly donors gave by credit card.</p>
      <p>“Your support, no matter how small, has made a difference,” said the director. “We need your help more than ever.”</p>
      <p>The appeal’s website asked readers to “support us monthly starting from just $5” and offered PayPal for one-time gifts.</p>
      <p>A supermarket chain pledged to double every donation made in the final week, up to $250,000.</p>`;
    const { text, ctx } = clean(html);
    expect(text.split('\n\n')).toHaveLength(4);
    expect(ctx.removals.items).toHaveLength(0);
  });

  it('does not take a single ask word with an amount for an appeal', () => {
    const { text } = clean(
      '<p>The telescope, which cost $10 billion, will help us understand how the first galaxies formed.</p>',
    );
    expect(text).toContain('telescope');
  });

  it('removes a donation widget without a direct ask: heading, amounts and a button', () => {
    const { text } = clean(
      `${prose(3)}<h2>Support independent journalism</h2><p>Reader donations fund this newsroom. Give €5 a month or make a one-time donation.</p><p>€5</p><p>€10</p><p>Donate</p>`,
    );
    expect(text).not.toMatch(/Support independent|Reader donations|€5|Donate/);
    expect(text).toContain('Article paragraph 3');
  });

  it('removes a standalone pledge counter but keeps a sentence that reports one', () => {
    const { text } = clean(
      `${prose(2)}<p>€12,340 of €20,000 raised</p><p>The fund has raised 40% of its goal.</p>`,
    );
    expect(text).not.toContain('€12,340');
    expect(text).toContain('The fund has raised 40% of its goal.');
  });

  it('finds pledge counters in Cyrillic and Dutch wording', () => {
    const { text } = clean(
      `${prose(2)}<p>За октябрь собрали 96 400 ₽ из 150 000 ₽</p><p>Steunfonds: € 7.210 van € 12.000 opgehaald</p>`,
    );
    expect(text).not.toMatch(/собрали|opgehaald/);
  });

  it('finds counters that name the supporters first or put an article before the goal', () => {
    const { text } = clean(
      `${prose(2)}<p>Leitores apoiadores: 842 de 1.200 — faltam 358 para fechar o ano</p><p>Llevamos 1.187 de los 1.500 suscriptores solidarios que necesitamos para 2027</p><p>Soci: 1.412 su 2.000, mancano 588 quote</p>`,
    );
    expect(text).not.toMatch(/apoiadores|suscriptores|mancano/);
  });

  it('finds a counter of Spanish miembros, integrantes or aliadas', () => {
    const { text } = clean(
      `${prose(2)}<p>930 de 1,500 integrantes</p><p>1.204 de 2.000 miembros</p><p>1.126 de 1.500 aliadas y aliados</p>`,
    );
    expect(text).not.toMatch(/integrantes|miembros|aliadas/);
    expect(text).toContain('Article paragraph 2');
  });

  it('finds a counter with a word before the supporters and a Dutch article before the goal', () => {
    const { text } = clean(`${prose(2)}<p>Al 1.843 van de 2.500 nieuwe abonnees binnen</p>`);
    expect(text).not.toContain('1.843');
    expect(text).toContain('Article paragraph 2');
  });

  const appeals: Array<[string, string]> = [
    [
      'uk',
      '<p>Дорогі читачі!</p><p>Підтримайте нас: ваша підтримка допомагає незалежній журналістиці. Щомісяця або разово.</p><p>Підтримати</p>',
    ],
    [
      'it',
      '<p>Cari lettori,</p><p>il giornalismo indipendente ha bisogno di te: sostienici con un contributo mensile, anche piccolo.</p><p>Dona ora</p>',
    ],
    [
      'pt',
      '<p>Caros leitores,</p><p>precisamos da sua ajuda. Apoie-nos com uma contribuição mensal por cartão de crédito ou PIX.</p><p>Apoiar</p>',
    ],
    [
      'pl',
      '<p>Drodzy Czytelnicy,</p><p>wesprzyj nas – twoje wsparcie to niezależne dziennikarstwo. Wpłać jednorazowo lub co miesiąc.</p><p>Wesprzyj</p>',
    ],
    [
      'nl',
      '<p>Beste lezer,</p><p>steun ons: jouw steun maakt onafhankelijke journalistiek mogelijk. Maandelijks of eenmalig via iDEAL.</p><p>Doneer</p>',
    ],
    [
      'zh',
      '<p>亲爱的读者：</p><p>我们需要您的帮助。支持我们的独立新闻，每月捐款，任何金额都有帮助。</p><p>立即捐款</p>',
    ],
    [
      'ja',
      '<p>読者の皆様へ</p><p>独立したジャーナリズムを続けるため、ご支援をお願いします。毎月のご寄付はクレジットカードで可能です。</p><p>寄付する</p>',
    ],
    [
      'ru',
      '<p>Дорогие читатели!</p><p>Поддержите нас: нам нужна ваша помощь, чтобы продолжать работу. Ежемесячно или разово.</p><p>Поддержать</p>',
    ],
    [
      'de',
      '<p>Liebe Leserinnen und Leser,</p><p>unterstützen Sie uns mit einem monatlichen Beitrag per PayPal oder Lastschrift.</p><p>Jetzt unterstützen</p>',
    ],
    [
      'fr',
      '<p>Chers lecteurs,</p><p>nous avons besoin de votre soutien : faites un don mensuel par carte bancaire.</p><p>Je soutiens</p>',
    ],
    [
      'es',
      '<p>Queridos lectores:</p><p>necesitamos tu apoyo. Hazte socio con una aportación mensual por tarjeta de crédito.</p><p>Ahora no</p>',
    ],
  ];
  for (const [lang, appeal] of appeals) {
    it(`removes an appeal in ${lang} and keeps the article around it`, () => {
      const { text } = clean(`${prose(2)}${appeal}${prose(2, 3)}`);
      expect(text.split('\n\n')).toHaveLength(4);
    });
  }

  it('takes a greeting split from the rest of the appeal by article paragraphs, and a stray control', () => {
    const { text } = clean(
      `${prose(2)}<p>Dear readers, we have covered this council for forty years.</p>${prose(2, 3)}
      <p>We need your support to keep doing it. Please support us monthly, from just $2.</p>
      <p>Thank you for standing with us.</p>${prose(1, 5)}<p>Not now, remind me later</p>${prose(1, 6)}`,
    );
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/Dear readers|your support|Thank you|remind me later/);
  });

  it('keeps a third-person article paragraph that sits between two parts of an appeal', () => {
    const { text } = clean(
      `${prose(1)}<p>Dear readers, independent journalism needs your help.</p>
      <p>The mayor said the bridge would reopen in May after the repairs to its deck were finished.</p>
      <p>Please support us with a monthly donation. Every contribution counts.</p><p>Donate now</p>${prose(1, 2)}`,
    );
    expect(text).toContain('The mayor said the bridge would reopen in May');
    expect(text).not.toMatch(/Dear readers|monthly donation|Donate now/);
  });

  it('does not let a money figure carry an article paragraph into a neighbouring appeal', () => {
    const { text } = clean(
      `${prose(1)}<p>The developer has agreed to contribute £3.4 million towards a new school.</p>
      <p>Dear readers, we need your support. Please support us monthly from just £2.</p><p>Donate now</p>`,
    );
    expect(text).toContain('The developer has agreed to contribute £3.4 million');
    expect(text).not.toContain('Dear readers');
  });

  it('keeps a long article paragraph about fares and card payments next to an appeal', () => {
    const { text } = clean(
      `${prose(1)}<p>A monthly pass now costs $45 when paid by credit card. The operators had asked for $52, citing the price of fuel and spare parts and the wages of drivers.</p>
      <p>Dear readers, we need your support. Please support us monthly from just $2.</p><p>Donate now</p>`,
    );
    expect(text).toContain('A monthly pass now costs $45');
    expect(text).not.toContain('Dear readers');
  });

  it('keeps every paragraph of a fundraising article when the page has no appeal of its own', () => {
    const article = `<p>The hospital said donors had given £2m so far.</p>
      <p>“Every donation counts, and we need your support,” said the charity’s director, Jane Holt.</p>
      <p>Residents can give online or at the hospital shop until the end of March.</p>`;
    const { text } = clean(`${prose(1)}${article}${prose(1, 2)}`);
    expect(text.split('\n\n')).toHaveLength(5);
  });

  it('removes an ask in the outlet’s voice when the markup pass already removed the appeal box', () => {
    const ctx = context();
    ctx.removals.add('donation', 'class-word:donate', 'Support us');
    const kept = removeDonationAppeals(
      blocksFrom(
        `${prose(2)}<p>You are reading this story for free, and we want to keep it that way: support us.</p>${prose(1, 3)}`,
      ),
      ctx,
    );
    const text = textOf(kept);
    expect(text).not.toContain('reading this story for free');
    expect(text.split('\n\n')).toHaveLength(3);
  });

  it('removes a short thank-you in the outlet’s voice once the appeal box went by its markup', () => {
    const ctx = context();
    ctx.removals.add('donation', 'class-word:donate', 'Support us');
    const kept = removeDonationAppeals(
      blocksFrom(`${prose(2)}<p>Thank you for reading us!</p>${prose(1, 3)}`),
      ctx,
    );
    expect(textOf(kept).split('\n\n')).toHaveLength(3);
    // Without an appeal on the page the same line is left alone.
    const alone = removeDonationAppeals(blocksFrom(`${prose(2)}<p>Thank you for reading us!</p>`), context());
    expect(textOf(alone)).toContain('Thank you for reading us!');
  });

  const closers: Array<[string, string]> = [
    ['it', '<p>Grazie per il vostro sostegno.</p><p>Non ora, ricordamelo più tardi</p>'],
    ['es', '<p>¡Gracias, de verdad!</p><p>Recuérdamelo más tarde</p>'],
    ['nl', '<p>Bedankt voor je steun!</p><p>Nog niet klaar om te doneren? Herinner me later.</p>'],
    ['zh', '<p>谢谢您！</p><p>今天还没准备好？稍后提醒我。</p>'],
  ];
  for (const [lang, closer] of closers) {
    it(`removes the thanks and remind-me-later lines that close an appeal in ${lang}`, () => {
      const appeal = appeals.find(([l]) => l === lang)?.[1] ?? '';
      const { text } = clean(`${prose(2)}${appeal}${closer}${prose(1, 3)}`);
      expect(text.split('\n\n')).toHaveLength(3);
    });
  }
});

describe("the appeal's thanks to those who already give", () => {
  it('goes wherever it stands; thanks in the story do not', () => {
    const { text } = clean(
      `${prose(2)}<p>Already a supporter? Thank you. You can stop reading this bit now.</p>${prose(1, 3)}<p>Вы уже в клубе «Маяк» — спасибо! Благодаря вам этот материал открыт для всех.</p><p>The mayor thanked the volunteers, who had already cleared most of the mud by noon.</p>`,
    );
    expect(text).not.toMatch(/Already a supporter|Вы уже в клубе/);
    expect(text).toContain('The mayor thanked the volunteers');
    expect(text).toContain('Article paragraph 3');
    const nl = clean(
      `${prose(2)}<p>Al een abonnement? Dank je wel – je bent een van de ruim 1.800 mensen die dit mogelijk maken.</p>${prose(1, 3)}`,
    );
    expect(nl.text).not.toContain('Al een abonnement');
  });

  it('goes when it names the outlet by a common noun instead of "we"', () => {
    const { text } = clean(
      `${prose(2)}<p>Gracias a las 3.900 personas que ya sostienen este periódico cada mes.</p>${prose(1, 3)}<p>Gracias a los 300 voluntarios que ya sostienen el comedor social cada semana.</p>`,
    );
    expect(text).not.toContain('este periódico');
    expect(text).toContain('el comedor social');
  });
});

describe("an appeal box's other lines", () => {
  it('go with its run when they speak as the outlet or carry a cue, off the story', () => {
    const box = `<p>312 of 500 alumni backers — help us close the gap</p><p>We are students. Nobody on this masthead gets course credit, and most of us work a second job between deadlines.</p><p>The Courier stopped getting a print subsidy from the student activities fund two years ago. Since then, the only reason stories like this one get reported is that readers and alumni cover the printing, the website and the occasional late-night pizza.</p><p>This fall we want to pay our two photographers for the first time. They shot every frame on this page, often on their own phones.</p><p>If you once stayed up until 3 a.m. laying out pages in the basement of Crane Hall, you know exactly what this is like.</p><p>A gift of any size goes straight to the Courier’s account at the university foundation and is tax-deductible.</p><p>Thank you for reading to the end. Really.</p>`;
    const { text } = clean(`${prose(8)}<div class="c-9e">${box}</div>`);
    expect(text).not.toMatch(
      /alumni backers|We are students|print subsidy|photographers|laying out pages|tax-deductible|reading to the end/,
    );
    expect(text).toContain('Article paragraph 4');
  });
});

describe("an ask in the middle of the editor's own column", () => {
  // The column of a blind look-alike page (bench/probes/fp20/en_2), paragraphs 1–3, 4–5 and 6–8.
  const BEFORE = [
    '<p>This week we turn 150. I have been editor for eleven of those years, which is long enough to have made most of the mistakes available to a local paper, and a few that I suspect were new.</p>',
    "<p>When I arrived we had a newsroom of nineteen. Today there are eight of us, plus two photographers who are freelance in name and family in every other sense. We print twice a week instead of six days. I won't pretend that is anything other than a loss.</p>",
    "<p>But some things haven't changed. We still sit through every meeting of the district council, including the ones that finish at half past ten at night. We still go to the magistrates' court. We still knock on doors when something goes wrong on an estate, and we still print the names of everyone who wins a rosette at the flower show.</p>",
  ].join('');
  const ASK = [
    '<p>Many of you have asked over the years how you can help. The honest answer is the boring one: subscribe, if you can. A digital subscription costs £6 a month, print and digital together £11, and that money pays the wages of the people whose names you see at the top of our stories. Nothing else we do matters as much.</p>',
    '<p>Some of you already give more than that. Since we opened a voluntary contributions scheme in 2021, just over 2,300 readers have chipped in – some with a one-off £5, one retired headteacher in Lower Ashcombe every single month since the day it launched. You know who you are, Mrs Pryor.</p>',
  ].join('');
  const AFTER = [
    '<p>You have helped in ways that have nothing to do with money, too. When the bridge at Millford collapsed in 2019, it was readers who sent us the first photographs. When we got the school catchment changes wrong in 2022, it was readers who told us, loudly, and we corrected it on page two.</p>',
    '<p>Advertising still matters, and I am grateful to the businesses that have stuck with us, some of them since before the first world war. But the model that kept this paper going for a century has gone, and it is not coming back. What replaces it is you.</p>',
    '<p>So this is not a farewell, and not really a celebration either. It is a thank you. To everyone who has bought a copy, paid for a subscription, written us a furious letter, tipped us off, or simply stopped one of our reporters in the market to say they read something and it mattered: thank you. We will keep going for as long as you keep reading.</p>',
  ].join('');
  const ctx = { ...context(), outlets: ['Ashcombe Herald'], headline: 'A hundred and fifty years on' };

  it('stays when the column speaks as the paper before and after it', () => {
    const out = textOf(removeDonationAppeals(blocksFrom(BEFORE + ASK + AFTER), ctx));
    expect(out).toContain('Many of you have asked');
    expect(out).toContain('Some of you already give');
  });

  it('goes between the paragraphs of a story told in the third person', () => {
    const story = (n: number) =>
      `<p>The district council voted ${n} times on the bypass before the plan was approved, the minutes of the meeting show, and the opposition walked out.</p>`;
    const out = textOf(
      removeDonationAppeals(blocksFrom(story(1) + story(2) + ASK + story(3) + story(4)), ctx),
    );
    expect(out).not.toContain('Many of you have asked');
    expect(out).toContain('voted 3 times');
  });
});

describe("the outlet's note set into a story about the press", () => {
  // bench/probes/probe32/pt_fund: a story on regional papers' subscribers, the outlet's own note and
  // button in the middle, then the story's next section under its heading.
  const STORY = [
    '<p>Os jornais regionais portugueses perderam quase um terço dos assinantes em papel nos últimos cinco anos, e apenas uma pequena parte dessa quebra foi compensada pelas assinaturas digitais. A conclusão é de um estudo da Associação de Imprensa de Proximidade, apresentado esta terça-feira, que analisou as contas de 212 títulos entre 2019 e 2023.</p>',
    '<p>Em média, cada jornal tinha 3400 assinantes em papel no início do período; no final, tinha 2350. No digital, o crescimento foi modesto: a média passou de 140 para 410 assinantes pagos. "Os leitores não desapareceram, mas deixaram de pagar", resume o coordenador do estudo, o economista Joaquim Seabra.</p>',
    '<p>O documento aponta a subida do preço do papel, que chegou a duplicar em 2022, e o fim de contratos de publicidade institucional das autarquias como as outras duas grandes causas das dificuldades. Onze títulos fecharam no período e outros 37 passaram de semanários a quinzenários ou mensários.</p>',
    '<p>No mesmo dia, o Governo anunciou um fundo de oito milhões de euros para o sector, a distribuir ao longo de dois anos. A principal medida é um apoio à assinatura: o Estado pagará metade do primeiro ano de assinatura digital de um jornal regional a jovens entre os 18 e os 25 anos, até um máximo de 40 euros por pessoa.</p>',
  ].join('');
  const NOTE = [
    '<p>Uma nota aos nossos leitores: o Diário da Ribeira também faz parte destes números.</p>',
    '<p>Há dois anos tínhamos 5100 assinantes; hoje temos 3870. Mantemos este e outros trabalhos de interesse público em acesso livre, mas isso só é possível porque há quem pague para nos ler.</p>',
    '<p>Se ainda não é assinante, experimente: o primeiro mês custa 1 euro e pode cancelar quando quiser.</p>',
    '<p>Assinar o Diário da Ribeira</p>',
  ].join('');
  const NEXT = [
    '<h2>Donativos e "amigos do jornal"</h2>',
    '<p>Perante a quebra das receitas, alguns títulos começaram a pedir apoio directo aos leitores. O semanário A Voz de Castelo Alto criou em 2022 um programa de "amigos do jornal", com quotas a partir de cinco euros por mês, e conta hoje com 640 membros. O Correio de Montemar recebeu no ano passado cerca de 1200 donativos, no valor total de 31 mil euros.</p>',
    '<p>"Pedimos aos leitores que nos apoiem e muitos respondem. Mas sejamos honestos: uma assinatura de 30 euros por ano não paga o trabalho de um jornalista durante uma semana."</p>',
    '<p>A frase é de Graça Nogueira, directora da Voz de Castelo Alto, que tem hoje três jornalistas para cobrir cinco concelhos. "O fundo é bem-vindo, mas é uma ajuda de emergência. Não resolve o modelo de negócio."</p>',
  ].join('');
  const ctx = {
    ...context(),
    outlets: ['Diário da Ribeira'],
    headline:
      'Imprensa regional perdeu um terço dos assinantes em cinco anos. Governo anuncia fundo de oito milhões',
  };

  it('goes, and the next section keeps its heading and its reported appeals', () => {
    const out = textOf(removeDonationAppeals(blocksFrom(STORY + NOTE + NEXT), ctx));
    expect(out).not.toContain('Há dois anos tínhamos');
    expect(out).not.toContain('o primeiro mês custa 1 euro');
    expect(out).toContain('Donativos e "amigos do jornal"');
    expect(out).toContain('Perante a quebra das receitas');
    expect(out).toContain('Pedimos aos leitores');
  });
});

describe("the story going on after the outlet's button", () => {
  // bench/probes/probe33/en_fund: a radio station's pledge drive, the paper's own ask and button in
  // the middle, then the story again, its next paragraph with money words in the third person.
  const BEFORE = [
    '<p>Ashby’s listener-supported radio station, WKVR 89.7, fell short of its spring fundraising goal for the first time in more than a decade and will replace some overnight local shows with syndicated programming starting in June.</p>',
    '<p>The 10-day pledge drive, which ended Sunday, brought in $182,000 from 2,140 donors, according to station manager Carla Hinojosa. The station had asked listeners for $240,000 to make up for the loss of its federal Community Service Grant.</p>',
    '<p>“People were incredibly generous, and I don’t want anyone to hear this as a complaint,” Hinojosa said. “But a $58,000 gap is two part-time salaries, and we have to be honest about that.”</p>',
    '<p>During the drive, volunteers staffed the phones from a studio on Mercer Street while hosts read out totals on the air. Listeners could pick a one-time gift or become sustaining members at $5, $10 or $20 a month; members who gave $120 or more received a tote bag and a mug.</p>',
  ].join('');
  const ASK = [
    '<p>The Gazette depends on local subscribers, too. If you read us regularly, consider a digital subscription — it costs less than a cup of coffee a week.</p>',
    '<p>Subscribe to the Ashby Gazette</p>',
  ].join('');
  const AFTER = [
    '<p>Hinojosa said monthly sustaining memberships grew by 11 percent, which she called the one bright spot. Sustainers now make up about 40 percent of the station’s listener income.</p>',
    '<p>Several longtime supporters said they had not realized how much the station depended on the federal grant. Retired nurse Gloria Petersen, who has donated since 1996, said she doubled her gift after hearing that the news department might shrink. “Support is not a one-time thing,” she said.</p>',
    '<p>The station will hold a shorter fall drive in October and is applying to two regional foundations. Donations are still being accepted online and by phone, Hinojosa said.</p>',
    '<p>WKVR went on the air in 1978 and employs six full-time and four part-time staff.</p>',
  ].join('');
  const ctx = {
    ...context(),
    outlets: ['The Ashby Gazette'],
    headline: 'Community radio station misses pledge-drive target, trims overnight programming',
  };

  it('stays, while the ask and its button go', () => {
    const out = textOf(removeDonationAppeals(blocksFrom(BEFORE + ASK + AFTER), ctx));
    expect(out).not.toContain('The Gazette depends on local subscribers');
    expect(out).not.toContain('Subscribe to the Ashby Gazette');
    expect(out).toContain('During the drive, volunteers staffed the phones');
    expect(out).toContain('Hinojosa said monthly sustaining memberships');
  });
});

describe('the outlet telling its own investigation', () => {
  // bench/probes/probe33/it_after: the story's second paragraph names the outlet as the one who
  // reconstructed the facts; its appeal follows the story.
  const STORY = [
    "<p>Ogni notte, tra le 22 e le 6, una cinquantina di persone pulisce i reparti dell'ospedale San Romualdo. Sulla carta lavorano per il consorzio che nel 2022 ha vinto l'appalto da 31 milioni di euro bandito dall'azienda sanitaria. In realtà, le loro buste paga sono intestate a una cooperativa che sta quattro passaggi più in basso.</p>",
    '<p>Il Setaccio ha ricostruito la catena attraverso i contratti ottenuti con una richiesta di accesso civico generalizzato e le testimonianze di nove addetti, che hanno chiesto di restare anonimi per timore di perdere il posto.</p>',
    '<p>Quattro livelli, un solo lavoro</p>',
    "<p>Il consorzio aggiudicatario, Servizi Integrati Padani, ha affidato una parte del servizio a una società di Crema, che a sua volta si è appoggiata a una seconda impresa. Quest'ultima ha subappaltato le pulizie notturne a una cooperativa con sede in un appartamento di periferia, senza insegna né telefono fisso.</p>",
    "<p>A ogni passaggio corrisponde un margine. Secondo i documenti, l'azienda sanitaria paga 19,40 euro per ogni ora di servizio. Alla cooperativa ne arrivano 11,20. Gli addetti, inquadrati con un contratto firmato da un sindacato minore, ne ricevono lordi 5,80.</p>",
    "<p>«Ci dicono che se non ci va bene, fuori c'è la fila. E hanno ragione, la fila c'è davvero»</p>",
  ].join('');
  const APPEAL = [
    '<p>Cara lettrice, caro lettore,</p>',
    "<p>per questa inchiesta abbiamo lavorato cinque mesi: richieste di accesso agli atti, visure camerali, notti passate fuori dai cancelli dell'ospedale. Non abbiamo editori, non vendiamo pubblicità, non riceviamo fondi pubblici.</p>",
    '<p>Il Setaccio esiste solo grazie a chi lo legge e decide di sostenerlo. Se pensi che storie come questa debbano continuare a uscire, scegli tu quanto e ogni quanto contribuire.</p>',
  ].join('');
  const ctx = {
    ...context(),
    outlets: ['Il Setaccio'],
    headline:
      "Ospedale San Romualdo, le pulizie passano per quattro subappalti. E le paghe scendono a 5,80 euro l'ora",
  };

  it("is the story's, not a piece of its appeal", () => {
    const out = textOf(removeDonationAppeals(blocksFrom(STORY + APPEAL), ctx));
    expect(out).toContain('Il Setaccio ha ricostruito la catena');
    expect(out).not.toContain('esiste solo grazie');
  });
});

describe("an interview's answers in a story about the press", () => {
  // bench/probes/fp21/it_2: a journalist who runs a paid newsletter asks her readers to subscribe,
  // in her answers; the headline is about the press.
  const QA = [
    '<p>Dopo diciotto anni di cronaca giudiziaria in un quotidiano nazionale, Chiara Venturi si è licenziata nell’estate del 2023 per fondare «Atti», una newsletter settimanale che racconta i processi italiani attraverso i documenti. Oggi ha 41 mila iscritti gratuiti e 3.200 abbonati a pagamento. L’abbiamo incontrata a Bologna.</p>',
    '<p>Perché una newsletter e non un sito?</p>',
    '<p>Perché volevo un rapporto diretto con chi legge. Un sito vive di clic e di pubblicità, una newsletter vive se le persone la aprono ogni settimana. È un patto più esigente, ma più onesto.</p>',
    '<p>Quanto costa abbonarsi?</p>',
    '<p>Cinque euro al mese o cinquanta all’anno. Lo dico sempre anche alla fine di ogni numero: se «Atti» vi è utile, abbonatevi, perché è l’unico modo in cui posso pagare chi lavora con me. Oggi siamo in quattro, tutti retribuiti.</p>',
    '<p>E chi non paga?</p>',
    '<p>Riceve comunque il numero del giovedì, completo. Gli abbonati hanno in più l’archivio dei documenti e un approfondimento mensile. Non ho mai voluto chiudere le notizie dietro un muro.</p>',
    '<p>Non teme di essere diventata dipendente dai suoi lettori?</p>',
    '<p>Lo sono, ed è giusto così. Prima dipendevo da un editore che aveva interessi in tre settori diversi. Adesso, se sbaglio, me lo scrivono in duecento entro un’ora.</p>',
    '<p>Che consiglio darebbe a un collega che vuole seguire la sua strada?</p>',
    '<p>Di non farlo per scappare da qualcosa. Il primo anno ho lavorato più che in redazione e guadagnato la metà. E di non riempire la newsletter di inviti a iscriversi: se il contenuto è buono, il passaparola arriva da solo.</p>',
  ].join('');
  const ctx = {
    ...context(),
    outlets: ['Il Taccuino'],
    headline:
      'Chiara Venturi: «Ho lasciato il giornale per una newsletter. E adesso pago io i collaboratori»',
  };

  it('keep her asks: they are the interview', () => {
    const out = textOf(removeDonationAppeals(blocksFrom(QA), ctx));
    expect(out).toContain('Cinque euro al mese o cinquanta');
  });
});

describe('an interview whose questions are marked, not asked with a question mark', () => {
  it('keeps the answers asking listeners for support ("――サポーター会員制度を始めた理由は。")', () => {
    const qa = [
      '<p>――20周年、おめでとうございます。</p>',
      '<p>ありがとうございます。開局した時は、正直3年もつかなと思っていました。スタッフ5人で始めた放送局です。</p>',
      '<p>――サポーター会員制度を始めた理由は。</p>',
      '<p>地元のお店のCMが、この5年でほぼ半分になりました。それで、聴いている方に直接支えていただけないかと考えました。年会費3000円で、ぜひサポーター会員になってください。</p>',
      '<p>――反響は。</p>',
      '<p>半年で820人の方に入っていただきました。中には90歳のおばあちゃんが、お孫さんと一緒に申し込みに来てくれたこともあります。</p>',
    ].join('');
    const out = textOf(removeDonationAppeals(blocksFrom(`${prose(2)}${qa}`), context()));
    expect(out).toContain('サポーター会員になってください');
    expect(out).toContain('――サポーター会員制度を始めた理由は。');
  });
});

describe('a quote inside a quote', () => {
  it("keeps the story's report of another outlet's banner, quoted with its name quoted inside", () => {
    const line =
      'Под каждым материалом на сайте издания теперь появилась плашка: «Поддержите „Листок“: 200 рублей в месяц — это одна чашка кофе для вас и один репортаж для всего города».';
    const out = textOf(
      removeDonationAppeals(blocksFrom(`${prose(3)}<p>${line}</p>${prose(2, 4)}`), context()),
    );
    expect(out).toContain('появилась плашка');
  });
});

describe("the story's last paragraph before the outlet's box", () => {
  it('stays when it ends the story container, though it names a sum a month', () => {
    const story = `<div>${prose(3)}<p>Für die Mieterinnen und Mieter bedeutet das Urteil im Schnitt 96 Euro weniger Miete im Monat. Zu viel gezahlte Beträge muss die Vermieterin erstatten.</p></div>`;
    const box =
      '<div><p>Unabhängiger Journalismus braucht Sie</p><p>Kiezreport gehört keinem Konzern und keiner Partei. Wir finanzieren uns fast ausschließlich über unsere Leserinnen und Leser.</p><p>Schon mit 5 Euro im Monat sichern Sie unsere Recherchen. Jeder Beitrag hilft – und ist jederzeit kündbar.</p><p>2 574 von 3 000 Mitgliedern</p><p>Jetzt unterstützen</p></div>';
    const ctx = {
      ...context(),
      outlets: ['Kiezreport'],
      headline: 'Landgericht kippt Mieterhöhung in der Weserstraße',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(`${story}${box}`), ctx));
    expect(kept).toContain('96 Euro weniger Miete');
    expect(kept).not.toMatch(/Kiezreport gehört|Jetzt unterstützen/);
  });
});

describe("a box that held a button and the story's paragraphs", () => {
  it("lends no ask to the story's lead in it: the button was the appeal's further in", async () => {
    const { markButtonBox } = await import('../../../src/extract/clean/button-boxes.js');
    const lead =
      'A campaign to reopen Todmorden’s open-air lido has raised more than £250,000 from the public, reaching its target five days before the deadline.';
    const appeal =
      '<p>Valley Voice is a not-for-profit run by three journalists and a lot of volunteers. We rely on readers to keep going.</p><p>If you can, give a regular amount from £3 a month.</p><p>Donate to Valley Voice</p>';
    const blocks = blocksFrom(`<div><p>${lead}</p><div><div>${appeal}</div>${prose(3)}</div></div>`);
    markButtonBox(blocks[0]!.group!);
    const ctx = {
      ...context(),
      outlets: ['Valley Voice'],
      headline: 'Todmorden lido crowdfunder passes £250,000 with days to spare',
    };
    const kept = textOf(removeDonationAppeals(blocks, ctx));
    expect(kept).toContain('A campaign to reopen');
    expect(kept).not.toContain('We rely on readers');
  });
});

describe("the payment details after an appeal's button", () => {
  it('go with it under their heading; a tier card\'s "Choose" is one of its controls', () => {
    const html = `${prose(3)}<div><p>Ми існуємо завдяки Клубу читачів. Приєднуйтесь — і місцеві новини залишаться безкоштовними для всіх.</p><div><p>Сусід</p><p>60 грн/міс</p><p>Обрати</p></div><p>Оплатити через Приват24</p><h4>Реквізити для переказу</h4><p>IBAN: UA213052990000026001040012345</p></div>`;
    const ctx = {
      ...context(),
      outlets: ['Кременівські новини'],
      headline: 'Бюджет участі: мешканці обрали сквер',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Клубу читачів|Обрати|Реквізити|UA2130/);
    expect(kept).toContain('Article paragraph 3');
  });

  it('reads the verb alone as a control, not a line of advice that opens with it', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [choose, advice] = blocksFrom('<p>Обрати</p><p>Choose a charity that publishes its accounts.</p>');
    expect(appealCues(choose!).control).toBe(true);
    expect(appealCues(advice!).control).toBe(false);
  });
});

describe("an account's line near the appeal", () => {
  it('goes with it though its number, in groups, makes it long', () => {
    const html = `${prose(3)}<p>Hinweis in eigener Sache: Die Lahntal Rundschau ist werbearm und ohne Bezahlschranke. Wenn Ihnen unsere Arbeit etwas wert ist, unterstützen Sie uns mit einem monatlichen Beitrag.</p><p>Vielen Dank an alle, die schon dabei sind!</p>${prose(1, 4)}<div><p>Spendenkonto: Lahntal Medien e. V., IBAN DE02 5135 0025 0200 3317 85, Sparkasse Gießen</p></div>`;
    const ctx = {
      ...context(),
      outlets: ['Lahntal Rundschau'],
      headline: 'Hochwasserdeich an der Lahn wird teurer',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Spendenkonto|eigener Sache/);
    expect(kept).toContain('Article paragraph 4');
  });

  it('stays as a story sentence of the same length with no account in it', () => {
    const line =
      'Die Stadt zahlt 70 Prozent, den Rest tragen das Land und der Kreis, sagte die Kämmerin am Montag im Ausschuss.';
    const html = `${prose(3)}<p>Hinweis in eigener Sache: Die Lahntal Rundschau ist werbearm und ohne Bezahlschranke. Wenn Ihnen unsere Arbeit etwas wert ist, unterstützen Sie uns mit einem monatlichen Beitrag.</p>${prose(1, 4)}<p>${line}</p>`;
    const ctx = {
      ...context(),
      outlets: ['Lahntal Rundschau'],
      headline: 'Hochwasserdeich an der Lahn wird teurer',
    };
    expect(textOf(removeDonationAppeals(blocksFrom(html), ctx))).toContain(line);
  });
});

describe("a line of the appeal's sayings set into the story", () => {
  it('goes once the page carries an appeal, however impersonal; not in a story about the press', () => {
    const line = '<p>Questo articolo è gratuito. Ma il giornalismo di qualità ha un costo.</p>';
    const appeal =
      '<p>Da 18 anni raccontiamo il Salento senza finanziamenti pubblici: a sostenerci sono i lettori.</p><p>Se puoi, diventa sostenitore con un contributo libero.</p><p><a href="/sostienici">Sostienici</a></p>';
    const html = `<div>${prose(1)}${line}${prose(3, 2)}</div><section>${appeal}</section>`;
    const ctx = {
      ...context(),
      outlets: ['Gazzetta del Salento'],
      headline: 'Xylella, reimpiantati gli ulivi',
    };
    expect(textOf(removeDonationAppeals(blocksFrom(html), ctx))).not.toContain('Questo articolo è gratuito');
    const press = { ...ctx, headline: 'Il giornale locale chiude dopo quarant’anni' };
    expect(textOf(removeDonationAppeals(blocksFrom(html), press))).toContain('Questo articolo è gratuito');
  });
});

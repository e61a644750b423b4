/**
 * Donation appeals judged with what the page says of itself: the outlet's name (an appeal names the
 * outlet it asks for) and the headline (a paragraph that shares its words reports the story).
 */
import { describe, expect, it } from 'vitest';
import { cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { sharesTopic, topicKeys } from '../../../src/extract/clean/topic.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

function clean(html: string, outlets: string[] = [], headline = '') {
  const ctx = { ...context(), outlets, headline };
  const kept = removeDonationAppeals(blocksFrom(html), ctx);
  return { text: textOf(kept), ctx };
}

describe('the outlet naming itself', () => {
  it('removes an appeal that names the outlet and addresses the reader, and its plain opener', () => {
    const { text, ctx } = clean(
      `${prose(2)}<p>The Harbour Times has no owner but its readers.</p>
      <p>Subscribe to The Harbour Times for £1 a month and help us keep our reporting free for everyone.</p>
      <p>Maybe later</p>${prose(2, 3)}`,
      ['The Harbour Times'],
    );
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/no owner|Subscribe to|Maybe later/);
    expect(ctx.removals.items.every((r) => r.category === 'donation')).toBe(true);
  });

  it('keeps a fundraising story that mentions the outlet as a source, with no appeal of its own', () => {
    const { text } = clean(
      `${prose(1)}<p>The food bank told The Harbour Times that donations had doubled since the appeal began.</p>
      <p>Volunteers collected £12,000 in a month, and monthly gifts now cover the rent.</p>${prose(1, 2)}`,
      ['The Harbour Times'],
    );
    expect(text).toContain('told The Harbour Times');
    expect(text).toContain('Volunteers collected');
  });

  it('keeps a line where the outlet reports ("X has asked … for comment") next to an appeal', () => {
    const { text } = clean(
      `${prose(2)}<p>The Harbour Times has asked the port authority for comment.</p>
      <p>Dear readers, please support us with a monthly donation. Every contribution counts.</p><p>Donate now</p>`,
      ['The Harbour Times'],
    );
    expect(text).toContain('has asked the port authority for comment');
    expect(text).not.toMatch(/Dear readers|Donate now/);
  });
});

describe('a third-person paragraph on members and money in a story about the press', () => {
  it("seeds no run: it stays beside the outlet's own ask, which goes", () => {
    const story =
      'Several outlets are turning to their readers instead. Fedorova’s site launched a membership program in November and now has 2,150 paying members, most giving between 5 and 10 euros a month.';
    const { text } = clean(
      `${prose(3)}<p>Baltic Frame is funded by its readers. If you value our coverage, become a supporter today.</p><p>${story}</p>${prose(2, 4)}`,
      ['Baltic Frame'],
      'Exiled newsrooms face funding crunch as grants dry up',
    );
    expect(text).toContain('Several outlets are turning');
    expect(text).not.toContain('become a supporter');
  });
});

describe("the outlet's unanswered questions and a reader who reads often", () => {
  it('keep the paragraph naming it as the one who asked, and take the two pieces around it', () => {
    const story =
      'The property is owned by Ridgeline Holdings LLC. A representative did not respond to two emails and a phone call from the Dispatch.';
    const { text } = clean(
      `<div>${prose(2)}<p>Quick interruption: the Dispatch is a two-person neighbourhood blog funded entirely by about 300 paying members.</p>${prose(1, 3)}<p>${story}</p><p>If you read us most weeks, becoming a member costs $6 a month — less than a sandwich ever did.</p>${prose(2, 4)}</div>`,
      ['Eastgate Dispatch', 'the Dispatch'],
      'Corner store on Alder Avenue closes after 41 years',
    );
    expect(text).toContain('did not respond');
    expect(text).not.toMatch(/Quick interruption|If you read us/);
  });
});

describe('records the outlet was able to read', () => {
  it('keep the paragraph naming it beside its appeal ("Unterlagen, die Correctum auswerten konnte")', () => {
    const story =
      'Zur selben Zeit überwies die Betreibergesellschaft 4,7 Millionen Euro an eine Holding in Luxemburg. Das zeigen interne Finanzunterlagen, die Correctum und der MDR auswerten konnten.';
    const { text } = clean(
      `${prose(2)}<p>${story}</p><p>Correctum ist gemeinnützig und werbefrei. Recherchen wie diese kosten viel Geld – wir finanzieren sie mit Spenden unserer Leserinnen und Leser.</p>${prose(2, 3)}`,
      ['Correctum'],
      'Pflegeheim-Kette: Millionen an Investoren, Bewohner ohne Heizung',
    );
    expect(text).toContain('auswerten konnten');
    expect(text).not.toContain('gemeinnützig');
  });

  it('keep the paragraph on figures it asked for, after its appeal ("die Noorderbericht heeft opgevraagd")', () => {
    const story =
      'In Loppersum wachten nog 212 huishoudens op de versterking van hun woning. Dat blijkt uit cijfers die Noorderbericht heeft opgevraagd.';
    const { text } = clean(
      `<p>Met 5 euro per maand help je Noorderbericht om verhalen als dit te blijven maken. Liever eenmalig? Dat kan ook.</p><p><a href="/steun">Word lid</a></p><p>${story}</p>${prose(3)}`,
      ['Noorderbericht'],
      'Vijf jaar wachten op versterking',
    );
    expect(text).toContain('heeft opgevraagd');
    expect(text).not.toContain('Liever eenmalig');
  });
});

describe('blocks joined by the outlet voice', () => {
  it('takes an opener in the outlet voice next to an appeal, but not an article paragraph on the story', () => {
    const { text } = clean(
      `<p>The bridge repairs will close the harbour road for six weeks, the council said.</p>
      <p>Sorry, just a moment of your time.</p>
      <p>Dear readers, please support us with a monthly donation. Every contribution counts.</p><p>Donate now</p>
      <p>Harbour road repairs start on Monday, and the bridge stays open to cyclists.</p>`,
      [],
      'Harbour road to close for bridge repairs',
    );
    expect(text).not.toMatch(/a moment of your time|Dear readers|Donate now/);
    expect(text).toContain('Harbour road repairs start on Monday');
    expect(text).toContain('The bridge repairs will close');
  });

  it('takes the lower-case continuation of a greeting cut at a comma, across article paragraphs', () => {
    const { text } = clean(
      `${prose(1)}<p>Drodzy Czytelnicy,</p>${prose(1, 2)}
      <p>piszemy o naszym mieście od lat i robimy to bez pieniędzy samorządu.</p>${prose(1, 3)}
      <p>Wesprzyj nas – nawet 5 zł miesięcznie ma znaczenie.</p><p>Przypomnij mi później</p>${prose(1, 4)}`,
    );
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/Drodzy|piszemy|Wesprzyj|Przypomnij/);
  });

  it('reads capitalised German Sie as the reader, and dash-led speech as a quote', () => {
    const { text } = clean(
      `${prose(1)}<p>Guter Lokaljournalismus braucht Sie.</p>
      <p>Wir stellen unsere Texte ohne Bezahlschranke online – schon ab 3 Euro im Monat über PayPal.</p>${prose(1, 2)}`,
    );
    expect(text).not.toMatch(/braucht Sie|Bezahlschranke/);
    const speech = clean(
      `${prose(1)}<p>– Dziękujemy wszystkim, zbieramy dalej i liczymy na darczyńców – mówiła prezes fundacji.</p>
      <p>Wesprzyj nas – nawet 5 zł miesięcznie ma znaczenie.</p><p>Przypomnij mi później</p>`,
    ).text;
    expect(speech).toContain('Dziękujemy wszystkim');
    expect(speech).not.toContain('Wesprzyj');
  });
});

describe('topic keys', () => {
  it('needs two headline words of five letters or more', () => {
    const topic = topicKeys('Prefeitura adia reforma do mercado para 2027');
    expect(sharesTopic('A reforma do mercado foi adiada.', topic)).toBe(true);
    expect(sharesTopic('Não recebemos verba da prefeitura para ler.', topic)).toBe(false);
    expect(sharesTopic('金沢市のバス路線が廃止へ', topicKeys('金沢市、バス路線を廃止'))).toBe(true);
  });

  it('takes a count and a longer stem for comparing with a whole article', () => {
    const article = 'A reforma custou R$ 3,8 milhões. O acervo guarda jornais do século 19.';
    expect(sharesTopic('Jornalismo tem custo.', topicKeys(article))).toBe(true);
    expect(sharesTopic('Jornalismo tem custo.', topicKeys(article, 6), 2, 6)).toBe(false);
    expect(sharesTopic('Os jornais da reforma', topicKeys(article, 6), 2, 6)).toBe(true);
    expect(sharesTopic('A reforma', topicKeys('Reforma do mercado'), 1)).toBe(true);
  });
});

describe("the outlet's voice with the pronoun dropped", () => {
  it('hears Spanish "somos" and a pronoun joined to the verb', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [we, us, they] = blocksFrom(
      '<p>Somos un medio pequeño e independiente.</p><p>Si te gusta esta historia, puedes apoyarnos.</p><p>Los vecinos son los primeros afectados, dijo el alcalde.</p>',
    );
    expect(appealCues(we!).voice).toBe(true);
    expect(appealCues(us!).voice).toBe(true);
    expect(appealCues(they!).voice).toBe(false);
  });

  it('hears European Portuguese past tenses and Italian conditionals, and verbs that carry "you"', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [pt, it, you, plain] = blocksFrom(
      `<p>Acompanhámos a fábrica durante cinco anos e publicámos tudo o que soubemos.</p>
      <p>Potremmo assumere un secondo redattore, e vorremmo farlo entro l’estate.</p>
      <p>Se puoi, dacci una mano.</p>
      <p>Il sindaco ha detto che la piazza riaprirà a giugno.</p>`,
    );
    expect(appealCues(pt!).voice).toBe(true);
    expect(appealCues(it!).voice).toBe(true);
    expect(appealCues(you!).voice).toBe(true);
    expect(appealCues(you!).ask).toBe(2);
    expect(appealCues(plain!).voice).toBe(false);
    // English "my" is not Polish "my" (we); Polish, told by its letters, keeps it.
    const [mine, nasz] = blocksFrom(
      '<p>For most of my adult life I did not pay for news, and I lectured people who did.</p><p>My tu jesteśmy codziennie, od rana do wieczora.</p>',
    );
    expect(appealCues(mine!).voice).toBe(false);
    expect(appealCues(nasz!).voice).toBe(true);
    // Polish past tense: "-liśmy", twice.
    const [pl] = blocksFrom('<p>Siedzieliśmy na każdej rozprawie i czytaliśmy wszystkie akta sprawy.</p>');
    expect(appealCues(pl!).voice).toBe(true);
  });

  it('hears "you can support us" as an ask in many languages', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    for (const text of [
      'Підтримати нас можна на сторінці «Стати другом редакції».',
      'Поддержать нас можно на странице «Помочь».',
      'Vous pouvez nous soutenir sur la page « Adhérer ».',
      'You can support us on our membership page.',
    ]) {
      expect(appealCues(blocksFrom(`<p>${text}</p>`)[0]!).ask, text).toBeGreaterThan(0);
    }
  });
});

describe('one we-verb with money words', () => {
  it("is the outlet's voice in a short block, not in dash-led speech", async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [need, speech, plain] = blocksFrom(
      `<p>Al mes necesitamos 9.000 euros para pagar a tres periodistas y el servidor.</p>
      <p>Dopłata kosztowałaby budżet 14 mln zł miesięcznie. — Takich pieniędzy nie mamy, dodał.</p>
      <p>Mañana tenemos reunión con los vecinos del barrio.</p>`,
    );
    expect(appealCues(need!).voice).toBe(true);
    expect(appealCues(speech!).voice).toBe(false);
    expect(appealCues(plain!).voice).toBe(false);
  });

  it('carries an appeal run across the outlet saying what it needs a month', () => {
    const { text } = clean(
      `${prose(2)}<p>Estimada lectora, estimado lector:</p>
      <p>La Voz del Valle es un periódico pequeño, sin grandes grupos detrás.</p>
      <p>Al mes necesitamos 9.000 euros para pagar a tres periodistas y el servidor.</p>
      <p>Si puedes, apóyanos con una aportación mensual. Cancelas cuando quieras.</p>`,
      ['La Voz del Valle'],
    );
    expect(text).toContain('Article paragraph 2:');
    expect(text).not.toMatch(/necesitamos|apóyanos/);
  });
});

describe('"us" joined to the verb', () => {
  it('is the outlet\'s voice in Italian and Portuguese ("sostienici", "ajude-nos")', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [it, pt, story] = blocksFrom(
      `<p>Seguiamo i processi dalla prima udienza alla sentenza. Se pensi che sia importante, sostienici con una donazione anche piccola.</p>
      <p>Torne-se membro por 4 euros por mês e ajude-nos a acompanhar o setor com independência.</p>
      <p>Il giudice ha disposto una provvisionale di 150mila euro a favore dei familiari della vittima.</p>`,
    );
    expect(appealCues(it!).voice).toBe(true);
    expect(appealCues(pt!).voice).toBe(true);
    expect(appealCues(story!).voice).toBe(false);
  });

  it("makes a lone appeal paragraph between the story's paragraphs", () => {
    const { text } = clean(
      `${prose(2)}<p>Seguiamo i processi dalla prima udienza alla sentenza. Se pensi che sia importante, sostienici con una donazione anche piccola.</p>${prose(2, 3)}`,
      ['Cronache di Torino'],
      'Crollo in Barriera di Milano, condannati il costruttore e il direttore dei lavori',
    );
    expect(text).not.toContain('sostienici');
    expect(text).toContain('Article paragraph 4:');
  });
});

describe('asking the reader to fund the work', () => {
  it('takes "Fund the next investigation" near an appeal, not a grant funding the next phase', () => {
    const { text } = clean(
      `${prose(1)}<p>Dear readers, we need your support: £3 a month keeps our reporting free for everyone.</p>
      <p>Donate now</p>${prose(1, 2)}<p>The grant will fund the next phase of the bridge works from March.</p>
      <p>Fund the next investigation: this winter our reporter is looking at how care homes are inspected.</p>
      ${prose(1, 3)}`,
    );
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).toContain('fund the next phase');
    expect(text).not.toMatch(/Dear readers|Fund the next investigation/);
  });
});

describe('pieces of one appeal spread through a story', () => {
  it('reaches from each piece found to the next, and hears "subscribing is supporting"', () => {
    const { text } = clean(
      `${prose(1)}<p>O Diário do Planalto é financiado pelos leitores. Não temos patrão.</p>
      <p>Apoie-nos: diariodoplanalto.example/apoiar</p>${prose(4, 2)}
      <p>Seja mecenas do jornal: os nossos 640 mecenas pagam cinco euros por mês.</p>${prose(3, 6)}
      <p>Subscrever é apoiar: cada assinatura paga uma deslocação a uma aldeia.</p>${prose(1, 9)}`,
      ['O Diário do Planalto'],
    );
    for (let i = 1; i <= 9; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/financiado|Apoie-nos|mecenas|Subscrever/);
  });

  it('hears the same in other languages, but not a definition of a subscription in a story', () => {
    const cues = async (html: string) => {
      const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
      return blocksFrom(html).map((b) => appealCues(b).ask);
    };
    return cues(
      `<p>Subskrybowanie to wspieranie.</p><p>Подписаться — значит поддержать.</p>
      <p>S'abonner, c'est soutenir une rédaction locale.</p>
      <p>Die Stadtwerke sagen, ein Abo für den Bus koste künftig 49 Euro.</p>`,
    ).then((asks) => expect(asks).toEqual([1, 1, 1, 0]));
  });
});

describe('a story about the press', () => {
  it('is told by a newspaper word in the headline, not in its site part', async () => {
    const { cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const about = (outlets: string[], headline: string) => cuePage(outlets, headline).aboutPress;
    expect(about(['Calder Valley Courier'], 'Courier asks readers for £60,000 to put a reporter back')).toBe(
      true,
    );
    expect(about(['Nowa Gazeta'], 'Mieszkańcy ratują lokalną gazetę przed zamknięciem')).toBe(true);
    expect(about([], 'El banco de alimentos busca 300 socios | La Gaceta de Tierra de Campos')).toBe(false);
    expect(about(['京都まちかど新聞'], '銭湯がクラウドファンディングで存続へ ― 京都まちかど新聞')).toBe(
      false,
    );
    expect(about(['Calder Valley Courier'], 'Flood defences put back two years')).toBe(false);
  });

  it('is about the outlet itself only when the press word is capitalised, as a name', async () => {
    const { cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const weeklies =
      'Lokalne tygodniki coraz częściej żyją z wpłat czytelników. Raport: co trzecia redakcja ma profil na Patronite';
    expect(cuePage(['Tygodnik Mazurski'], weeklies)).toMatchObject({ aboutPress: true, aboutOutlet: false });
    expect(cuePage(['Tygodnik Mazurski'], weeklies).outletLetter).toBe(false);
    expect(
      cuePage(['Calder Valley Courier'], 'Courier asks readers for £60,000 to put a reporter back')
        .aboutOutlet,
    ).toBe(true);
  });

  it('knows a paper by the short name its pages use ("the Bulletin", "De Waadrand")', async () => {
    const { cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const bulletin = cuePage(['Northgate Bulletin'], 'Fire company turns to crowdfunding').outlet!;
    expect(bulletin.test('This story is free to read. The Bulletin runs on local ads.')).toBe(true);
    expect(bulletin.test('Subscribers keep the Bulletin at every trustee meeting.')).toBe(true);
    expect(bulletin.test('The Bulletin Board Society meets on Tuesdays.')).toBe(false);
    const waadrand = cuePage(['Nieuwsblad De Waadrand'], 'Dorp koopt zijn supermarkt').outlet!;
    expect(waadrand.test('De Waadrand bestaat dankzij lezers die elke maand iets bijdragen.')).toBe(true);
    expect(cuePage(['Evening Times'], 'Council votes on budget').outlet!.test('the Times reported')).toBe(
      false,
    );
  });

  it('hears "contactado pelo Jornal do Atlântico" as the outlet reporting', async () => {
    const { appealCues, cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const page = cuePage(['Jornal do Atlântico'], 'Um em cada quatro concelhos já não tem um jornal local');
    const [line] = blocksFrom(
      '<p>Contactado pelo Jornal do Atlântico, o gabinete do secretário de Estado disse estar a analisar o estudo.</p>',
    );
    expect(appealCues(line!, page).named).toBe(false);
  });

  it("keeps the outlet's fundraiser as reported, and still removes an appeal in its voice", () => {
    const page = (tail: string) =>
      clean(
        `<p>The Valley Courier has started a public appeal to raise £60,000 for a council reporter.</p>${prose(2)}
        <p>Supporters can give once or become members at £4 or £9 a month. By Wednesday 803 had given.</p>
        <p>Donate: valleycourier.example/townhall</p>${prose(1, 3)}${tail}`,
        ['Valley Courier'],
        'Courier asks readers to fund a council reporter',
      ).text;
    const reported = page('');
    expect(reported).toContain('Supporters can give once');
    expect(reported).toContain('Donate: valleycourier.example/townhall');
    expect(reported).toContain('has started a public appeal');
    const appeal = page(
      '<p>Dear friends, we need your support: give £5 a month and keep this site free for all.</p>',
    );
    expect(appeal).not.toContain('Dear friends');
    expect(appeal).toContain('Supporters can give once');
  });
});

describe("the outlet's name in a story about another paper", () => {
  it("still speaks for the outlet: its appeal naming itself goes, the other paper's money stays", () => {
    const headline = 'Comment le quotidien régional La Gazette du Lot a été sauvé par ses lecteurs';
    const story =
      '<p>La Gazette du Lot a réuni 180 000 euros auprès de 2 300 lecteurs devenus actionnaires de la coopérative.</p>';
    const own =
      '<p>Mediapolis est gratuit et sans publicité. Soutenez une information indépendante sur les médias.</p><p>Mediapolis est édité par une association loi 1901.</p>';
    const { text } = clean(`${prose(2)}${story}${prose(2, 3)}${own}`, ['Mediapolis'], headline);
    expect(text).toContain('La Gazette du Lot a réuni 180 000 euros');
    expect(text).not.toMatch(/Mediapolis est gratuit|association loi 1901/);
    // A story about the outlet itself reports its name as news.
    const self = clean(
      `${prose(2)}${own}`,
      ['Mediapolis'],
      'Mediapolis fête ses dix ans et cherche 500 donateurs',
    ).text;
    expect(self).toContain('Mediapolis est gratuit');
  });

  it("hears no 'our' in a paper's quoted two-word title, and still hears it in a one-word button label", async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [title, label] = blocksFrom(
      `<p>Tygodnik „Nasze Wolin” poszedł inną drogą: działa jako spółdzielnia, której udziałowcami jest 380 czytelników.</p>
      <p>Si ya eres socio, gracias. Si no, puedes serlo en dos minutos desde la pestaña «Apóyanos».</p>`,
    );
    expect(appealCues(title!).voice).toBe(false);
    expect(appealCues(label!).voice).toBe(true);
  });
});

describe("a drive's terms in a line", () => {
  it('hears a countdown, a matched gift and a sum set against a coffee as appeal words', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const lines = blocksFrom(
      `<p>Plus que 3 jours</p><p>Nog 2 dagen, 14 uur</p><p>残り25日。</p>
      <p>Jusqu'à dimanche minuit, chaque euro donné est doublé par la Fondation.</p><p>在除夕零点前获得配捐。</p>
      <p>Soit moins qu’un café en terrasse par semaine.</p><p>É menos do que um lanche na padaria por semana.</p><p>缶コーヒー2本分で、まちの記録が続きます。</p>`,
    );
    for (const sb of lines) expect(appealCues(sb).appeal, sb.text).toBeGreaterThan(0);
    const [story] = blocksFrom(
      '<p>The ministry said fares on the coastal line had doubled since 2019, and that the operator had asked the regional council to pay for two new trains before the summer timetable begins in June.</p>',
    );
    expect(appealCues(story!).appeal).toBe(0);
  });

  it('lets a few such lines between two pieces of an appeal go with it', () => {
    const { text } = clean(
      `${prose(2)}<p>Dear readers, we need your support. Please support us monthly from just £2.</p>
      <p>That is less than a coffee a week.</p><p>Only 3 days left</p>
      <p>Every contribution keeps our reporting free for everyone. Donate now and join our members.</p>${prose(2, 3)}`,
    );
    expect(text).not.toMatch(/less than a coffee|3 days left/);
    expect(text).toContain('Article paragraph 4:');
  });
});

describe("the outlet's letter under a headline about it", () => {
  it('keeps paragraphs that nearly all speak as the outlet, and still drops an appeal under a third-person story', () => {
    const letter = [
      'Chères lectrices, chers lecteurs,',
      'A partir du 1er février, notre abonnement numérique passera de 9,99 euros à 11,99 euros par mois pour les nouveaux abonnés.',
      'Nous n’avions pas touché à nos prix depuis 2019. Dans le même temps, le coût du papier et de nos serveurs a fortement augmenté.',
      'Aujourd’hui, 412 000 d’entre vous sont abonnés. Vos abonnements représentent l’essentiel de nos recettes et notre indépendance.',
      'Cette indépendance a un prix. Nous avons choisi de vous le dire franchement plutôt que de multiplier les bandeaux publicitaires.',
      'Pour celles et ceux pour qui cette hausse représente un effort réel, nous maintenons un tarif de 4,99 euros pour les étudiants.',
    ];
    const headline = 'Pourquoi « L’Horizon » augmente le prix de son abonnement numérique';
    const { text } = clean(letter.map((t) => `<p>${t}</p>`).join(''), ['L’Horizon'], headline);
    for (const line of letter) expect(text).toContain(line);
  });
});

describe('direct speech set off by dashes', () => {
  it('stays speech when the speaker goes on after the attribution', async () => {
    const { unquoted } = await import('../../../src/extract/clean/block-text.js');
    const text =
      '– O trzech aneksach dowiedzieliśmy się z protokołu, a nie od wójta – mówi radna Danuta Sikorska. – Co roku dostajemy te same odpowiedzi.';
    const plain = unquoted(text);
    expect(plain).not.toMatch(/dowiedzieliśmy|dostajemy/);
    expect(plain).toContain('mówi radna');
  });
});

describe('a short quote that ends a sentence', () => {
  it("is speech, not a label: the source's 「我们」 is no voice, a quoted button still counts", async () => {
    const { unquoted } = await import('../../../src/extract/clean/block-text.js');
    expect(unquoted('项目经理告诉记者。「我们也是受害者。」他拒绝提供凭证。')).not.toContain('我们');
    expect(unquoted('He said "We lost." and left.')).not.toContain('We lost');
    expect(unquoted('点击“赞赏”支持我们')).toContain('赞赏');
    expect(unquoted('Click "Support us" below')).toContain('Support us');
  });
});

describe('a short quote after a verb of saying', () => {
  it('is speech: viewers\' “我们那边也是这样拆的” is no voice, a label after "click" still counts', async () => {
    const { unquoted } = await import('../../../src/extract/clean/block-text.js');
    const viewers = '有观众在弹幕中留言说“这就是我老家”“我们那边也是这样拆的”。';
    expect(unquoted(viewers)).not.toMatch(/老家|我们/);
    expect(unquoted('村民表示：“我们不搬”')).not.toContain('我们');
    expect(unquoted('长按“赞赏”支持我们')).toContain('赞赏');
    // A Japanese polite ending closes a sentence as 。 does: 「続きを読むには会員登録が必要です」 is speech.
    expect(
      unquoted('例の表示が出た。「続きを読むには会員登録が必要です」。私はプランに申し込んだ。'),
    ).not.toContain('続き');
  });
});

describe("a button in the reader's own words", () => {
  it('asks and is a control when it is a link alone, and a sentence that starts alike is not', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [pt, fr, story] = blocksFrom(
      `<p><a href="/apoie">Quero encher o tanque</a></p><p><a href="/abo">Je m’abonne pour 6,90 €</a></p>
      <p>Quero dizer que a obra atrasou, disse o prefeito.</p>`,
    );
    expect(appealCues(pt!)).toMatchObject({ control: true, ask: 1 });
    expect(appealCues(fr!).ask).toBeGreaterThan(0);
    expect(appealCues(story!)).toMatchObject({ control: false, ask: 0 });
  });
});

describe('a condition put to the reader', () => {
  it('asks ("Se ti è stato utile, …", "Якщо вам важливо, щоб …")', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const lines = blocksFrom(
      `<p>Se ti è stato utile, c'è un modo semplice per far arrivare il prossimo.</p>
      <p>Якщо вам важливо, щоб про такі історії писали з траси, — заправте наш бак.</p>
      <p>Si vous tenez à ce qu'on raconte encore le vignoble dans dix ans, glissez-nous une bouteille.</p>`,
    );
    for (const sb of lines) expect(appealCues(sb).ask, sb.text).toBeGreaterThan(0);
  });
});

describe('asks in fresh words', () => {
  it('asks: joining the readers who pay, "you can help us", a polite request in Japanese', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const lines = blocksFrom(
      `<p>Se pensi che storie così debbano continuare a uscire, unisciti a loro con 3 euro al mese.</p>
      <p>Możesz nam pomóc bez wydawania złotówki: przekaż 1,5% podatku fundacji wydawcy.</p>
      <p>月500円から、取材を支える「サポーター」になっていただけませんか。</p>
      <p>ここで少しだけ、お願いをさせてください。</p>
      <p>Prefere contribuir todo mês? Assinantes apoiadores a partir de R$ 12 recebem a edição em PDF.</p>`,
    );
    for (const sb of lines) expect(appealCues(sb).ask, sb.text).toBeGreaterThan(0);
  });
});

describe('those who read or back the outlet as "us" in Spanish', () => {
  it('is its voice ("quienes nos leen", "ya nos apoyan"), and its line on what pays for it goes with its appeal', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [readers, backers] = blocksFrom(
      '<p>Mantener una redacción en la calle solo es posible con el apoyo de quienes nos leen.</p><p>867 personas ya nos apoyan</p>',
    );
    expect(appealCues(readers!).voice).toBe(true);
    expect(appealCues(backers!).voice).toBe(true);
    const { text } = clean(
      `${prose(2)}<p>Mantener una redacción en la calle solo es posible con el apoyo de quienes nos leen.</p>${prose(2, 3)}<p>Con una aportación puntual o mensual nos ayudas a seguir investigando.</p><p>Hazte socio</p>`,
      ['Diario de Soria'],
      'Soria, la provincia con más espera para una prótesis de rodilla',
    );
    expect(text).not.toMatch(/quienes nos leen|aportación/);
    expect(text).toContain('Article paragraph 4:');
  });
});

describe('a French appeal split through the story', () => {
  it('is found from its choice of ways to give, and takes its pieces that speak of "nos journalistes"', () => {
    const { text } = clean(
      `${prose(2)}<p>Soutenez une information locale libre</p><p>Chaque semaine, nos journalistes couvrent les conseils municipaux, les tribunaux et les associations que personne d’autre ne suit.</p>${prose(2, 3)}<p>Pour continuer en 2026, Marsactu Nord doit réunir 40 000 € d’ici la fin du mois.</p>${prose(1, 5)}<p>Abonnez-vous ou faites un don : chaque contribution compte.</p>${prose(1, 6)}`,
      ['Marsactu Nord'],
      'Marchands de sommeil : quatre ans de prison requis contre un propriétaire de Belsunce',
    );
    expect(text).not.toMatch(/Soutenez|nos journalistes|40 000 €|faites un don/);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe('asking the reader to join those counted', () => {
  it('asks in Dutch ("Doe je mee?"), and such a line goes with the appeal found on the page', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [line] = blocksFrom('<p>Al 812 Zeeuwen zijn Vriend van de Stem. Doe je mee?</p>');
    expect(appealCues(line!).ask).toBeGreaterThan(0);
    const { text } = clean(
      `${prose(2)}<p>Al 812 Zeeuwen zijn Vriend van de Stem. Doe je mee?</p>${prose(2, 3)}<p>Steun de Zeeuwse Stem: wij volgen de zorg op de eilanden. Word Vriend voor € 5 per maand.</p><p>Word Vriend</p>`,
      ['Zeeuwse Stem'],
      'Spoedeisende hulp Zierikzee gaat ’s nachts dicht',
    );
    expect(text).not.toMatch(/Doe je mee|Steun de Zeeuwse Stem/);
    expect(text).toContain('Article paragraph 4:');
  });
});

describe('a Chinese appeal split through the story', () => {
  it('welcomes the reader into the membership and says where its money goes', () => {
    const { text } = clean(
      `${prose(2)}<p>如果您认同社区新闻的价值，欢迎成为我们的“街坊会员”，每月只需 RM10。</p>${prose(2, 3)}<p>会员收入将全数用于聘请地方记者，感谢您的支持。</p>${prose(1, 5)}`,
      ['南洋街坊報'],
      '怡保旧街场再遭水灾 商家盼排水工程提前完工',
    );
    expect(text).not.toMatch(/街坊会员|会员收入/);
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe("the outlet's appeal inside a fundraiser story, in Italian", () => {
  it('goes, while the fundraiser story around it stays', () => {
    const story = [
      '<p>«Non ci aspettavamo una risposta così forte», dice il presidente Stefano Boscolo. «C’è chi ha donato 5 euro e chi ha rinunciato ai regali di nozze.»</p>',
      '<p>Si può donare con bonifico all’associazione o nei salvadanai presenti in farmacie e bar. Le offerte sono deducibili dalle tasse.</p>',
      '<p>La Croce Verde conta 180 volontari e cerca nuovi soci: la quota associativa annuale è di 20 euro.</p>',
    ];
    const { text } = clean(
      `${prose(2)}<p>Piccola pausa: la Voce di Chioggia si regge sul lavoro di quattro persone e sul sostegno dei lettori.</p><p>Se ritieni utile quello che facciamo, aiutaci con un contributo anche minimo.</p>${story.join('')}`,
      ['Voce di Chioggia'],
      'Raccolta fondi per la nuova ambulanza della Croce Verde: superati i 90mila euro',
    );
    expect(text).not.toMatch(/Piccola pausa|aiutaci/);
    expect(text).toContain('Si può donare con bonifico');
    expect(text).toContain('quota associativa');
  });
});

describe('"our" and "your" in the instrumental and locative, in Ukrainian and Russian', () => {
  it('is the outlet\'s voice, and "Ставайте нашими передплатниками" asks', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [uk, ru] = blocksFrom(
      '<p>Ставайте нашими передплатниками: 79 гривень на місяць дають доступ до всіх матеріалів.</p><p>Вместе с вашими друзьями.</p>',
    );
    expect(appealCues(uk!)).toMatchObject({ voice: true });
    expect(appealCues(uk!).ask).toBeGreaterThan(0);
    expect(appealCues(ru!).voice).toBe(true);
  });
});

describe('thanks in advance closing an appeal', () => {
  it('is one of its controls ("Alvast bedankt!", "Thanks in advance")', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    for (const line of ['Alvast bedankt!', 'Thanks in advance.', 'Merci d’avance !']) {
      expect(appealCues(blocksFrom(`<p>${line}</p>`)[0]!).control, line).toBe(true);
    }
  });
});

describe("a founder's signed note asking to join at a price, in Dutch", () => {
  it('goes whole, its heading, signature and payment lines included', () => {
    const note =
      '<section><p>Een persoonlijk woord vooraf</p><p>Ik volg de versterking in Groningen sinds 2018, elke week. Ommeland Post heeft geen adverteerders uit de energiesector en geen subsidie van de provincie.</p><p>Word lid voor 6 euro per maand, zodat ik bewoners kan blijven opzoeken.</p><p>— Jelle Bakker, oprichter</p></section><p>Betaal met iDEAL, Bancontact of creditcard</p>';
    const { text } = clean(
      `${note}<div>${prose(3)}</div>`,
      ['Ommeland Post'],
      'Versterking in Loppersum loopt opnieuw vertraging op',
    );
    expect(text).not.toMatch(/persoonlijk woord|Word lid|Jelle Bakker|iDEAL/);
    expect(text).toContain('Article paragraph 3:');
  });
});

describe("an editor's note on grants running out, in Ukrainian", () => {
  it('asks for the readers who back the outlet, and goes with its signature and payment lines', () => {
    const note =
      '<section><p>Від редакторки</p><p>Друзі, ми стежимо за відбудовою кожної школи в Чернігові з 2022 року — їздимо на об’єкти, рахуємо гроші.</p><p>Наші грантові програми закінчуються цього року. Щоб і далі працювати для вас, нам потрібно 600 постійних читачів, які підтримують нас щомісяця.</p><p>Наталія Руденко, головна редакторка</p></section><p>IBAN: UA21 3223 1300 0002 6007 2335 6600 1</p>';
    const { text } = clean(
      `${note}<div>${prose(3)}</div>`,
      ['Чернігівська зміна'],
      'Школу № 19 у Чернігові відкриють після відбудови до 1 вересня',
    );
    expect(text).not.toMatch(/грантові|Наталія Руденко|UA21/);
    expect(text).toContain('Article paragraph 3:');
  });
});

describe('paying by scanning a code', () => {
  it('is a payment line ("Payez avec TWINT en scannant le code QR", "QR Code do Pix")', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [fr, pt] = blocksFrom(
      '<p>Payez avec TWINT en scannant le code QR affiché à côté, ou par facture QR.</p><p>Ou aponte a câmera do celular para o QR Code do Pix abaixo.</p>',
    );
    expect(appealCues(fr!).payment).toBeGreaterThan(1);
    expect(appealCues(pt!).payment).toBeGreaterThan(1);
    const [interac] = blocksFrom(
      '<p>Send an Interac e-Transfer to support@harbourlight.example — it auto-deposits.</p>',
    );
    expect(appealCues(interac!).payment).toBeGreaterThan(1);
  });
});

describe('joining the readers who pay, in French', () => {
  it('asks ("rejoignez-les : abonnez-vous dès 5 € par mois"), and the note on who pays goes with it', () => {
    const { text } = clean(
      `${prose(2)}<p>Cet article vous est proposé gratuitement grâce aux 2 380 lecteurs et lectrices qui financent notre rédaction.</p>${prose(2, 3)}<p>Pour que nos enquêtes sur le logement restent en accès libre, rejoignez-les : abonnez-vous dès 5 € par mois, sans engagement.</p>${prose(1, 5)}`,
      ['Rhône Info'],
      'Encadrement des loyers à Lyon : un logement sur trois dépasse encore le plafond',
    );
    expect(text).not.toMatch(/proposé gratuitement|rejoignez-les/);
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe('a German appeal split through the story', () => {
  it('is found from its ask with "jetzt" inside, and takes its greeting, its middle and its thanks', () => {
    const { text } = clean(
      `${prose(2)}<p>Liebe Leserinnen und Leser,</p><p>dieser Artikel ist für alle kostenlos. Möglich ist das nur, weil Menschen wie Sie unsere Arbeit freiwillig bezahlen.</p>${prose(2, 3)}<p>Werden Sie jetzt Mitglied bei Alpenrand Zeitung und stärken Sie lokalen Journalismus in Ihrer Region.</p>${prose(1, 5)}<p>Vielen Dank, dass Sie uns lesen – und dass Sie uns unterstützen.</p>${prose(1, 6)}`,
      ['Alpenrand Zeitung'],
      'Zugspitze: Nördlicher Schneeferner verliert ein Fünftel seiner Fläche',
    );
    expect(text).not.toMatch(/Liebe Leserinnen|für alle kostenlos|Mitglied|Vielen Dank/);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe('asking in Japanese to sign up as a supporter', () => {
  it('asks ("月500円からのサポーター登録をお願いします")', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [line] = blocksFrom(
      '<p>地域の記者が現場に通い続けるために、月500円からのサポーター登録をお願いします。</p>',
    );
    expect(appealCues(line!).ask).toBeGreaterThan(0);
  });
});

describe("a blog platform's support box under a post", () => {
  it('asks, and its button is a control ("この記事が気に入ったら、サポートをしてみませんか" · "サポートする")', () => {
    const { text } = clean(
      `${prose(3)}<div><p>能登ジャーナルは読者の有料購読で支えられています。</p><p>月額800円</p><p>メンバーになる</p></div><div><p>この記事が気に入ったら、サポートをしてみませんか</p><p>サポートする</p></div>`,
      ['能登ジャーナル'],
      '能登の被災地支援、寄付は50億円超に',
    );
    expect(text).not.toMatch(/サポート|有料購読/);
    expect(text).toContain('Article paragraph 3:');
  });
});

describe('a headline on money already raised', () => {
  it('makes a fundraiser story, in several languages', async () => {
    const { cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    for (const headline of [
      'Bieg dla Hospicjum z rekordem. Biegacze zebrali 312 tys. zł na nowy oddział dziecięcy',
      'Runners raised £312,000 for the children’s hospice',
      'Bénévoles : ils ont récolté 40 000 euros pour la salle des fêtes',
    ]) {
      expect(cuePage(['Kurier Zamojski'], headline).aboutFundraiser, headline).toBe(true);
    }
    expect(cuePage([], 'Council raised parking fees in the old town').aboutFundraiser).toBe(false);
  });

  it('makes one of a headline whose subject is the donors', async () => {
    const { cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    for (const headline of [
      'Il quartiere compra il suo cinema: 2.100 donatori per salvare il Moderno',
      'Hospice roof: 900 donors in a week',
      '1 200 darczyńców dla schroniska w Wolinie',
    ]) {
      expect(cuePage(['Piazza Aperta'], headline).aboutFundraiser, headline).toBe(true);
    }
    expect(cuePage([], 'Il quartiere compra il suo cinema').aboutFundraiser).toBe(false);
  });
});

describe("the outlet's reporting in its own voice", () => {
  it('hears sources it spoke to, requests it made and records it went through as reporting', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const lines = blocksFrom(
      `<p>Według dwóch niezależnych ekspertów, z którymi rozmawialiśmy, podobne urządzenia kosztowały o połowę mniej.</p>
      <p>Державна аудиторська служба після нашого запиту включила закупівлі до плану моніторингу.</p>
      <p>Однак у договорах, які ми переглянули, монтаж окремо не передбачений.</p>`,
    );
    // A voice heard in them is the outlet at its work, which lets no block join an appeal.
    for (const sb of lines) {
      const c = appealCues(sb);
      expect(!c.voice || c.reports, sb.text).toBe(true);
    }
    expect(appealCues(lines[2]!).reports).toBe(true);
  });

  it('hears the answers its requests got, and records the outlet obtained, as reporting', async () => {
    const { appealCues, cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const lines = blocksFrom(
      `<p>Акти прихованих робіт на наш запит служба не надала, пославшись на воєнний стан.</p>
      <p>Після наших запитів Державна аудиторська служба включила службу автодоріг до плану перевірок.</p>`,
    );
    for (const sb of lines) expect(appealCues(sb).reports, sb.text).toBe(true);
    const page = cuePage(['Lente Civica'], 'Rifiuti, dieci anni di proroghe');
    const [named] = blocksFrom(
      '<p>Lente Civica ha ottenuto gli atti con quarantadue richieste di accesso civico: raccontano un servizio mai messo a gara.</p>',
    );
    expect(appealCues(named!, page).self).toBe(false);
  });

  it('hears Dutch "we" in the simple past at its work ("We analyseerden meer dan 300 vergunningen") as reporting', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [line] = blocksFrom(
      '<p>We analyseerden meer dan 300 vergunningen en provinciale besluiten, en spraken met elf van de boeren.</p>',
    );
    expect(appealCues(line!).reports).toBe(true);
  });

  it('hears the outlet named after its questions ("Na vragen van Spoorzoeker …") as reporting', async () => {
    const { appealCues, cuePage } = await import('../../../src/extract/clean/appeal-cues.js');
    const page = cuePage(['Spoorzoeker'], 'Schimmel in 900 portiekflats');
    const [line] = blocksFrom(
      '<p>Na vragen van Spoorzoeker heeft Woonkracht aangekondigd in 2025 te beginnen met de renovatie van de eerste 200 woningen.</p>',
    );
    expect(appealCues(line!, page)).toMatchObject({ named: false, voice: false });
  });

  it('hears no Dutch "je" in German "zu je 250 Euro"', async () => {
    const { addressesReader } = await import('../../../src/extract/clean/appeal-cues.js');
    const de =
      'Innerhalb von elf Wochen zeichneten 1.912 Mitglieder Anteile zu je 250 Euro; viele erwarben mehrere.';
    expect(addressesReader(de.toLowerCase(), de)).toBe(false);
    expect(addressesReader('steun je krant vandaag nog', 'Steun je krant vandaag nog')).toBe(true);
  });
});

describe('a voice word that is a surname', () => {
  it('hears no French "vos" in a source named Vos, and still hears it at a sentence start or in lower case', async () => {
    const { addressesReader } = await import('../../../src/extract/clean/appeal-cues.js');
    const hears = (text: string) => addressesReader(text.toLowerCase(), text);
    expect(hears('Councilmember Renata Vos said the vote was close, and Mayor Vos agreed.')).toBe(false);
    expect(hears('Merci pour vos dons, ils comptent.')).toBe(true);
    expect(hears('Vos dons nous font vivre.')).toBe(true);
  });
});

describe('Japanese money words', () => {
  it('reads 月額 (a monthly sum) as payment only, and "になりませんか" as turning to the reader', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [fare, ask] = blocksFrom(
      `<p>市電一日乗車券も600円から700円に改定する。シルバー定期は現行の月額据え置きとした。</p>
      <p>コーヒー2杯分の月額で、共同オーナーになりませんか。</p>`,
    );
    expect(appealCues(fare!)).toMatchObject({ appeal: 0, voice: false });
    expect(appealCues(ask!)).toMatchObject({ voice: true });
  });
});

describe('the outlet living on its readers', () => {
  it('hears "without you this page would be blank" as an ask, and "carried by its readers" as an appeal', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [nl, fr, de, story] = blocksFrom(
      `<p>Zonder jou was deze pagina leeg.</p><p>Sans vous, cette page serait blanche.</p>
      <p>Der Landbrief wird von Lesern getragen.</p><p>Der Chor wird von Spenden getragen, sagte die Leiterin.</p>`,
    );
    expect(appealCues(nl!).ask).toBeGreaterThan(0);
    expect(appealCues(fr!).ask).toBeGreaterThan(0);
    expect(appealCues(de!).appeal).toBeGreaterThan(0);
    expect(appealCues(story!)).toMatchObject({ ask: 0, appeal: 0 });
  });
});

describe("the outlet's own address in a story about the press", () => {
  it("still goes under a story about another paper, and stays under one about the outlet's own fundraiser", () => {
    const page = (headline: string) =>
      clean(`${prose(3)}<p>Steun ons: stadsbladnijmegen.example/steun</p>`, ['Stadsblad'], headline).text;
    expect(page('Nijmeegse Courant wordt coöperatie')).not.toContain('Steun ons');
    expect(page('Stadsblad vraagt lezers om steun voor nieuwe verslaggever')).toContain('Steun ons');
  });
});

describe('becoming a co-owner', () => {
  it('is an ask in several languages', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const asks = blocksFrom(
      `<p>Word mede-eigenaar voor de prijs van twee koffie per maand.</p><p>Devenez copropriétaire du journal.</p>
      <p>Zostań współwłaścicielem gazety.</p><p>The club became a co-owner of the pitch in 2019.</p>`,
    ).map((b) => appealCues(b).ask);
    expect(asks).toEqual([1, 1, 1, 0]);
  });
});

describe('a lone appeal paragraph', () => {
  it('goes when it asks in the outlet voice with an appeal word of its own, off the story', () => {
    const html = (line: string) =>
      clean(`${prose(2)}<p>${line}</p>${prose(2, 3)}`, [], 'Council closes the old swimming pool').text;
    expect(html('The Courier is reader-funded too. Without you this page would be blank.')).not.toContain(
      'reader-funded',
    );
    // Two asks of its own in the outlet's voice make one too.
    expect(html('Did this story help you? Then help us report the next one.')).not.toContain('help us');
    // No appeal word of its own: an editorial aside to the reader stays.
    expect(html('Without you this page would be blank, and we know it.')).toContain('Without you');
    // On the story's topic: the pool's own campaign.
    expect(
      html('The council swimming fund is reader-funded too: without you this page would be blank.'),
    ).toContain('swimming fund');
  });
});

describe('the share of readers who pay', () => {
  it('is an appeal when they pay for "our work", with "become one of them" as its ask', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [uk, ja, story] = blocksFrom(
      `<p>Лише 2% читачів платять за нашу роботу. Станьте одним із них — це 3 хвилини.</p>
      <p>読者の2%しかお金を払っていません。この記事が役に立ったなら、その2%になってください。</p>
      <p>Rund 640 Abonnenten zahlen freiwillig zwischen 5 und 20 Euro im Monat.</p>`,
    );
    expect(appealCues(uk!)).toMatchObject({ ask: 1, appeal: 1 });
    expect(appealCues(ja!).ask).toBeGreaterThan(0);
    expect(appealCues(story!)).toMatchObject({ ask: 0, appeal: 0 });
  });
});

describe("the story's charity next to the outlet's appeal", () => {
  it('keeps a short paragraph giving another host, with its fee, before the appeal run', () => {
    const { text } = clean(
      `${prose(2)}<p>Membership of the festival friends costs £12 a year; join at festival-friends.example/join.</p>
      <p>The Valley Echo needs your support: give £5 a month and keep our reporting free.</p>
      <p>Support us: valleyecho.example/support</p>`,
      ['The Valley Echo'],
      'Puppet festival short of 300 volunteers',
    );
    expect(text).toContain('festival-friends.example/join');
    expect(text).not.toContain('needs your support');
  });
});

describe("readers' share of the outlet's costs", () => {
  it('counts two appeal words in "reader contributions covered 58% of our costs", in any language', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [it, ja, story] = blocksFrom(
      `<p>Nel 2025 i contributi dei lettori hanno coperto il 58% dei nostri costi.</p>
      <p>2025年度、読者からの会費が運営費の61％をまかないました。</p>
      <p>Fares covered 58% of the operator's costs in 2025, the report says.</p>`,
    );
    expect(appealCues(it!).appeal).toBe(2);
    expect(appealCues(ja!).appeal).toBe(2);
    expect(appealCues(story!).appeal).toBe(0);
  });
});

describe('asking the reader who read this far', () => {
  it('is an ask in Portuguese, Polish and English alike', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const asks = blocksFrom(
      `<p>Se a leu até aqui, considere tornar-se assinante solidário.</p>
      <p>Jeśli uważasz, że lokalne dziennikarstwo jest potrzebne, zostań Przyjacielem Kuriera.</p>
      <p>If you've read this far, you know why this matters.</p><p>The report ran to 40 pages.</p>`,
    ).map((b) => appealCues(b).ask);
    expect(asks).toEqual([2, 2, 1, 0]);
  });
});

describe('a crosshead worded like a button', () => {
  it("stays two paragraphs from an appeal: it heads the article's section on how to give", () => {
    const { text } = clean(
      `${prose(1)}<h3>Doneren of zelf helpen</h3>${prose(2, 2)}
      <p>Waardeer je lokaal nieuws? Stentor Nieuws is lezersgefinancierd. Steun ons via stentor.example/steun.</p>`,
      ['Stentor Nieuws'],
      'Voedselbank zoekt 2.000 nieuwe donateurs voor Kerst',
    );
    expect(text).toContain('Doneren of zelf helpen');
    expect(text).not.toContain('lezersgefinancierd');
  });
});

describe('an ask under a story about another paper', () => {
  it('goes though it names no "we": asking the reader is the outlet speaking', () => {
    const { text } = clean(
      `${prose(3)}<p>Gostou deste artigo? O Porto Cidade também precisa de si.</p><p>Subscrever é apoiar: 4 € por mês</p>`,
      ['Porto Cidade'],
      'Jornal do bairro passa a cooperativa de leitores',
    );
    expect(text).toContain('Article paragraph 3:');
    expect(text).not.toMatch(/Gostou|Subscrever/);
  });
});

describe('Slavic "our" in the genitive plural', () => {
  it("is the outlet's voice ('900 наших меценатів')", async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [uk, ru] = blocksFrom(
      '<p>Станьте одним із 900 наших меценатів.</p><p>Спасибо нашим читателям.</p>',
    );
    expect(appealCues(uk!).voice).toBe(true);
    expect(appealCues(ru!).voice).toBe(true);
  });
});

describe("a charity's ask across its own address", () => {
  it('is no fragment of the outlet appeal beyond a paragraph giving the charity host', () => {
    const { text } = clean(
      `${prose(2)}<p>Without you, we close our doors in February. Come and sort, carry, drive: join us for an hour.</p>
      <p>The call, posted in the town's bakeries, points to foodbank-avallon.example/volunteer, where 17 had signed up.</p>
      ${prose(1, 3)}<p>The Morvan Post belongs to no group. To keep local news free, please support us.</p>
      <p>Support us: morvanpost.example/support</p>`,
      ['The Morvan Post'],
      'Food bank looks for 60 volunteers before Christmas',
    );
    expect(text).toContain('Without you, we close our doors');
    expect(text).not.toContain('belongs to no group');
  });
});

describe('an appeal that names the story between its asks', () => {
  const headline = 'Drones count the seals on the Ushkan islands';
  const asks = (middle: string) =>
    `${prose(2)}<p>You read this story for free, and you always will: we keep no paywall. If you value this reporting, please support us.</p>
    <p>${middle}</p>
    <p>Want us to go back? Become a monthly supporter — even five euros a month helps. Thank you to everyone who already has.</p>${prose(2, 3)}`;

  it('takes a voiced middle block on the story topic when the blocks on both sides ask', () => {
    const { text } = clean(
      asks(
        'Each trip to the Ushkan islands takes us three days with a photographer and a boat, and we go back every spring.',
      ),
      [],
      headline,
    );
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(text).not.toMatch(/for free|Each trip|monthly supporter/);
  });

  it('keeps a third-person paragraph on the story topic between them', () => {
    const { text } = clean(
      asks(
        'The Ushkan islands lie in the middle of the lake and are closed to visitors from May to August each year.',
      ),
      [],
      headline,
    );
    expect(text).toContain('The Ushkan islands lie in the middle');
  });
});

describe('what the headline says the story is', () => {
  it('reads an editor’s letter to the readers', () => {
    expect(cuePage([], 'From the editor: What 1,900 of you taught us this year').outletLetter).toBe(true);
    expect(cuePage([], 'От редакции: почему мы закрываем комментарии').outletLetter).toBe(true);
    expect(cuePage([], 'Editor of the local paper wins national award').outletLetter).toBe(false);
  });

  it("reads a headline opening with the reader's address as the outlet's letter", () => {
    for (const headline of [
      'Cari lettori, da lunedì il giornale cambia. Ecco perché',
      'Dear readers: why we are closing the comments',
      'Дорогие читатели! Мы меняем формат рассылки',
    ]) {
      expect(cuePage([], headline).outletLetter, headline).toBe(true);
    }
    expect(
      cuePage([], '"Dear readers, we are closing": the last issue of a village paper').outletLetter,
    ).toBe(false);
    expect(cuePage([], 'Dear Readers Society opens a reading room in the old mill').outletLetter).toBe(false);
  });

  it('reads a guide to giving as a fundraiser story', () => {
    for (const headline of [
      'Ashdown valley floods: how to help, and which appeals we have checked',
      'Hochwasser im Tal: So können Sie helfen',
      'Повінь на Закарпатті: як допомогти постраждалим',
    ]) {
      expect(cuePage([], headline).aboutFundraiser, headline).toBe(true);
    }
  });

  it('reads a sum raised, the verb then its number, as a fundraiser', () => {
    expect(
      cuePage([], 'Hospicjum w Białymstoku zebrało 860 tys. zł. „Ludzie nie zawiedli”').aboutFundraiser,
    ).toBe(true);
    expect(cuePage([], 'Пермский хоспис собрал 18 млн рублей на новое отделение').aboutFundraiser).toBe(true);
    expect(cuePage([], 'Детский хоспис в Твери за месяц собрал 8 миллионов рублей').aboutFundraiser).toBe(
      true,
    );
    expect(cuePage([], 'Sports club collected €4,000 for the new pitch').aboutFundraiser).toBe(true);
    expect(cuePage([], '熊本の子ども食堂、クラファンで800万円　物価高で運営難').aboutFundraiser).toBe(true);
    expect(cuePage([], 'Sejm zebrał się na posiedzeniu nadzwyczajnym').aboutFundraiser).toBe(false);
    expect(cuePage([], 'Tenants raised 3 concerns at the hearing').aboutFundraiser).toBe(false);
  });

  it("takes a payment line naming the newsroom's own account as the outlet's, in a fundraiser story", () => {
    const line =
      'Wpłać 10, 20 lub 50 zł przez BLIK lub przelew na konto redakcji: 45 1240 5211 1111 0000 1234 5678.';
    const story = 'Hospicjum zachęca też do przekazania 1,5 proc. podatku. W tym roku otrzymało 312 tys. zł.';
    const { text } = clean(
      `${prose(3)}<p>Dziennik Podlaski pisze o regionie od 1990 roku. Wesprzyj nas dobrowolną wpłatą — bez Ciebie nie damy rady.</p>${prose(1, 4)}<p>${story}</p><p>${line}</p>${prose(1, 5)}`,
      ['Dziennik Podlaski'],
      'Hospicjum w Białymstoku zebrało 860 tys. zł',
    );
    expect(text).toContain('Hospicjum zachęca');
    expect(text).not.toContain('konto redakcji');
    expect(text).not.toContain('Wesprzyj nas');
  });

  it('reads a drive for members with a number between, and a quoted ask, as a fundraiser', () => {
    expect(cuePage([], 'Leeuwarder Stadskrant zoekt 5.000 betalende leden').aboutFundraiser).toBe(true);
    expect(cuePage([], 'Rosa Llorca: «Necesitamos su apoyo antes del verano»').aboutFundraiser).toBe(true);
    expect(cuePage([], 'Rosa Llorca: «El almacén está más vacío que nunca»').aboutFundraiser).toBe(false);
  });

  it('reads a Dutch or German compound ending in a newspaper word as a story about the press', () => {
    expect(cuePage([], 'Leeuwarder Stadskrant zoekt 5.000 betalende leden').aboutPress).toBe(true);
    expect(cuePage([], 'Lokalzeitung stellt Druckausgabe ein').aboutPress).toBe(true);
    expect(cuePage([], 'Stadtrat beschließt neuen Radweg').aboutPress).toBe(false);
  });

  it('reads a media outlet by its generic name ("издание", "ЗМІ", "news outlet") as a story about the press', () => {
    expect(
      cuePage(['Медиазона Юг'], 'Независимое издание «Кубанский взгляд» закрывается из-за нехватки денег')
        .aboutPress,
    ).toBe(true);
    expect(cuePage([], 'Незалежні ЗМІ Харкова шукають нових читачів').aboutPress).toBe(true);
    expect(cuePage([], 'Local news outlet lays off half its staff').aboutPress).toBe(true);
    // "смит" (a surname) and "змін" hold the short words inside longer ones: no story about the press.
    expect(cuePage([], 'Уилл Смит приедет в Москву').aboutPress).toBe(false);
    expect(cuePage([], 'Рада ухвалила зміни до бюджету').aboutPress).toBe(false);
  });

  it("reads a paper's name as a Bote, a -blatt, and the end of a print edition as a story about the press", () => {
    expect(cuePage([], 'Nach 148 Jahren: „Oberlausitzer Bote“ erscheint nur noch digital').aboutPress).toBe(
      true,
    );
    expect(cuePage([], 'Das Wochenblatt wird verkauft').aboutPress).toBe(true);
    expect(cuePage([], 'Le quotidien régional arrête son édition papier').aboutPress).toBe(true);
    expect(cuePage([], 'Последний печатный номер выйдет в пятницу').aboutPress).toBe(true);
    expect(cuePage([], 'Paketboten streiken vor Weihnachten').aboutPress).toBe(false);
  });

  it('keeps, in a story about a paper, a third-person paragraph on what its readers get', () => {
    const html = `${prose(2)}<p>Bestehende Abonnenten sollen ein Digital-Abo für 19,90 Euro im Monat erhalten, ältere Leserinnen und Leser bekommen auf Wunsch ein Tablet gestellt. In 14 Gemeinden will der Verlag zudem Schulungen anbieten.</p>${prose(2, 3)}`;
    const { text } = clean(
      html,
      ['Rheinische Rundschau'],
      'Nach 148 Jahren: „Oberlausitzer Bote“ erscheint nur noch digital',
    );
    expect(text).toContain('ältere Leserinnen und Leser');
  });

  it('keeps every paragraph of the editor’s letter', () => {
    const html = `<p>As of this week, 1,912 households pay for the Ledger, at $8 a month or $80 a year. Thank you.</p>
      <p>Support from readers now covers 61 percent of our costs. Please consider joining them: become a member today.</p>`;
    const { text } = clean(
      html,
      ['The Northfield Ledger'],
      'From the editor: What 1,900 of you taught us this year',
    );
    expect(text).toContain('1,912 households');
    expect(text).toContain('become a member today');
  });

  it('keeps, in a story about another paper, one paragraph in "you" that sets out its terms', () => {
    const html = `${prose(2)}<p>Word lid, en je betaalt 6,50 euro per maand of 65 euro per jaar. Leden krijgen geen extra artikelen: alles blijft gratis leesbaar.</p>${prose(2, 3)}`;
    const { text } = clean(html, ['De Persruimte'], 'Leeuwarder Stadskrant zoekt 5.000 betalende leden');
    expect(text).toContain('Word lid, en je betaalt');
  });
});

describe('headlines that say what the page is', () => {
  it('knows more ways an editor writes to the readers', () => {
    for (const headline of [
      'Лист редакторки: що змінюється у газеті з квітня',
      'In eigener Sache: Die Rundschau wird teurer',
      "Editor's letter: what changes in April",
      'Dlaczego nie zamkniemy serwisu za paywallem. Odpowiadam Czytelnikom',
    ]) {
      expect(cuePage(['Rundschau'], headline).outletLetter, headline).toBe(true);
    }
  });

  it('knows someone appealing to the public for help as a fundraiser', () => {
    const page = cuePage(
      ['L’Écho des Causses'],
      '« Sans vous, on coupe l’antenne » : la directrice de Radio Garrigue lance un appel aux auditeurs',
    );
    expect(page.aboutFundraiser).toBe(true);
  });
});

describe('an interview about a fundraiser', () => {
  const headline = 'The director of Radio Garrigue appeals for donations to keep the station on air';
  const answers = [
    'We will not lie to you: our state grant was kept, but the county halved its subsidy and we are 38,000 euros short this year.',
    'Pensioners, farmers who listen to us on the tractor, students who trained with us. The smallest gift was 2 euros, sent with a letter.',
    'If you listen to us, even now and then, help us now. Join the association for 15 euros, give what you can, and tell your friends.',
  ];
  const questions = ['Where do the finances stand?', 'Who gives?', 'A message for your readers?'];

  it('keeps them under any headline: an interview is the interviewee speaking', () => {
    const qa = [
      [
        'Pourquoi cet appel maintenant ?',
        'Parce que notre diffuseur a cessé de nous rémunérer en janvier. Chaque épisode coûte environ 1 800 euros : le montage, les déplacements, la musique.',
      ],
      [
        'Que demandez-vous concrètement ?',
        'Si vous écoutez « Terre Basse » et que vous l’aimez, soutenez-nous sur notre page de dons, même avec 3 euros par mois. À 1 000 soutiens réguliers, on tient une saison entière.',
      ],
      ['Où en êtes-vous ?', 'À 412 donateurs ce matin. C’est encourageant, mais on est loin du compte.'],
    ];
    const html = `${prose(2)}${qa.map(([q, a]) => `<p><b>${q}</b></p><p>${a}</p>`).join('')}`;
    const { text } = clean(
      html,
      ['La Gazette des Ondes'],
      '« Sans nos auditeurs, le podcast s’arrête en juin » : entretien avec Camille Roussel',
    );
    expect(text).toContain('soutenez-nous sur notre page de dons');
    expect(text).toContain('Que demandez-vous concrètement ?');
  });

  it("keeps the interviewee's asks: the questions show whose 'we' it is", () => {
    const html = `${prose(2)}${questions.map((q, i) => `<p><b>${q}</b></p><p>${answers[i]}</p>`).join('')}`;
    const { text } = clean(html, ['The Causses Echo'], headline);
    for (const answer of answers) expect(text).toContain(answer.slice(0, 40));
  });
});

describe("the outlet's newsroom reporting on itself", () => {
  it('is a letter to the readers when the headline names the outlet and its newsroom', () => {
    const outlets = ['Заречье сегодня'];
    expect(
      cuePage(outlets, 'Сколько стоит «Заречье сегодня»: открытый отчёт редакции за 2024 год').outletLetter,
    ).toBe(true);
    // Another paper's newsroom is reporting; the outlet named without its newsroom is not a letter.
    expect(cuePage(outlets, 'Редакция «Вечерних новостей» переезжает').outletLetter).toBe(false);
    expect(cuePage(outlets, '«Заречье сегодня» исполнилось 10 лет').outletLetter).toBe(false);
  });

  it("is a letter under an editor's column heading", () => {
    expect(
      cuePage([], 'Колонка редактора. Почему газета дорожает и чего мы не станем делать').outletLetter,
    ).toBe(true);
    expect(cuePage([], "Editor's column: why we are raising the price").outletLetter).toBe(true);
  });

  it('is a letter when the headline names the outlet in its own "we"', () => {
    const outlets = ['The Fenwick Ledger'];
    expect(cuePage(outlets, '120 years of the Ledger, and why we are still here').outletLetter).toBe(true);
    expect(cuePage(['Заречье сегодня'], '«Заречье сегодня»: почему мы не закрылись').outletLetter).toBe(true);
    // "We" about another paper, or the outlet without "we", is reporting.
    expect(cuePage(outlets, 'Why we still read the Courier').outletLetter).toBe(false);
    expect(cuePage(outlets, 'The Ledger turns 120').outletLetter).toBe(false);
  });
});

describe('a row of payment methods', () => {
  it('is a control, and a sentence naming them is not', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const cue = (text: string) => appealCues(blocksFrom(`<p>${text}</p>`)[0]!);
    expect(cue('MB WAY PayPal Cartão de crédito').control).toBe(true);
    expect(cue('微信支付 支付宝').control).toBe(true);
    expect(cue('The shop takes PayPal and credit cards.').control).toBe(false);
  });

  it('takes a tip box whose readers are counted before the verb (已有2316位读者赞赏本报道)', () => {
    const { text } = clean(
      `<div class="box"><p>您的支持，是我们坚守一线的理由</p><p>本次台风报道由6名记者在沿海一线连续采写，我们会持续更新到台风离境。</p><p>已有2316位读者赞赏本报道</p><p>微信支付 支付宝</p></div>${prose(3)}`,
      [],
      '台风“海棠”将在东闽省南部沿海登陆',
    );
    expect(text).not.toMatch(/坚守一线|赞赏|微信支付/);
    expect(text).toContain('Article paragraph 3');
  });
});

describe('a story about a fundraiser', () => {
  it("keeps a paragraph whose only cue is a donation word, next to the outlet's appeal", () => {
    const report =
      '寄付に添えられたメッセージには「廃線になったら故郷に帰る理由がなくなる」「息子と乗った思い出の鉄道をなくさないで」といった声が並んだ。';
    const { text } = clean(
      `${prose(3)}<p>ここで少しだけ、房総タイムズからのお願いです。<br>みさき鉄道の存廃問題を、わたしたちは2019年から追い続けてきました。<br>取材を続けるために、月額五百円の「応援会員」を募集しています。</p><p>${report}</p>${prose(2, 4)}`,
      ['房総タイムズ'],
      '存続危機の「みさき鉄道」、ふるさと納税とCFで1億円超集まる',
    );
    expect(text).toContain('寄付に添えられたメッセージ');
    expect(text).not.toContain('房総タイムズからのお願い');
  });

  it('hears the Japanese "a request from …" and わたしたち', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [ask, we] = blocksFrom(
      '<p>ここで少しだけ、房総タイムズからのお願いです。</p><p>みさき鉄道の存廃問題を、わたしたちは2019年から追い続けてきました。</p>',
    );
    expect(appealCues(ask!).ask).toBeGreaterThan(0);
    expect(appealCues(we!).voice).toBe(true);
  });
});

describe('French "je"', () => {
  it('is "I", not the Dutch "you"', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const [fr, nl] = blocksFrom(
      '<p>Je suis arrivé à la mairie vers 8 heures, les portes étaient déjà fermées.</p><p>Als je de krant leest, weet je wat er speelt.</p>',
    );
    expect(appealCues(fr!).voice).toBe(false);
    expect(appealCues(nl!).voice).toBe(true);
  });
});

describe('sums written in words', () => {
  it('count as money like figures do', async () => {
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const cue = (text: string) => appealCues(blocksFrom(`<p>${text}</p>`)[0]!);
    expect(
      cue('Se puder, contribua com o que achar justo: cinco euros, dez, vinte.').payment,
    ).toBeGreaterThan(0);
    expect(cue('Bastano cinque euro al mese.').payment).toBeGreaterThan(0);
    expect(cue('Five volunteers cleared the path on Sunday.').payment).toBe(0);
  });
});

describe('a small box with its rows nested', () => {
  it("takes the box's lines with the amount row set in a <div> of its own", () => {
    const { text } = clean(
      `${prose(3)}<div class="box"><p>您的支持，是我们坚守一线的理由</p><p>已有1,206位读者加入“澜江读者会”，距离年度目标还差294位。</p><div class="amounts"><p>¥6 ¥18 ¥66 自定义金额</p></div><div class="pay"><p>微信支付 · 支付宝</p></div></div>${prose(2, 4)}`,
      ['澜江晚报'],
      '地铁3号线今日开通',
    );
    expect(text).not.toMatch(/读者会|¥6|微信支付/);
    expect(text).toContain('Article paragraph 5');
  });
});

describe('the outlet rebuilding records in its own voice', () => {
  it('keeps the paragraph where it tells how it rebuilt the missing files, beside its appeal', () => {
    const story = [
      'Nella notte tra il 27 e il 28 gennaio il portale pubblico del tribunale regionale è rimasto offline per sei ore. Quando è tornato raggiungibile, mancavano oltre quattromila sentenze.',
      'La nostra redazione aveva scaricato una copia parziale dell’archivio nel 2022, durante un’inchiesta sugli espropri nella valle. Confrontando le due versioni abbiamo potuto ricostruire quali fascicoli sono stati rimossi.',
      'Non si tratta di documenti scelti a caso. Più della metà delle sentenze scomparse riguarda ricorsi di cittadini contro società edilizie.',
    ];
    const appeal =
      '<p>Scriviamo da Trieste perché nel nostro paese non possiamo più farlo. Il nostro sito è bloccato lì da tre anni e i nostri lettori ci raggiungono con una VPN.</p>' +
      '<p>Non accettiamo soldi da governi né da partiti. Restiamo in piedi grazie a circa 900 persone che ci danno qualcosa ogni mese: se puoi, diventa una di loro.</p>' +
      '<p><a href="https://lumen.example/dona">Dona a Lumen con PayPal o bonifico →</a></p>';
    const after =
      '<p>Interpellato per email, l’ufficio stampa del tribunale ha parlato di «migrazione tecnica verso un nuovo sistema». Non ha indicato alcuna data.</p>';
    const html = `<html lang="it"><head><title>L’archivio del tribunale cancellato in una notte | Lumen</title></head><body><article><h1>L’archivio del tribunale cancellato in una notte</h1><div class="body">${story.map((t) => `<p>${t}</p>`).join('')}${appeal}${after}</div></article></body></html>`;
    const { text } = extract(html, { url: 'https://lumen.example/archivio/' });
    expect(text).toContain('abbiamo potuto ricostruire');
    expect(text).not.toMatch(/Scriviamo da Trieste|Dona a Lumen/);
  });
});

describe('a quote in single curly quotes with an apostrophe inside', () => {
  it("is speech whole: the union's ‘Onze mensen … ’s nachts …’ is no voice of the outlet", async () => {
    const { unquoted } = await import('../../../src/extract/clean/block-text.js');
    const text =
      '‘Onze mensen werken in weer en wind, ’s nachts en in het weekend. Dat is te weinig’, zegt FNV-bestuurder Niek Stam.';
    expect(unquoted(text)).not.toMatch(/Onze|nachts/);
    expect(unquoted(text)).toContain('zegt FNV-bestuurder');
    expect(unquoted('It’s our turn now, she said.')).toContain('It’s our turn');
  });
});

describe("the story's paragraph around a quote, before an appeal set into it", () => {
  it("stays: neither the appeal's run nor its neighbours take it (fp49 en_2)", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/fp49/en_2/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    for (const line of truth.article) expect(text).toContain(line);
    expect(text).not.toContain('Your support lets us keep every story free to read');
  });
});

describe("a paying member's ask after a series' closing note", () => {
  it('goes with its box, and the note announcing the next part stays (probe68 nl_after)', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe68/nl_after/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    for (const line of truth.article) expect(text).toContain(line);
    expect(text).not.toMatch(/Word betalend lid|Dit stuk is gratis/);
  });
});

describe('records released to the outlet', () => {
  it("keep the paragraph naming it, and the quote before it, beside the appeal's counter (probe71 en_inside)", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe71/en_inside/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    for (const line of truth.article) expect(text).toContain(line);
  });
});

describe("the outlet's account of its own funding, alone in the story", () => {
  it('removes a paragraph where the named outlet tells how its readers keep it going, with no money named', () => {
    const { text } = clean(
      `${prose(2)}<p>The Northern Ledger is funded by its readers. No billionaire owner, no paywall: just 4,100 members who pay what they can so that stories like this one stay free.</p>${prose(3, 3)}`,
      ['The Northern Ledger'],
      'Scientists wire up a glacier lake to warn of sudden floods',
    );
    expect(text).not.toContain('funded by its readers');
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('keeps a paragraph that reports another outlet funded by its readers', () => {
    const { text } = clean(
      `${prose(2)}<p>The Valley Courier, founded in 2019, is funded by its readers: about 4,100 members pay what they can, its editor said.</p>${prose(2, 3)}`,
      ['The Northern Ledger'],
      'Local papers look for new money',
    );
    expect(text).toContain('The Valley Courier, founded in 2019');
  });
});

describe('thanks to those who already support, closing a piece of a split appeal', () => {
  it('removes the price line that thanks the supporters, far from the appeal it belongs to', () => {
    const { text } = clean(
      `${prose(2)}<p>O Observador do Sado é uma publicação apoiada pelos leitores. Para receber novos textos e apoiar o meu trabalho, considere tornar-se assinante pago.</p>${prose(2, 3)}<p>São 5 € por mês, ou 50 € por ano. Obrigada a quem já apoia.</p>${prose(1, 5)}`,
      ['O Observador do Sado'],
      'Golfinhos do Sado: população cresce para 30 animais',
    );
    expect(text).not.toContain('Obrigada a quem já apoia');
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });
});

describe('a price in the story beside the outlet priced appeal', () => {
  it("keeps the story's membership fee: the calendar words are no vocabulary of the appeal", () => {
    const { text } = clean(
      `${prose(2)}<p>The station also runs a membership scheme: 420 members pay £3 a month and get their names read out on the Sunday show.</p>${prose(2, 3)}
      <p>Civic Signal is a reader-supported publication. To receive new posts and support my work, consider becoming a paid subscriber.</p>
      <p>Paid subscribers make this reporting possible. It's £5 a month, or £50 a year.</p><p>Upgrade to paid</p>`,
      ['Civic Signal'],
      'The community radio station that asked its listeners for £90,000',
    );
    expect(text).toContain('membership scheme: 420 members');
    expect(text).not.toContain('Paid subscribers make this reporting possible');
  });
});

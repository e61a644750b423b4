import { describe, expect, it } from 'vitest';
import { appealCues, cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { isOutletHost, ownServiceAddress } from '../../../src/extract/clean/own-address.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe("the outlet's own address", () => {
  it('spells a host from the outlet name, its words whole or cut, with or without hyphens', () => {
    expect(isOutletHost('kurier-ostholstein.example', ['Kurier Ostholstein'])).toBe(true);
    expect(isOutletHost('www.petitquotidien.example', ['Le Petit Quotidien'])).toBe(true);
    expect(isOutletHost('harbourstar.example', ['Harbour & Valley Star'])).toBe(true);
    expect(isOutletHost('nordbote.example', ['Der Nordbote'])).toBe(true);
    expect(isOutletHost('tverskayanedelya.example', ['Тверская неделя'])).toBe(true);
    expect(isOutletHost('chorverein-lindau.example', ['Kurier Ostholstein'])).toBe(false);
    expect(isOutletHost('star.example', ['Harbour & Valley Star'])).toBe(false);
    // The town a name opens with has a host of its own: the council's, not the outlet's.
    expect(isOutletHost('fenhallow.example', ['Fenhallow Echo'])).toBe(false);
  });

  it('takes a long name with a place after it, not a short one', () => {
    expect(isOutletHost('stadsbladnijmegen.example', ['Stadsblad'])).toBe(true);
    expect(isOutletHost('starnijmegen.example', ['Star'])).toBe(false);
  });

  it('takes a service page, not a story or another site', () => {
    const outlets = ['Gazzetta del Porto'];
    expect(ownServiceAddress('iscriviti su gazzettadelporto.example/amici', outlets)).toBe(true);
    expect(ownServiceAddress('leggi: gazzettadelporto.example/2025/03/porto-nuovo-123', outlets)).toBe(false);
    expect(ownServiceAddress('iscriviti su coro-alpino.example/amici', outlets)).toBe(false);
    expect(ownServiceAddress('iscriviti su gazzettadelporto.example/amici', [])).toBe(false);
  });

  it('makes the line a control and a button of the outlet', () => {
    const [line] = blocksFrom('<p>Diventa amico: gazzettadelporto.example/amici</p>');
    const page = cuePage(['Gazzetta del Porto'], 'Il traghetto per Ponza resta fermo');
    expect(appealCues(line!, page)).toMatchObject({ own: true, link: true, control: true });
    expect(appealCues(line!, cuePage([], '')).own).toBe(false);
  });

  it("reads records the outlet obtained and its data as its reporting (ja, uk), and an expert's check 'für uns'", () => {
    const ja = cuePage(['アカリ調査報道'], '技能実習生の寮費、相場の倍');
    const [jaLine] = blocksFrom(
      '<p>アカリ調査報道が入手した物件の賃貸契約書によると、この部屋の家賃は月額4万2千円。</p>',
    );
    expect(appealCues(jaLine!, ja)).toMatchObject({ self: false });
    const uk = cuePage(['Місто Л'], 'Книгарня на площі Ринок закривається');
    const [ukLine] = blocksFrom(
      '<p>Приміщення, за даними «Міста Л», планують здати під заклад харчування.</p>',
    );
    expect(appealCues(ukLine!, uk)).toMatchObject({ self: false });
    const [deLine] = blocksFrom(
      '<p>Hydrogeologin Sabine Kühn hat die Daten für uns geprüft: Wir haben nur die unauffälligen Stellen gesehen.</p>',
    );
    expect(appealCues(deLine!, cuePage(['Recherchebüro Falkenstein'], 'Nitrat im Brunnen')).reports).toBe(
      true,
    );
  });

  it('reads "contacted by" the outlet as its reporting, in the feminine and plural too', () => {
    const page = cuePage(['Fuoriasse'], 'Mense scolastiche, il menù costa il doppio');
    for (const text of [
      'Contattata da Fuoriasse, la cooperativa ha risposto per iscritto di aver «sempre rispettato il capitolato».',
      'Contactée par Fuoriasse, la mairie n’a pas répondu à nos questions sur le contrat.',
    ]) {
      const [line] = blocksFrom(`<p>${text}</p>`);
      expect(appealCues(line!, page)).toMatchObject({ self: false, named: false });
    }
  });

  it('reads an answer "to the request of" the outlet as its reporting (uk, ru)', () => {
    const page = cuePage(['Громада.інфо'], 'Метро на Виноградар: КМДА знову перенесла строки');
    const [line] = blocksFrom(
      '<p>Про нові строки йдеться у відповіді департаменту транспортної інфраструктури на запит Громада.інфо.</p>',
    );
    expect(appealCues(line!, page)).toMatchObject({ self: false, named: false });
  });

  it('reads a block opening on "the said paper" (同紙, 该报) as about another party', () => {
    const page = cuePage(['ローカルメディア研究所'], '地域紙のクラウドファンディング、目標の1,000万円を達成');
    const [line] = blocksFrom(
      '<p>同紙は来春、月額980円の電子版を始める予定で、初年度1,500人の有料会員獲得を目指している。</p>',
    );
    expect(appealCues(line!, page).foreign).toBe(true);
  });

  it("matches the outlet's name without its article", () => {
    const [line] = blocksFrom('<p>Au Petit Quotidien, ce sont les lecteurs qui paient les reportages.</p>');
    const page = cuePage(['Le Petit Quotidien'], 'La gare de Vierzon ferme ses guichets');
    expect(appealCues(line!, page)).toMatchObject({ named: true, self: true });
  });
});

const clean = (html: string, outlets: string[], headline: string): string => {
  const ctx = { ...context(), outlets, headline };
  return textOf(removeDonationAppeals(blocksFrom(html), ctx));
};

describe('an appeal split through the story in plain paragraphs', () => {
  const outlets = ['Harbour Star'];
  const headline = 'Ferry to the islands cancelled for the winter';

  it('removes every piece, far apart, with its opener line, and keeps the story', () => {
    const html = [
      prose(1),
      '<p>Just a second, please.</p>',
      '<p>Harbour Star belongs to no publishing group. What you read here is paid for by our members, a few pounds each month.</p>',
      prose(4, 2),
      '<p>Membership starts at £4 a month, and with it you pay for the reporting on the islands.</p>',
      prose(1, 6),
      '<p>Become a member: harbourstar.example/members</p>',
      prose(1, 7),
    ].join('');
    const kept = clean(html, outlets, headline);
    for (let n = 1; n <= 7; n++) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toMatch(/second, please|belongs to no|Membership starts|harbourstar/);
  });

  it("removes a short piece in the outlet's voice that shares none of the found appeal's words", () => {
    const html = [
      prose(1),
      '<p>Corriere dello Stretto vive grazie a chi lo legge: niente editori alle spalle, nessun finanziamento pubblico. Sostienici con un abbonamento solidale.</p>',
      prose(2, 2),
      '<p>Con un contributo anche piccolo ci aiuti a restare indipendenti. Bastano due minuti.</p>',
      prose(1, 4),
    ].join('');
    const kept = clean(html, ['Corriere dello Stretto'], 'Seicento migranti sbarcati in due giorni a Reggio');
    for (let n = 1; n <= 4; n++) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toMatch(/vive grazie|contributo anche piccolo/);
  });

  it('keeps a story about a club asking for members, with its address', () => {
    const html = [
      prose(2),
      '<p>The rowing club says it needs 80 new members by spring to keep its boathouse open.</p>',
      '<p>Membership costs £4 a month, the club secretary said, and members pay for the repairs.</p>',
      '<p>Join the club: harbour-rowing.example/members</p>',
      prose(1, 3),
    ].join('');
    const kept = clean(html, outlets, 'Rowing club asks for new members to save its boathouse');
    expect(kept).toContain('80 new members');
    expect(kept).toContain('club secretary said');
  });

  it('keeps a story that quotes the outlet as a source, next to its appeal', () => {
    const html = [
      prose(2),
      '<p>Fishermen told the Harbour Star that the winter catch paid £4 a crate less than last year.</p>',
      prose(1, 3),
      '<p>Become a member: harbourstar.example/members</p>',
    ].join('');
    const kept = clean(html, outlets, headline);
    expect(kept).toContain('Fishermen told the Harbour Star');
    expect(kept).not.toContain('harbourstar.example');
  });

  it('takes the lower-case rest of an opener that asks, even on the story', () => {
    const html = [
      prose(2),
      '<p>Before you read on:</p>',
      '<p>this report on the ferry took us two weeks, on the quay and on the islands.</p>',
      prose(2, 3),
      '<p>Harbour Star is paid for by its members. Join them from £4 a month.</p>',
      '<p>Become a member: harbourstar.example/members</p>',
      prose(1, 5),
    ].join('');
    const kept = clean(html, outlets, headline);
    for (let n = 1; n <= 5; n++) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toMatch(/read on|took us two weeks|paid for by its members/);
  });

  it("keeps a statement's paragraphs that open with a quote mark, members and all", () => {
    const html = [
      prose(2),
      '<p>"All our members will have their memberships extended for the weeks we are closed.</p>',
      '<p>"We thank our members for their patience," the gym said in a statement.</p>',
      prose(7, 3),
      '<p>Become a member: harbourstar.example/members</p>',
    ].join('');
    const kept = clean(html, outlets, headline);
    expect(kept).toContain('memberships extended');
    expect(kept).toContain('We thank our members');
  });
});

describe('a piece in the outlet’s voice that speaks of money alone', () => {
  const ctx = () => ({
    ...context(),
    outlets: ['Förde Kurier'],
    headline: 'Warnstreik legt Busse in Flensburg lahm',
  });
  const appeal =
    '<p>In eigener Sache: Der Förde Kurier hat keine Bezahlschranke, und das soll so bleiben. Damit das klappt, brauchen wir Ihre Unterstützung – werden Sie Mitglied.</p>';

  it('goes once the page is known to carry the appeal', () => {
    const html = `${prose(2)}${appeal}${prose(1, 3)}<p>Schon mit vier Euro im Monat sorgen Sie dafür, dass wir auch bei Ratssitzungen vor Ort sind.</p>${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx()));
    for (let i = 1; i <= 4; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/eigener Sache|vier Euro/);
  });

  it("stays when it reports what someone said, though it says 'our' and names a sum", () => {
    const en = {
      ...context(),
      outlets: ['Harbor & Pine'],
      headline: 'Ambulance bills break state law, records show',
    };
    const appealEn =
      '<p>Harbor & Pine doesn’t sell ads and never puts investigations behind a paywall. We rely on members: become one today.</p><p>A membership starts at $8 a month, and every member gets our quarterly call with the newsroom.</p>';
    const said =
      "<p>County Administrator Felicia Ortega said she had not seen our findings but would ask the county's emergency medical services office to review them. Bayline's contract, worth an estimated $11 million a year, comes up for renewal in March.</p>";
    const html = `${prose(2)}${appealEn}${prose(3, 3)}${said}${prose(1, 6)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), en));
    expect(kept).toContain('Felicia Ortega said');
    expect(kept).not.toMatch(/doesn’t sell ads/);
  });

  it("stays when its sums and its 'our' stand in different sentences", () => {
    const de = {
      ...context(),
      outlets: ['Kanalblick Recherche'],
      headline: 'Viele Zimmer im Hafenviertel sind zu teuer',
    };
    const appealDe =
      '<p>Diese Recherche hat uns ein halbes Jahr gekostet. Getragen wird unsere Arbeit von rund 900 Mitgliedern, die uns ab 4 Euro im Monat unterstützen.</p><p>Wenn Ihnen Recherchen wie diese wichtig sind: Werden Sie Mitglied.</p>';
    const story =
      '<p>Für ihr Zimmer von 19 Quadratmetern am Kanal zahlt Mira Oltmanns 640 Euro warm. Erlaubt wären höchstens 480 Euro. Das weiß sie erst, seit sie im Winter unseren Mietspiegel-Rechner ausprobiert hat.</p>';
    const html = `${prose(2)}${story}${prose(2, 3)}${appealDe}${prose(2, 5)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), de));
    expect(kept).toContain('Mira Oltmanns 640 Euro');
    expect(kept).not.toMatch(/Werden Sie Mitglied/);
  });

  it("keeps the story's short last line in its own container, before the outlet's box", () => {
    // The markup pass already took the box's button by its class, as on the page.
    const ru = () => {
      const ctx = {
        ...context(),
        outlets: ['Спорт Заречья'],
        headline: '«Кедр» вырвал победу у «Локомотива»',
      };
      ctx.removals.add('donation', 'class-word:support', 'Поддержать «Спорт Заречья»');
      return ctx;
    };
    const last = '<p>Следующую игру команда проведёт в субботу в Озёрске.</p>';
    const box = '<p>Нравятся наши репортажи? Поддержите редакцию — без рекламы и подписки мы не выживем.</p>';
    const html = `<div class="c-story">${prose(4)}${last}</div><div class="c-box">${box}</div>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ru()));
    expect(kept).toContain('Следующую игру');
    expect(kept).not.toContain('Нравятся наши репортажи');
    // In the box's own container, such a line opens it.
    const inBox = `<div class="c-story">${prose(4)}</div><div class="c-box"><p>Небольшая пауза перед концом.</p>${box}</div>`;
    expect(textOf(removeDonationAppeals(blocksFrom(inBox), ru()))).not.toContain('Небольшая пауза');
  });

  it('stays on a page with no appeal of the outlet’s', () => {
    const html = `${prose(3)}<p>Schon mit vier Euro im Monat sorgen Sie dafür, dass wir auch bei Ratssitzungen vor Ort sind.</p>${prose(1, 4)}`;
    expect(textOf(removeDonationAppeals(blocksFrom(html), ctx()))).toContain('vier Euro');
  });
});

describe('a piece that opens by turning to the reader', () => {
  const ctx = () => ({
    ...context(),
    outlets: ['La Voix du Val'],
    headline: 'La piste cyclable continue entre Crolles et Grenoble',
  });
  const ask =
    '<p>Mais la gratuité a un coût. Si vous le pouvez, rejoignez les lecteurs qui nous soutiennent chaque mois, à partir de 3 euros.</p>';
  const turn =
    '<p>Un mot avant la suite : cet article vous est offert, comme tous les autres. Nous avons fait ce choix parce que l’information locale doit circuler.</p>';

  it('goes with the appeal found elsewhere on the page', () => {
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(1)}${turn}${prose(1, 2)}${ask}${prose(1, 3)}`), ctx()),
    );
    for (let i = 1; i <= 3; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/Un mot avant|gratuité/);
  });

  it('stays without an appeal on the page', () => {
    const kept = textOf(removeDonationAppeals(blocksFrom(`${prose(1)}${turn}${prose(2, 2)}`), ctx()));
    expect(kept).toContain('Un mot avant la suite');
  });
});

describe('the outlet stepping out of the story, and thanking its supporters', () => {
  const ctx = () => ({
    ...context(),
    outlets: ['Echo Kłodawy'],
    headline: 'Dworzec w Kłodawie Górnej zamknięty na czas remontu. Pasażerowie czekają w kontenerach',
  });
  const ask =
    '<p>Jeśli czytasz nas regularnie, pomyśl o wpłacie choćby 15 zł miesięcznie. Za te pieniądze jeździmy na sesje, do sądu i na dworzec.</p>';
  const interjection =
    '<p>Przerwę na chwilę. Piszę ten tekst z kontenera przy peronie, bo tak wygląda nasza robota: jesteśmy tam, gdzie dzieje się coś ważnego dla Kłodawy.</p>';
  const thanks = '<p>Dziękuję wszystkim, którzy już nas wspierają. – Piotr Mazur, redaktor naczelny</p>';

  it('takes an interjection paragraph that names the story’s places, and the thanks line', () => {
    const html = `${prose(1)}${interjection}${prose(1, 2)}${ask}${prose(1, 3)}${thanks}${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx()));
    for (let i = 1; i <= 4; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/Przerwę|15 zł|Dziękuję/);
  });

  it('keeps a paragraph that only starts like an interjection and goes on with the story', () => {
    const html = `${prose(1)}<p>Una pausa di tre settimane per i lavori sul binario due, poi i treni torneranno all’orario normale, ha detto il capostazione.</p>${prose(1, 2)}${ask}`;
    expect(textOf(removeDonationAppeals(blocksFrom(html), ctx()))).toContain('Una pausa di tre settimane');
  });
});

describe('the outlet counting its paying readers', () => {
  const ctx = () => ({
    ...context(),
    outlets: ['Gazeta do Pardinho'],
    headline: 'Cheia do rio Pardinho deixa 312 desalojados',
  });
  const self =
    '<p>A Gazeta do Pardinho está acompanhando a enchente desde sábado, com repórteres nos abrigos. Apoie o nosso trabalho.</p>';
  const story = (n: number) =>
    `<p>Story paragraph ${n}: the families were taken to three municipal schools and the sports hall, which now serve as shelters while the water stays high in the lower districts of the town.</p>`;

  it('is a piece of the appeal in the outlet’s voice, and the story between stays', () => {
    const html = `${prose(1)}${self}${story(1)}<p>Hoje somos mantidos por 1.480 leitores que contribuem todos os meses. Precisamos chegar a 2.000.</p>${story(2)}<p>Contribua com qualquer valor via Pix ou cartão de crédito: apoie a Gazeta.</p>${prose(1, 2)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx()));
    expect(kept).toContain('Story paragraph 1');
    expect(kept).toContain('Story paragraph 2');
    expect(kept).not.toMatch(/1\.480 leitores|Contribua com/);
  });

  it('is the story’s in a fundraiser’s report, in the third person', () => {
    const html = `${prose(1)}<p>Au bout d’une semaine, la cagnotte affichait 12 400 euros, donnés par près de 300 personnes. Il en manque encore 30 000 pour atteindre l’objectif.</p>${prose(1, 2)}<p>Le Vallonnais est lui aussi une association. Si vous tenez à un journal local, abonnez-vous.</p>`;
    const page = {
      ...context(),
      outlets: ['Le Vallonnais'],
      headline: 'Le RC Vallon lance un appel aux dons pour sauver son école de rugby',
    };
    expect(textOf(removeDonationAppeals(blocksFrom(html), page))).toContain('la cagnotte affichait');
  });
});

describe('pieces in a story about a fundraiser', () => {
  it('come only in the outlet’s voice, not from the story telling how to give', () => {
    const html = `${prose(1)}<p>Une cagnotte en ligne a été ouverte, et les dons peuvent aussi être déposés au secrétariat du club, à partir de 10 euros.</p>${prose(2, 2)}<p>Le Vallonnais est lui aussi une association. Si vous tenez à un journal qui parle de votre club, soutenez-nous : abonnez-vous dès 5 euros par mois.</p>`;
    const page = {
      ...context(),
      outlets: ['Le Vallonnais'],
      headline: 'Le RC Vallon lance un appel aux dons pour sauver son école de rugby',
    };
    const kept = textOf(removeDonationAppeals(blocksFrom(html), page));
    expect(kept).toContain('Une cagnotte en ligne');
    expect(kept).not.toContain('soutenez-nous');
  });
});

describe('an appeal scattered through the story with no run of its own', () => {
  const headline = 'Громада компенсуватиме підприємцям частину вартості генераторів';
  it('goes when two short paragraphs each speak as the outlet, of money and of its readers', () => {
    const html = `${prose(1)}<p>Цей текст ми змогли написати, бо нас підтримують читачі. Зараз 640 людей щомісяця переказують редакції від 50 гривень.</p>${prose(2, 2)}<p>Щоб утримати редакцію до кінця року, нам бракує ще 160 постійних донорів по 100 гривень.</p>${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), { ...context(), headline }));
    for (let i = 1; i <= 4; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/640 людей|160 постійних/);
  });

  it('stays when a column in "we" speaks of its club’s money, not of a newsroom', () => {
    const html = `${prose(1)}<p>Voor ons betekent dat 4.200 euro minder per jaar, en de huur van de repetitieruimte stijgt ook.</p>${prose(2, 2)}<p>Daarom geven we een kerstconcert: kaarten kosten 15 euro, kinderen betalen 5 euro.</p>`;
    const kept = textOf(
      removeDonationAppeals(blocksFrom(html), { ...context(), headline: 'Harmonie zoekt jonge muzikanten' }),
    );
    expect(kept).toContain('4.200 euro minder');
    expect(kept).toContain('kerstconcert');
  });
});

describe('the editor introducing themselves', () => {
  const ctx = () => ({
    ...context(),
    outlets: ['Rundschau am Rheinufer'],
    headline: 'Freibad Altenmühl öffnet später',
  });
  const ask =
    '<p>Sie lesen diesen Text kostenlos. Damit das so bleibt, bitte ich Sie heute um etwas: Unterstützen Sie die Rundschau mit einem monatlichen Beitrag.</p><p>Schon fünf Euro im Monat helfen. Herzlichen Dank!</p>';
  const intro =
    '<p>Ich bin seit 2009 Redaktionsleiter der Rundschau, und ich weiß, wie viele Sitzungen und Ortstermine hinter so einem Artikel stecken.</p>';

  it('is a piece of the appeal found on the page', () => {
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(1)}${ask}${prose(1, 2)}${intro}${prose(1, 3)}`), ctx()),
    );
    for (let i = 1; i <= 3; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/Redaktionsleiter|kostenlos/);
  });

  it('is also an editor saying they run the paper', () => {
    const runs =
      '<p>Ich leite die Redaktion der Rundschau seit zwölf Jahren. Diesen Prozess haben wir an jedem Verhandlungstag verfolgt.</p>';
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(1)}${ask}${prose(1, 2)}${runs}${prose(1, 3)}`), ctx()),
    );
    expect(kept).not.toContain('Ich leite die Redaktion');
    expect(kept).toContain('Article paragraph 3:');
  });

  it('stays on a page with no appeal', () => {
    expect(textOf(removeDonationAppeals(blocksFrom(`${prose(2)}${intro}${prose(1, 3)}`), ctx()))).toContain(
      'Redaktionsleiter',
    );
  });

  it("is also the story's writer saying so, after a greeting", () => {
    const writer = '<p>Hallo! Ich habe diesen Text geschrieben, nach drei Nächten im Freibad-Container.</p>';
    const kept = textOf(
      removeDonationAppeals(blocksFrom(`${prose(1)}${ask}${prose(1, 2)}${writer}${prose(1, 3)}`), ctx()),
    );
    expect(kept).not.toContain('diesen Text geschrieben');
    expect(kept).toContain('Article paragraph 3:');
  });
});

describe("the story's writer introducing themselves", () => {
  it('is heard in several languages, but not a source who wrote something else', async () => {
    const { EDITOR_INTRODUCTION } = await import('../../../src/extract/vocab/phrases/newsroom.js');
    for (const line of [
      'aqui é a lívia, que escreveu esta reportagem.',
      'i wrote this story after two weeks at the depot.',
      "j'ai écrit cet article depuis la gare de lyon.",
      'ho scritto questo pezzo in tre settimane.',
    ]) {
      expect(EDITOR_INTRODUCTION.test(line), line).toBe(true);
    }
    expect(EDITOR_INTRODUCTION.test('the mayor, who wrote the report, resigned.')).toBe(false);
    // Italian "sono" as "there are", with a director in the sentence: no one introducing themselves.
    expect(
      EDITOR_INTRODUCTION.test("agli atti ci sono decine di messaggi tra l'allora direttore e il consorzio."),
    ).toBe(false);
    expect(EDITOR_INTRODUCTION.test('mi chiamo laura neri e sono la direttrice di questo giornale.')).toBe(
      true,
    );
    expect(EDITOR_INTRODUCTION.test('ela escreveu esta carta ao prefeito.')).toBe(false);
  });
});

describe('editor introductions in English', () => {
  it('hear an editor who has edited or run the paper', async () => {
    const { EDITOR_INTRODUCTION } = await import('../../../src/extract/vocab/phrases/newsroom.js');
    expect(EDITOR_INTRODUCTION.test("i'm tom aldous, and i've edited this paper for nine years.")).toBe(true);
    expect(EDITOR_INTRODUCTION.test('i ran the paper for a decade.')).toBe(true);
    expect(EDITOR_INTRODUCTION.test('the mayor has edited the report twice.')).toBe(false);
  });
});

describe('pieces that speak of what pays for the outlet, in words of their own', () => {
  const outlets = ['De Kempenaer'];
  const headline = 'Buurthuis De Schakel in Heikant gaat dicht';
  const ask = '<p>Help je mee? Kijk op dekempenaer.example/steun. Vanaf € 3 per maand ben je erbij.</p>';

  it('removes short paragraphs in its voice on money or reading for free, once its appeal is found', () => {
    const html = [
      prose(2),
      '<p>Je leest dit artikel gratis. Dat kan omdat ruim negenhonderd lezers ons elke maand een paar euro geven.</p>',
      prose(2, 3),
      '<p>Met dat geld betalen we onder meer een verslaggever die elke raadsvergadering bijwoont.</p>',
      prose(2, 5),
      ask,
      prose(1, 7),
    ].join('');
    const kept = clean(html, outlets, headline);
    for (let n = 1; n <= 7; n++) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toMatch(/artikel gratis|Met dat geld/);
  });

  it('keeps them on a page with no appeal of its own', () => {
    const html = [
      prose(2),
      '<p>Je leest dit artikel gratis. Dat kan omdat ruim negenhonderd lezers ons elke maand een paar euro geven.</p>',
      prose(2, 3),
    ].join('');
    expect(clean(html, outlets, headline)).toContain('artikel gratis');
  });

  it('keeps a source quoted after a dash, who speaks as "we" of money', () => {
    const html = [
      prose(2),
      '<p>Gmina nie może dopłacać do systemu z innych dochodów. – Możemy tylko wybierać, czy podnosimy opłatę teraz, czy zabraknie pieniędzy – mówiła skarbnik.</p>',
      prose(2, 3),
      '<p>Wesprzyj nas: tygodnikzalesie.example/wspieram. Od 10 zł miesięcznie.</p>',
    ].join('');
    const kept = clean(html, ['Tygodnik Zalesie'], 'Opłata za śmieci w górę od stycznia');
    expect(kept).toContain('Możemy tylko wybierać');
  });
});

describe('the article as what readers paid for', () => {
  const piece =
    '<p>Este artículo es posible gracias a los lectores que apoyan el periodismo independiente en Aragón.</p>';
  const appeal =
    '<p>Más de 1.200 personas ya sostienen este diario. Si puedes, únete a ellos: con una aportación desde 3 euros al mes nos ayudas a seguir.</p><p>Hazte socio</p>';
  const headline = 'Zaragoza aprueba sus presupuestos para 2025 con el apoyo de Vox';

  it('is a piece of the appeal found on the page, with no "we" and no name', () => {
    const kept = clean(`${prose(2)}${piece}${prose(2, 3)}${appeal}`, ['Diario del Ebro'], headline);
    expect(kept).not.toContain('Este artículo es posible');
    expect(kept).toContain('Article paragraph 4:');
  });

  it('stays on a page with no appeal', () => {
    expect(clean(`${prose(2)}${piece}${prose(2, 3)}`, ['Diario del Ebro'], headline)).toContain(
      'Este artículo es posible',
    );
  });
});

describe("a paper's story about itself", () => {
  it("keeps its paragraphs on what it costs, beside the paper's own appeal", () => {
    const html = [
      '<p>The Ledger was first printed on a hand press above a saddler’s shop in 1875, and has not missed a week since.</p>',
      prose(2),
      '<p>We currently have 4,200 digital subscribers. We need 1,800 more by the end of next year to keep two reporters at the town hall.</p>',
      prose(2, 3),
      '<p>Support the Harrowgate Ledger from £4 a month: harrowgateledger.example/support</p>',
    ].join('');
    const kept = clean(
      html,
      ['The Harrowgate Ledger'],
      '150 years of the Ledger: what we got wrong, and what comes next',
    );
    expect(kept).toContain('We currently have 4,200 digital subscribers');
  });

  it("keeps a paragraph pricing another paper's subscription, in a story about the press", () => {
    const other =
      '<p>Inną drogą poszedł portal „Kalisz24”, który wprowadził paywall. Subskrypcja kosztuje 9,99 zł miesięcznie; po pół roku wykupiło ją 2 100 osób, ale ruch na stronie spadł o 30 proc.</p>';
    const html = [
      prose(3),
      other,
      prose(2, 4),
      '<p>Ten tekst przeczytasz za darmo, ale jego przygotowanie kosztowało. Jeśli cenisz rzetelne informacje z Wielkopolski, dołącz do grona naszych darczyńców.</p>',
      '<p>Wpłata 20 zł miesięcznie to koszt dwóch kaw, a dla nas – możliwość zatrudnienia kolejnego reportera.</p>',
    ].join('');
    const kept = clean(
      html,
      ['Wiadomości Wielkopolskie'],
      'Lokalne gazety stawiają na czytelników. „Reklama już nas nie utrzyma”',
    );
    expect(kept).toContain('Subskrypcja kosztuje 9,99 zł');
    expect(kept).not.toContain('dołącz do grona naszych darczyńców');
  });
});

describe("a fundraiser's story around the outlet's appeal", () => {
  it("keeps the story telling the reader what each gift brings, though it names money and says 'you'", () => {
    const ctx = {
      ...context(),
      outlets: ['Ammertaler Zeitung'],
      headline: 'Freibad Eichenau: Förderverein sammelt per Crowdfunding für die Sanierung',
    };
    const html = `${prose(3)}<p>Wer spendet, bekommt je nach Betrag ein Dankeschön: Ab 25 Euro gibt es ein Badetuch mit Vereinslogo, ab 150 Euro eine Saisonkarte für Sie und Ihre Familie.</p>${prose(2, 4)}<p>Ihnen ist Lokaljournalismus aus Eichenau etwas wert? Dann unterstützen Sie die Ammertaler Zeitung mit einem Digitalabo für 9,90 Euro im Monat.</p><p>Jeder Abschluss hilft uns, weiter aus den Gemeinderatssitzungen zu berichten.</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(kept).toContain('Wer spendet, bekommt je nach Betrag');
    expect(kept).not.toContain('Lokaljournalismus aus Eichenau');
  });
});

describe('the outlet thanking those who support it, apart from its appeal', () => {
  it('is a piece once the page carries the appeal ("Puedes leerlo entero gracias a quienes nos apoyan")', () => {
    const ctx = () => ({
      ...context(),
      outlets: ['El Altavoz del Sur'],
      headline: 'La Viña se queda sin vecinos',
    });
    const note =
      '<p>Este reportaje forma parte de nuestra serie «Barrios en venta». Puedes leerlo entero gracias a quienes nos apoyan.</p>';
    const appeal =
      '<p>Hazte socia de El Altavoz del Sur: sin tu apoyo este periodismo no existe. Desde 5 € al mes.</p>';
    const text = textOf(removeDonationAppeals(blocksFrom(`${note}${prose(3)}${appeal}`), ctx()));
    expect(text).not.toMatch(/Barrios en venta|Hazte socia/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
    const alone = textOf(removeDonationAppeals(blocksFrom(`${note}${prose(3)}`), ctx()));
    expect(alone).toContain('Barrios en venta');
  });
});

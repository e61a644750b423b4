import { describe, expect, it } from 'vitest';
import { addressesReader, cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, textOf } from '../helpers.js';

const clean = (html: string, headline = 'Frana sulla provinciale 31, Ca’ Morosini isolata'): string => {
  const ctx = { ...context(), outlets: ['Eco delle Valli'], headline };
  return textOf(removeDonationAppeals(blocksFrom(html), ctx));
};

const STORY = [
  '<p>Una frana di circa settemila metri cubi si è staccata poco dopo le tre di notte dal versante sopra Ca’ Morosini, invadendo la provinciale per ottanta metri.</p>',
  '<p>A dare l’allarme è stato un autista dello spazzaneve che rientrava in deposito e ha visto gli alberi piegarsi sulla carreggiata.</p>',
  '<p>Il geologo della Provincia ha effettuato un primo sopralluogo all’alba: ci sono ancora blocchi instabili nella parte alta del versante.</p>',
  '<p>La Provincia ha chiesto alla Regione il riconoscimento dello stato di emergenza. Il costo degli interventi urgenti è stimato in 400 mila euro.</p>',
].join('');

describe("the outlet's note at the end of the story, worded as no phrase list has it, with its button", () => {
  const CODA = [
    '<p>Stanotte eravamo in tre a seguire questa frana: uno in redazione, due sulla forestale con le torce.</p>',
    '<p>Lo facciamo da undici anni, con una redazione che sta in una stanza sopra la farmacia. Non abbiamo un editore alle spalle.</p>',
    '<p>Chi ci legge sa che quando la strada chiude, noi restiamo aperti. Per continuare abbiamo bisogno di chi sceglie di abbonarsi.</p>',
    '<p>Un abbonamento costa meno di un pieno di gasolio all’anno, ed è per questo che chiediamo a chi può.</p>',
    '<p><a href="/sostieni/">Abbonati</a></p>',
  ].join('');

  it('goes whole, after the last paragraph of the story', () => {
    const out = clean(STORY + STORY + CODA);
    for (const line of ['Stanotte', 'Lo facciamo', 'Chi ci legge', 'Un abbonamento'])
      expect(out).not.toContain(line);
    expect(out).toContain('400 mila euro');
  });

  it("leaves the editors' note that ends the story, however it speaks of the paper", () => {
    const note =
      '<p>Nota della redazione: il geologo citato in questo articolo non ha legami con il collaboratore di questo giornale che porta lo stesso nome.</p>';
    const out = clean(STORY + STORY + note + CODA);
    expect(out).toContain('Nota della redazione');
    expect(out).not.toContain('Un abbonamento');
  });

  it("goes with its own heading, its button opening a members' portal", () => {
    const portal = CODA.replace('/sostieni/', '/#/portal/signup');
    const out = clean(`${STORY}${STORY}<h2>Tenete viva la Gazzetta</h2>${portal}`);
    expect(out).not.toMatch(/Tenete viva|Lo facciamo|Un abbonamento/);
    expect(out).toContain('400 mila euro');
  });

  it('reads a page that opens on a heading over the note without failing', () => {
    expect(() => clean(`<h2>Una nota</h2>${CODA}`)).not.toThrow();
  });

  it('goes whole when a short line closes the page after it, which stays', () => {
    const out = clean(`${STORY}${STORY}${CODA}<h3>Dai Comuni</h3>`);
    expect(out).not.toContain('Lo facciamo');
    expect(out).toContain('Dai Comuni');
  });

  it('goes whole before the first paragraph too', () => {
    const out = clean(CODA + STORY + STORY);
    expect(out).not.toContain('Lo facciamo');
    expect(out).toContain('Una frana di circa');
  });

  it("stays without a button: a group's call in its own voice, which the paper printed", () => {
    const call = [
      '<p>Il consiglio della cooperativa ha chiesto al giornale di pubblicare questo appello ai soci e ai residenti.</p>',
      '<p>Cerchiamo ancora 320 mila euro. Per questo emettiamo nuove quote da 250 euro ciascuna, con un rendimento previsto del 3 per cento.</p>',
      '<p>Non lo facciamo per arricchirci: ogni euro che la batteria rende torna ai soci o al fondo del paese.</p>',
      '<p>Vi aspettiamo il 19 settembre in sala civica. Portate le vostre domande, e i vostri vicini.</p>',
    ].join('');
    const out = clean(STORY + STORY + call);
    expect(out).toContain('Cerchiamo ancora');
    expect(out).toContain('Vi aspettiamo');
  });

  it('stays when it names no money or subscription: the outlet telling how it reported', () => {
    const making = [
      '<p>Stanotte eravamo in tre a seguire questa frana: uno in redazione, due sulla forestale con le torce.</p>',
      '<p>Abbiamo parlato con i residenti delle frazioni alte e con i tecnici della Provincia fino all’alba.</p>',
    ].join('');
    expect(clean(STORY + making)).toContain('Abbiamo parlato');
  });

  it('stays in the middle of the story: a coda is at either end', () => {
    const out = clean(
      STORY.slice(0, STORY.lastIndexOf('<p>La Provincia')) +
        CODA +
        STORY.slice(STORY.lastIndexOf('<p>La Provincia')) +
        STORY,
    );
    expect(out).toContain('Lo facciamo');
  });

  it('stays when the story is about a newspaper: its money and newsroom are the subject', () => {
    const out = clean(STORY + CODA, 'Il giornale delle valli cerca nuovi abbonati');
    expect(out).toContain('Lo facciamo');
  });
});

describe("the outlet's note with a control, before the story", () => {
  const headline = 'Le HBC Val-Sorgue monte en Proligue';
  const cleanFr = (html: string): string =>
    textOf(
      removeDonationAppeals(blocksFrom(html), {
        ...context(),
        outlets: ['Le Courrier du Val-Sorgue'],
        headline,
      }),
    );
  const STORY_FR = [
    '<p>C’est fait. Le Handball Club du Val-Sorgue évoluera en Proligue la saison prochaine, une première dans l’histoire du club.</p>',
    '<p>Devant 1 800 spectateurs, soit plus que la capacité officielle de la salle, les Sorguais ont dominé Sélestat de six buts.</p>',
    '<p>L’entraîneur a salué un groupe qui a perdu un seul match à domicile de toute la saison régulière.</p>',
    '<p>Le club doit désormais présenter un budget conforme aux exigences de la ligue avant la fin du mois de juin.</p>',
  ].join('');

  it('goes whole when it speaks of money in its voice and ends on its button, even without naming its newsroom', () => {
    const note = [
      '<p>1 942 abonnés sur 2 000</p>',
      '<p>Pourquoi on vous le demande</p>',
      '<p>Nous étions à la salle ce soir, comme à chaque match de la saison, même à 200 kilomètres.</p>',
      '<p>L’abonnement numérique : 6,90 € par mois.</p>',
      '<p><a href="/soutenir/">Je m’abonne</a></p>',
    ].join('');
    const out = cleanFr(note + STORY_FR + STORY_FR);
    expect(out).not.toContain('Nous étions');
    expect(out).not.toContain('6,90');
    expect(out).toContain('C’est fait');
  });

  it("keeps the story's last long paragraph with one word that only looks like a 'we' verb", () => {
    const last =
      '<p>La ligue examinera le dossier dans les prochains jours. Les supporters pourront acheter leurs abonnements de saison à partir du 1er juillet, au prix de 90 euros, et les próximos billets seront en vente au guichet.</p>';
    const note = '<p>Nous étions à la salle ce soir.</p><p>Encore 58 abonnés : 4 € par mois</p>';
    expect(cleanFr(STORY_FR + last + note)).toContain('La ligue examinera');
  });
});

describe('service journalism that speaks to the reader', () => {
  it("stays: advice on the story's subject, with more of the story after it", () => {
    const html = [
      '<p>Mauvaise nouvelle pour les abonnés : la plateforme Cinévia relève ses prix à partir du mois prochain, pour toutes ses formules.</p>',
      '<p>La formule avec publicité passe de 5,99 € à 7,49 € par mois, et la formule sans publicité de 10,99 € à 13,99 €, selon le courriel envoyé aux clients.</p>',
      '<p>L’entreprise justifie cette hausse par l’envolée du coût des droits sportifs et par ses investissements dans les productions françaises.</p>',
      '<p>Si vous ne souhaitez pas payer davantage, vous pouvez résilier votre abonnement sans frais jusqu’à la veille de la hausse.</p>',
      '<p>Une avocate en droit de la consommation a répondu à nos questions sur ce que vous pouvez faire.</p>',
      '<p>Cinévia a-t-elle le droit de changer ses prix ?</p>',
      '<p>Oui, si ses conditions générales le prévoient et si le client est averti un mois à l’avance, par écrit, de la nouvelle grille tarifaire.</p>',
    ].join('');
    const ctx = {
      ...context(),
      outlets: ['Le Courrier du Rhône'],
      headline: 'Cinévia augmente ses prix : que faire ?',
    };
    const out = textOf(removeDonationAppeals(blocksFrom(html), ctx));
    expect(out).toContain('vous pouvez résilier');
    expect(out).toContain('répondu à nos questions');
  });
});

describe('"onze"', () => {
  it('is Dutch "our", not French or Portuguese eleven', () => {
    expect(
      addressesReader('steun onze redactie met een bijdrage', 'Steun onze redactie met een bijdrage'),
    ).toBe(true);
    expect(
      addressesReader(
        'les onze films de cette édition seront diffusés',
        'Les onze films de cette édition seront diffusés',
      ),
    ).toBe(false);
    expect(addressesReader('foram onze jogos sem perder', 'Foram onze jogos sem perder')).toBe(false);
  });
});

describe('"rendez-vous"', () => {
  it('is a meeting, not French "you"; "abonnez-vous" still turns to the reader', () => {
    const line = 'Prochain rendez-vous le 19 décembre, avec Haydn et Fanny Mendelssohn.';
    expect(addressesReader(line.toLowerCase(), line)).toBe(false);
    expect(
      addressesReader('abonnez-vous à la lettre du dimanche', 'Abonnez-vous à la lettre du dimanche'),
    ).toBe(true);
  });
});

describe('a headline calling the outlet by a short form of its name', () => {
  it('makes the story one about the outlet', () => {
    expect(cuePage(['The Harrowgate Ledger'], '150 years of the Ledger: what we got wrong').aboutOutlet).toBe(
      true,
    );
    expect(cuePage(['Folha do Vale do Jaguari'], 'Folha do Vale completa 50 anos').aboutOutlet).toBe(true);
  });

  it('does not take the place the name ends with for it', () => {
    expect(
      cuePage(['El Mirador de Torrealba'], 'Los vecinos de Torrealba reúnen 48.000 euros').aboutOutlet,
    ).toBe(false);
    expect(cuePage(['Kurier Zawarcia'], 'Od kwietnia mieszkańcy Zawarcia zapłacą więcej').aboutOutlet).toBe(
      false,
    );
    expect(cuePage(['The Harrowgate Ledger'], 'Council ledger shows a deficit').aboutOutlet).toBe(false);
  });
});

describe("a share label after a correction in the outlet's voice", () => {
  it('is no control of an appeal: the correction stays', () => {
    const story = [
      '<p>Od poniedziałku mieszkańcy mogą zapisywać się do nowego miejskiego newslettera i alertów SMS o awariach oraz utrudnieniach.</p>',
      '<p>Newsletter będzie wysyłany raz w tygodniu, w czwartek rano. Znajdą się w nim komunikaty urzędu i zapowiedzi wydarzeń.</p>',
      '<p>Wdrożenie systemu kosztowało 86 tys. zł. Roczny koszt wysyłki SMS-ów urząd szacuje na około 40 tys. zł.</p>',
      '<p>Urząd zapewnia, że dane zapisanych osób nie będą wykorzystywane do innych celów, a zgodę można wycofać.</p>',
    ].join('');
    const correction =
      'Aktualizacja, godz. 15.40: W pierwotnej wersji tekstu podaliśmy, że alerty SMS są płatne. To nieprawda. Przepraszamy za pomyłkę.';
    const ctx = {
      ...context(),
      outlets: ['Echo Zalesia'],
      headline: 'Ratusz uruchamia newsletter i alerty SMS',
    };
    const out = textOf(
      removeDonationAppeals(
        blocksFrom(`${story}<p>${correction}</p><p><a href="#">Podziel się:</a></p>`),
        ctx,
      ),
    );
    expect(out).toContain('Aktualizacja, godz. 15.40');
  });
});

describe("the outlet's note opening with a greeting", () => {
  it("starts at its greeting: the story's last paragraph before it stays, though it speaks in 'we'", async () => {
    const { extract } = await import('../../../src/index.js');
    const story = [
      'Marek Zawadzki zaczyna pracę o wpół do trzeciej. Najpierw zakwas, potem piec, potem ciasto na pierwszą partię żytniego. O czwartej w oknie przy Ogrodowej 14 zapala się światło i pierwsi klienci – taksówkarze, pielęgniarki z nocnej zmiany – pukają w szybę, choć oficjalnie piekarnia otwiera się o szóstej.',
      'Piekarnię Pod Zegarem założył w 1935 roku jego dziadek, Stanisław, czeladnik z Wilna. Zegar nad wejściem, który dał jej nazwę, kupił od zegarmistrza z sąsiedniej bramy za trzy worki mąki. Działa do dziś, choć, jak przyznaje Marek, „spieszy się pięć minut od zawsze i nikt tego nie rusza”.',
      'Po wojnie zakład został upaństwowiony i przez ponad trzydzieści lat funkcjonował jako punkt Społem. Ojciec Marka, Jerzy, pracował w nim jako kierownik zmiany we własnej piekarni. Odzyskał ją w 1991 roku, razem z piecem, którego nikt nie zdołał przez te lata zastąpić elektrycznym.',
      'Piec jest opalany bukowym drewnem i mieści jednocześnie 120 bochenków. Nagrzewa się trzy godziny. – Elektryczny byłby tańszy i szybszy, liczyłem to sto razy – mówi Marek. – Ale wtedy to byłby inny chleb. Ludzie by wyczuli.',
      'Od dwóch lat przy piecu stoi też jego córka, Julia. Skończyła technologię żywności, przez rok pracowała w piekarni rzemieślniczej w Kopenhadze. To ona namówiła ojca na chleb na zakwasie orkiszowym i na niedzielne drożdżówki z rabarbarem, które znikają przed dziewiątą.',
      'Kamienica przy Ogrodowej ma nowego właściciela, który zapowiada remont elewacji. Zawadzcy mają umowę najmu do 2032 roku. – Zegar zostaje, to mamy na piśmie – zapewnia Julia. – Co do reszty, zobaczymy.',
    ];
    const note = [
      '<p>Drogi Czytelniku, Droga Czytelniczko,</p>',
      '<p>Kwartał piszą trzy osoby i pies redakcyjny. Nie sprzedajemy Twoich danych i nie wciskamy Ci reklam kredytów. Zamiast tego prosimy wprost: jeśli lubisz takie historie, dorzuć się do kolejnych.</p>',
      '<div class="c-5ab0"><div><button type="button">Jednorazowo</button><button type="button">Co miesiąc</button></div><div><button type="button">10 zł</button><button type="button">20 zł</button><button type="button">50 zł</button><button type="button">Inna kwota</button></div><div><button type="submit">Dalej</button></div><div><img src="/pay/blik.svg" alt="BLIK" width="44"><img src="/pay/visa.svg" alt="Visa" width="40"></div></div>',
      '<p>Wolisz przelew tradycyjny? Fundacja Kwartał, nr konta 61 1090 1014 0000 0712 1981 2874, tytuł: darowizna.</p>',
      '<p><a href="https://patronite.example/kwartal">Zostań Patronem na Patronite</a></p>',
    ].join('');
    const headline = 'Chleb o czwartej rano. Piekarnia Pod Zegarem ma 90 lat i trzecie pokolenie przy piecu';
    const html = `<html lang="pl"><head><title>${headline} | Kwartał</title><meta property="og:site_name" content="Kwartał"></head><body><article><h1>${headline}</h1><div class="field--name-body">${story.map((x) => `<p>${x}</p>`).join('')}${note}</div><div class="field--name-field-tags"><div>#Śródmieście #piekarnia #rzemiosło</div></div></article></body></html>`;
    const { text } = extract(html, { url: 'https://kwartal.example/ludzie/piekarnia-pod-zegarem/' });
    expect(text).toContain('Zegar zostaje, to mamy na piśmie');
    expect(text).not.toMatch(/Drogi Czytelniku|dorzuć się|Patronite/);
  });
});

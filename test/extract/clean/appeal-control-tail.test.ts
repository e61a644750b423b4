import { describe, expect, it } from 'vitest';
import { appealCues, cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('appeals that end in their controls', () => {
  it('counts a lone link to a support page as a control, not a link inside a sentence', () => {
    const [lone, inSentence, other] = blocksFrom(
      '<p><a href="/support?src=inline">Back the paper</a></p><p>Read <a href="/support">this</a> first, he said.</p><p><a href="/news/42">Next story</a></p>',
    );
    expect(appealCues(lone!).link).toBe(true);
    expect(appealCues(inSentence!).link).toBe(false);
    expect(appealCues(other!).link).toBe(false);
  });

  it("gives a comment form's prompt to subscribe no cue: the comments pass takes it with its thread", () => {
    const [prompt, ask] = blocksFrom(
      '<p>Vous devez être abonné pour réagir.</p><p>Abonnez-vous pour soutenir notre rédaction.</p>',
    );
    const page = cuePage(['Le Relais Alpin'], 'Grenoble : la zone à faibles émissions s’étend');
    const cues = appealCues(prompt!, page);
    expect([cues.ask, cues.appeal, cues.voice, cues.control]).toEqual([0, 0, false, false]);
    expect(appealCues(ask!, page).ask).toBeGreaterThan(0);
  });

  it('removes an outlet-voice block worded with no listed phrase when a support link follows', () => {
    const voice = '<p>Every week we cross on the same ferries to bring you the island news that matters.</p>';
    const html = `${prose(4)}${voice}<p><a href="/support">Back the Herald</a></p><p><a href="#later">Not now, ask me next week</a></p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Article paragraph 4');
    expect(kept).not.toContain('bring you');
    expect(kept).not.toContain('Back the Herald');
    expect(kept).not.toContain('ask me next week');
  });

  it('keeps a fundraising article’s third-person paragraph before the fundraiser’s donate link', () => {
    const line =
      '<p>The group needs another £27,000 before it can sign a building contract, its leader said.</p>';
    const html = `${prose(4)}${line}<p><a href="https://fundraiser.example/donate">Donate to the scouts</a></p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('another £27,000');
  });
});

describe('the outlet’s own appeal after a story about a fundraiser', () => {
  const withOutlet = () => ({
    ...context(),
    outlets: ['Millbrook Voice'],
    headline: 'Scout hut appeal raises £48,000',
  });

  it('removes a last line that opens with the outlet’s name and speaks of donations', () => {
    const html = `${prose(4)}<p>“If people can give even a few pounds, please do,” she said.</p><p>Millbrook Voice runs on donations too.</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), withOutlet()));
    expect(kept).toContain('please do');
    expect(kept).not.toContain('runs on donations');
  });

  it('keeps a last line that only names the outlet (a dateline)', () => {
    const html = `${prose(4)}<p>Millbrook Voice (Millbrook) First published 1 February 2016</p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), withOutlet()));
    expect(kept).toContain('First published');
  });

  it('removes an ask, one plain line and the button, keeping the article line before them', () => {
    const html = `${prose(4)}<p>Works could start in spring if the money arrives in time, the organisers said.</p><p>Millbrook Voice needs you too.</p><p>Four journalists, one office, no owner.</p><p><a href="/support">Become a supporter</a></p>`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), withOutlet()));
    expect(kept).toContain('the organisers said');
    expect(kept).not.toContain('needs you too');
    expect(kept).not.toContain('Four journalists');
  });

  it("keeps a third-person sentence of the story between the outlet's ask and its button", () => {
    const html = `${prose(4)}<p>Want us to keep covering what the big papers skip? Support Millbrook Voice from £3.</p><p>The parish council will take up the case at its meeting on 28 March, residents said.</p><p><a href="/support">Become a supporter</a></p>${prose(1, 5)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), withOutlet()));
    expect(kept).toContain('The parish council will take up the case');
    expect(kept).not.toContain('Want us to keep covering');
  });

  it('keeps an article paragraph between an appeal fragment and a voiced thank-you before the button', () => {
    const html = `${prose(3)}<p>If you value an independent paper, please support us with a monthly gift.</p><p>Parents on the waiting list can apply for a transfer from March, the council said in a statement.</p><p>Thank you for reading us and helping us work.</p><p><a href="/support">Support the paper</a></p>${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), context()));
    expect(kept).toContain('Parents on the waiting list');
    expect(kept).not.toContain('Support the paper');
  });
});

describe('a story about a fundraiser, with the outlet’s own appeal inside it', () => {
  const story =
    '<p>Громадське радіо «Волинь FM», яке з 2015 року мовить у Луцьку, оголосило збір 600 тисяч гривень на новий передавач після жовтневих відключень.</p>' +
    '<p>На зустріч прийшли близько 90 людей. Радіо звітувало: торік 58% бюджету покрили внески слухачів, решту дали гранти та місцева реклама.</p>' +
    '<blockquote><p>Підтримайте нас, якщо хочете, щоб у Луцьку лишився ефір, який не купиш. Кожні сто гривень — це година мовлення.</p></blockquote>' +
    '<p>Звернення, яке озвучив ведучий ранкового шоу Тарас Бондар, уже зібрало 212 тисяч гривень за три дні.</p>' +
    "<p>«Луцький Кур'єр» теж не має власника, крім читачів. Станьте одним із 900 його членів.</p>" +
    '<p>Міська рада заявила, що може частково профінансувати передавач із програми розвитку громади.</p>';
  const ctx = (headline: string) => ({ ...context(), outlets: ["Луцький Кур'єр"], headline });

  it('keeps the ask the story quotes (a blockquote: not the outlet’s voice) and removes the outlet’s appeal', () => {
    const kept = textOf(
      removeDonationAppeals(
        blocksFrom(story),
        ctx('Громадське радіо «Волинь FM» збирає 600 тисяч гривень на новий передавач'),
      ),
    );
    expect(kept).toContain('Підтримайте нас');
    expect(kept).not.toContain('не має власника');
  });

  it('takes the same ask as a fragment of the outlet’s appeal when the story is about something else', () => {
    const kept = textOf(removeDonationAppeals(blocksFrom(story), ctx('Радіо «Волинь FM» змінює частоту')));
    expect(kept).not.toContain('Підтримайте нас');
    expect(kept).not.toContain('не має власника');
  });
});

describe('fundraiser headlines', () => {
  it('include membership drives, in several languages', () => {
    for (const headline of [
      "L'Eco di Città Alta chiede ai lettori di diventare soci",
      'Choir launches membership drive before its centenary',
      'Kleingartenverein sucht neue Mitglieder',
      'Громадське радіо збирає 600 тисяч гривень',
    ]) {
      expect(cuePage([], headline).aboutFundraiser, headline).toBe(true);
    }
    expect(cuePage([], 'Il giornale cambia sede').aboutFundraiser).toBe(false);
  });

  it('include food banks and their collections, whose drives live on gifts', () => {
    for (const headline of [
      'La Gran Recogida del Banco de Alimentos supera las 300 toneladas',
      'Food bank shelves empty a week before Christmas',
      'La Banque alimentaire du Gers lance sa collecte',
      'Il teatro ricomprato: 180 mila euro raccolti in un mese',
    ]) {
      expect(cuePage([], headline).aboutFundraiser, headline).toBe(true);
    }
  });
});

describe('a club’s call for members in a story about its drive (quoted, then as a slogan)', () => {
  const html = `${prose(2)}<blockquote><p>We vragen iedereen in Hierden om mee te doen. Word lid, kom vrijwilligen, of steun ons met een bouwsteen van 25 euro.</p></blockquote><p>Zonder jullie geen korfbal in Hierden: word lid, word vriend van de club.</p>${prose(2, 3)}`;
  const kept = (headline: string) =>
    textOf(removeDonationAppeals(blocksFrom(html), { ...context(), headline }));

  it('stays when the headline is about the drive: no name, control or voice of the outlet', () => {
    expect(kept('Korfbalclub Hierden zoekt 150 nieuwe leden en sponsors voor eigen hal')).toContain(
      'We vragen iedereen',
    );
    expect(kept('Gemeente Harderwijk verhoogt de parkeertarieven')).not.toContain('We vragen iedereen');
  });
});

describe('a longer block that opens with the outlet’s name', () => {
  const signal = () => ({
    ...context(),
    outlets: ['The Prairie Signal'],
    headline: 'Buried fungi helped wheat survive the drought',
  });
  const about =
    'The Signal has four reporters covering an area larger than some countries. We drive the gravel roads, sit in the hearing rooms and read the crop reports so you don’t have to, and almost all of our money comes straight from the people who read us.';

  it('goes with the appeal it opens when it speaks as the outlet', () => {
    const html = `${prose(3)}<p>${about}</p><p>If this story was worth your morning, please consider putting $8 a month toward the next one.</p>${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), signal()));
    for (let i = 1; i <= 4; i++) expect(kept).toContain(`Article paragraph ${i}:`);
    expect(kept).not.toMatch(/four reporters|worth your morning/);
  });

  it('stays when it reports what the outlet found', () => {
    const report =
      'The Signal reported in March that eleven farms had joined the trial, and the university has since confirmed the figure in a statement sent to growers across the province and to local extension offices.';
    const html = `${prose(3)}<p>${report}</p><p>If this story was worth your morning, please consider putting $8 a month toward the next one.</p>${prose(1, 4)}`;
    const kept = textOf(removeDonationAppeals(blocksFrom(html), signal()));
    expect(kept).toContain('eleven farms had joined');
  });
});

describe("the story's last paragraph in the outlet's voice before the appeal's counter box", () => {
  it('stays: a bare counter line takes no cueless paragraph of another container with it', () => {
    const story = [
      'Wir haben 41 Verträge für Solarparks ausgewertet. In fast jedem dritten verpflichtet sich die Gemeinde zum Schweigen.',
      'Als der Gemeinderat von Hollerbach 2023 über den Solarpark am Mühlberg abstimmte, kannte niemand die Pacht der Nachbarorte.',
      'In 14 der Verträge findet sich eine Klausel, die es der Gemeinde verbietet, die Konditionen öffentlich zu machen.',
      'Kurz in eigener Sache: Für diese Recherche haben zwei Reporter neun Monate gearbeitet und 2.100 Euro an Gebühren bezahlt.',
      'Für jede neue Recherche dieser Größe brauchen wir 90 zusätzliche Mitglieder. Werden Sie eines davon – ab 5 Euro im Monat.',
      'Der Branchenverband verweist auf Geschäftsgeheimnisse. Mehrere Landesrechnungshöfe sehen das anders.',
      'Alle Verträge, die wir auswerten konnten, stellen wir anonymisiert in unserer Datenbank zur Verfügung. Kommunen, die nachverhandeln wollen, können die Daten kostenfrei nutzen.',
    ];
    const counter =
      '<div class="c-71"><div class="c-72">1.840 Mitglieder</div><div class="c-72">Ziel bis Jahresende: 2.500</div><div role="progressbar" aria-valuenow="74"><div style="width:74%"></div></div></div>';
    const html = `<html lang="de"><head><title>Schweigen gegen Pacht | Fernsicht</title><meta property="og:site_name" content="Fernsicht"></head><body><article><h1>Schweigen gegen Pacht</h1><div class="body">${story.map((t) => `<p>${t}</p>`).join('')}${counter}</div></article></body></html>`;
    const { text } = extract(html, { url: 'https://fernsicht.example/solar/' });
    expect(text).toContain('Alle Verträge, die wir auswerten konnten');
    expect(text).not.toMatch(/Werden Sie eines davon|1\.840 Mitglieder/);
  });
});

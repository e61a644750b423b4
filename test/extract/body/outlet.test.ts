import { describe, expect, it } from 'vitest';
import { headlineOf, outletNames, titleAffix } from '../../../src/extract/body/outlet.js';
import { extractFromHtml } from '../../../src/extract/index.js';

describe('outletNames', () => {
  it('reads og:site_name and the <title> suffix after a separator', () => {
    expect(
      outletNames(['Bridge to close for repairs | The Harbour Times'], ['Harbour Times Online']),
    ).toEqual(['Harbour Times Online', 'The Harbour Times']);
    expect(outletNames(['Сбор на хоспис — Северный вестник'], [])).toEqual(['Северный вестник']);
    expect(outletNames(['能登の観光客数が回復 | みなと新報'], [])).toEqual(['みなと新報']);
  });

  it('splits Chinese and Japanese titles at a full-width bar, or "|" and "_" between CJK characters', () => {
    expect(outletNames(['能登の観光客数が回復｜みなと新報'], [])).toEqual(['みなと新報']);
    expect(outletNames(['地铁6号线明年开通_科技_江城视点'], [])).toEqual(['江城视点']);
    expect(outletNames(['地铁6号线明年开通|江城视点'], [])).toEqual(['江城视点']);
    // A lone French quote mark separates; a quoted phrase's pair does not.
    expect(outletNames(["Le pont ferme trois mois « L'Eco di Ivrea"], [])).toEqual(["L'Eco di Ivrea"]);
    expect(outletNames(['Les ligneurs dénoncent des quotas « intenables »'], [])).toEqual([]);
    // Between Latin letters "_" and an unspaced "|" are part of a word or name.
    expect(outletNames(['Read_me|now'], [])).toEqual([]);
  });

  it("reads the brand before a site name's descriptor as a name too", () => {
    expect(outletNames([], ['Weitblick – Recherchekollektiv'])).toEqual([
      'Weitblick – Recherchekollektiv',
      'Weitblick',
    ]);
    expect(outletNames([], ['Відлуння. Розслідування'])).toEqual(['Відлуння. Розслідування', 'Відлуння']);
    expect(outletNames([], ['Harbour Times'])).toEqual(['Harbour Times']);
    // An initial's full stop is no descriptor's.
    expect(outletNames([], ['St. Louis Courier'])).toEqual(['St. Louis Courier']);
  });

  it('splits at decorations and leaves them off the name', () => {
    expect(outletNames(['Cantines : le repas passe à 3,40 euros ✦ Écho de la Maine'], [])).toEqual([
      'Écho de la Maine',
    ]);
    expect(outletNames(['El puente estrena luces ..:: Extremadura al Día ::..'], [])).toEqual([
      'Extremadura al Día',
    ]);
    expect(headlineOf(['El puente estrena luces ..:: Extremadura al Día ::..'], ['Extremadura al Día'])).toBe(
      'El puente estrena luces',
    );
  });

  it("takes no name from a headline's second clause in lower case", () => {
    expect(outletNames(['Waschsalon macht zu – und wird zum Repair-Café'], ['Kiezkurier Ostend'])).toEqual([
      'Kiezkurier Ostend',
    ]);
  });

  it('takes no name from a title without a separator, a section word or a lower-case suffix', () => {
    expect(outletNames(['Bridge to close for repairs'], [])).toEqual([]);
    expect(outletNames(['Bridge to close for repairs - News'], [])).toEqual([]);
    expect(outletNames(['Bridge to close - what residents need to know'], [])).toEqual([]);
    expect(
      outletNames(['Mayor: the bridge closes - and reopens in May, after the council vote'], []),
    ).toEqual([]);
  });
});

describe('headlineOf', () => {
  it('cuts the outlet off the longest title', () => {
    expect(headlineOf(['Bridge to close | The Harbour Times', 'Bridge'], ['The Harbour Times'])).toBe(
      'Bridge to close',
    );
    expect(headlineOf(['小学校3校、仮設校舎に｜安曇野タイムズ'], ['安曇野タイムズ'])).toBe(
      '小学校3校、仮設校舎に',
    );
  });

  it('cuts a name joined to the title with no space, as CJK titles join it, and no word it ends', () => {
    expect(headlineOf(['金沢市の路線バス、来春から減便：北陸ちいき新聞'], ['北陸ちいき新聞'])).toBe(
      '金沢市の路線バス、来春から減便',
    );
    expect(headlineOf(['南洋街坊报-社区食堂开张'], ['南洋街坊报'])).toBe('社区食堂开张');
    expect(headlineOf(['Umfrage zur Zeitung'], ['Zeitung'])).toBe('Umfrage zur Zeitung');
    expect(headlineOf(['Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten'], ['Privatkredit'])).toBe(
      'Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten',
    );
  });

  it('cuts a name that holds a separator itself, whole, at either end', () => {
    const outlets = ['Lumen – giornale dell’esilio', 'Lumen'];
    expect(headlineOf(['L’archivio cancellato in una notte | Lumen – giornale dell’esilio'], outlets)).toBe(
      'L’archivio cancellato in una notte',
    );
    expect(headlineOf(['Lumen – giornale dell’esilio | L’archivio cancellato in una notte'], outlets)).toBe(
      'L’archivio cancellato in una notte',
    );
  });
});

describe('the outlet for the cleaners', () => {
  it("takes metadata's site name (here JSON-LD publisher) when no og:site_name or title suffix names it", () => {
    const article = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the council voted on Tuesday to close the old swimming pool in March, and the new one will open in 2028.</p>`,
    ).join('');
    const page = (head: string) =>
      `<html><head><title>Council closes the old swimming pool</title>${head}</head><body><article><h1>Council closes the old swimming pool</h1>${article}<p>Valley Courier is written in this valley and needs your help: back it with a monthly gift.</p></article></body></html>`;
    const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council closes the old swimming pool","publisher":{"@type":"Organization","name":"Valley Courier"}}`;
    const { text } = extractFromHtml(page(`<script type="application/ld+json">${ld}</script>`));
    expect(text).toContain('Paragraph 4:');
    expect(text).not.toContain('Valley Courier is written');
    // Without any source naming the outlet, the line has too few cues of its own.
    expect(extractFromHtml(page('')).text).toContain('Valley Courier is written');
  });
});

describe('titleAffix', () => {
  it('gives the site part metadata cut off a title, at either end, when it is a name', () => {
    expect(titleAffix('Gazeta do Seridó: Caicó decreta racionamento', 'Caicó decreta racionamento')).toBe(
      'Gazeta do Seridó',
    );
    expect(titleAffix('Caicó decreta racionamento ~ Gazeta do Seridó', 'Caicó decreta racionamento')).toBe(
      'Gazeta do Seridó',
    );
    // No cut, or a lower-case rest that is a second headline part, gives none.
    expect(titleAffix('Caicó decreta racionamento', 'Caicó decreta racionamento')).toBeNull();
    expect(titleAffix('Caicó decreta racionamento: what it means', 'Caicó decreta racionamento')).toBeNull();
    expect(titleAffix('Something else entirely', 'Caicó decreta racionamento')).toBeNull();
  });
});

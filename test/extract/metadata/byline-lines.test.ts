import { describe, expect, it } from 'vitest';
import { cjkCreditNames, readRow } from '../../../src/extract/metadata/headline-rows.js';

const namesOfRow = (line: string) => readRow(line).names;

import { metadataOf, page } from './helpers.js';

const article = (inner: string) =>
  page('', `<header><a href="/">Home</a></header><article><h1>T</h1>${inner}</article>`);

describe('bylines written as a plain line of text', () => {
  it('reads "Von", "Auteur :", "Text von" and "Blog Beitrag von" lines in the article', () => {
    expect(metadataOf(article('<h5><em>Von Leonora Holling</em></h5><p>Text.</p>')).authors).toEqual([
      'Leonora Holling',
    ]);
    expect(metadataOf(article('<p>Body text here.</p><p>Auteur : Kossivi Tiassou </p>')).authors).toEqual([
      'Kossivi Tiassou',
    ]);
    const credits = '<p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p>';
    expect(metadataOf(article(credits)).authors).toEqual(['Christian Seiler']);
    expect(metadataOf(article('<p>Blog Beitrag von Margarita Koreneva</p>')).authors).toEqual([
      'Margarita Koreneva',
    ]);
  });

  it("reads a Chinese or Japanese credit line at the article's end", () => {
    const ja = (inner: string) =>
      page(
        '',
        `<article><h1>見出し</h1><p>一段落目です。</p><p>二段落目です。</p><p>三段落目です。</p><p>四段落目です。</p>${inner}</article><footer>© 2025</footer>`,
        'ja',
      );
    expect(metadataOf(ja('<p>取材：藤原亮（倉敷支局）</p>')).authors).toEqual(['藤原亮']);
    expect(metadataOf(ja('<p>取材：<a href="/a/1">松本 健太郎</a>（大垣支局）</p>')).authors).toEqual([
      '松本 健太郎',
    ]);
    // A long line that merely opens with "文：" is prose.
    expect(
      metadataOf(
        ja('<p>文：この記事では市の予算と住民の声を取り上げ、今後の課題について詳しく考えてみます。</p>'),
      ).authors,
    ).toEqual([]);
  });

  it('reads a lead-in in its own element followed by the name', () => {
    const html = article(
      '<div class="meta"><span class="sr">| By </span>\n <span>Cara Stiles</span> |\n <time>April 13, 2020</time></div>',
    );
    expect(metadataOf(html).authors).toEqual(['Cara Stiles']);
  });

  it('prefers a person line over an organisation given as the author meta', () => {
    const html = page(
      '<meta name="author" content="Bund der Energieverbraucher e.V.">',
      '<article><h1>T</h1><p class="bodytext">Von Claudia Lindner</p></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Claudia Lindner']);
  });

  it('treats an author meta carrying the page address as the site', () => {
    const html = page(
      '<meta name="author" content="Deutsche Welle (www.dw.com)">',
      '<article><h1>T</h1><p>Auteur : Kossivi Tiassou</p></article>',
    );
    expect(metadataOf(html, 'https://www.dw.com/fr/a-1').authors).toEqual(['Kossivi Tiassou']);
    // Without --url, the canonical address tells the host.
    const canonical = html.replace(
      '<meta name="author"',
      '<link rel="canonical" href="https://www.dw.com/fr/a-1"><meta name="author"',
    );
    expect(metadataOf(canonical).authors).toEqual(['Kossivi Tiassou']);
  });

  it('ignores prose, headings and lines in comments or sidebars', () => {
    expect(metadataOf(article('<h2>Von Null auf Hundert</h2>')).authors).toEqual([]);
    expect(metadataOf(article('<p>By 2030, Berlin will be different.</p>')).authors).toEqual([]);
    expect(metadataOf(article('<p>By the way, Jane Doe said so.</p>')).authors).toEqual([]);
    const elsewhere =
      '<p>Text.</p></article><aside><p>By Side Writer</p></aside><div id="comments"><p>Von Troll Person</p></div><article>';
    expect(metadataOf(article(elsewhere)).authors).toEqual([]);
  });

  it('takes the line after the headline over one before it', () => {
    const html = page(
      '',
      '<div><p>By Teaser Writer</p></div><article><h1>T</h1><p>By Jane Doe</p></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Jane Doe']);
  });

  it('takes a user handle after a lead-in that never opens prose, unless a line names a person', () => {
    const submitted =
      '<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017</div>';
    expect(metadataOf(article(submitted)).authors).toEqual(['rasos']);
    const both = `${submitted}<p>Blog Beitrag von Margarita Koreneva</p>`;
    expect(metadataOf(article(both)).authors).toEqual(['Margarita Koreneva']);
    expect(metadataOf(article('<div>Posted by kovarex, TOGos, Albert on 2019-02-15</div>')).authors).toEqual([
      'kovarex',
      'TOGos',
      'Albert',
    ]);
    // After a plain "by", a lowercase word is prose.
    expect(metadataOf(article('<p>by rasos</p>')).authors).toEqual([]);
    // A one-word lead-in takes a handle only with its colon: "Author information" is a heading.
    expect(metadataOf(article('<h2>Author information</h2>')).authors).toEqual([]);
    expect(metadataOf(article('<p>Autor: rasos</p>')).authors).toEqual(['rasos']);
  });
});

describe('a name-and-date row under the headline', () => {
  it('reads "Name · date" rows in several scripts and separators', () => {
    expect(namesOfRow('Соломія Гнатів · 22 серпня 2024')).toEqual(['Соломія Гнатів']);
    expect(namesOfRow('Jane Doe | March 3, 2025, 10:15 am')).toEqual(['Jane Doe']);
    expect(namesOfRow('Jane Doe and John Roe — 03.03.2025')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('ends a Chinese credit at "丨" before the date', () => {
    expect(cjkCreditNames(['记者 孙晓峰丨2025年05月16日 14:20'])).toEqual(['孙晓峰']);
  });

  it('parts a CJK row at the space before each label', () => {
    const row = readRow('2025-03-14 12:31 来源：姑苏晚报 作者：张伟 阅读：3,812');
    expect(row.names).toEqual(['张伟']);
    expect(row.date).toEqual({ year: 2025, month: 3, day: 14, time: { hour: 12, minute: 31, second: 0 } });
  });

  it('ignores rows without a bare date after the names, and datelines', () => {
    expect(namesOfRow('Jane Doe · Politics')).toEqual([]);
    expect(namesOfRow('Kyiv, 3 March 2025')).toEqual([]);
    expect(namesOfRow('Politics · 3 March 2025')).toEqual([]);
    expect(namesOfRow('Jane Doe · The council met on 3 March 2025 to discuss the budget again')).toEqual([]);
  });

  it('reads "date · Name", "Published on date by Name" and "Erstellt am date | Name" rows', () => {
    expect(namesOfRow('14.03.2025 · Anna Müller')).toEqual(['Anna Müller']);
    expect(namesOfRow('Veröffentlicht am 14. März 2025 von Anna Müller')).toEqual(['Anna Müller']);
    expect(namesOfRow('14.03.2025, 10:15 Uhr von Anna Müller')).toEqual(['Anna Müller']);
    expect(namesOfRow('Posted on March 14, 2025 by Jane Doe')).toEqual(['Jane Doe']);
    expect(namesOfRow('Erstellt am 14.03.2025 | Anna Müller')).toEqual(['Anna Müller']);
    // Prose around the date: the names are not a byline.
    expect(namesOfRow('Die Brücke wird am 14. März 2025 von Anna Müller eröffnet')).toEqual([]);
  });

  it('dates a row that says nothing but the date and its lead-in', () => {
    expect(readRow('Veröffentlicht am 14. März 2025 um 10:15 Uhr').date).toEqual({
      year: 2025,
      month: 3,
      day: 14,
      time: { hour: 10, minute: 15, second: 0 },
      offset: undefined,
    });
    // "08h12" is a time, not a word of prose; lead-ins in other languages say nothing else either.
    expect(readRow('Publié le 16/01/2025 à 08h12 | Par Antoine Lefort')).toMatchObject({
      names: ['Antoine Lefort'],
      date: { year: 2025, month: 1, day: 16, time: { hour: 8, minute: 12 } },
    });
    expect(readRow('Opublikowano: 21.05.2025, godz. 6:00').date).toMatchObject({ day: 21 });
    expect(readRow('22 мая 2025 г., 07:15').date).toMatchObject({ day: 22 });
    expect(readRow('Publicado em 22/08/2024 às 14h32').date).toMatchObject({ day: 22 });
    expect(readRow('Die Brücke wird am 14. März 2025 eröffnet').date).toBeNull();
    expect(readRow('Aktualisiert am 16. März 2025').date).toBeNull();
  });

  it('takes the date of a row under the h1 when no element is marked as a date', () => {
    const html = page('', '<h1>Neue Brücke eröffnet</h1><p>Veröffentlicht am 14. März 2025</p><p>Text.</p>');
    expect(metadataOf(html).publishedAt).toBe('2025-03-14');
  });

  it('takes the row right below the h1 when no other source names a person', () => {
    const html = page(
      '<title>Street theatre festival opens</title>',
      '<h1>Street theatre festival opens</h1><div>Соломія Гнатів · 22 серпня 2024</div><p>Text.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['Соломія Гнатів']);
  });

  it('does not read a row further down the article or one naming the site', () => {
    const far = page(
      '',
      '<h1>Street theatre festival opens</h1><p>One.</p><p>Two.</p><p>Three.</p><div>Jane Doe · 3 March 2025</div>',
    );
    expect(metadataOf(far).authors).toEqual([]);
    const site = page(
      '<title>Cup preview - Handball Schweiz</title>',
      '<h1>Cup preview</h1><div>Handball Schweiz • 02.02.2022</div>',
    );
    expect(metadataOf(site, 'https://www.handball.ch/de/news/x').authors).toEqual([]);
  });
});

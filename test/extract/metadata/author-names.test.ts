import { describe, expect, it } from 'vitest';
import { parseAuthorNames } from '../../../src/extract/metadata/author-names.js';

describe('parseAuthorNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Ana Lima, Bo Chen & Cy Twombly', ['Ana Lima', 'Bo Chen', 'Cy Twombly']],
    ['Von Max Mustermann und Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Por Isabel Caro y Rocío Latorre', ['Isabel Caro', 'Rocío Latorre']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Written by Rob Ewaschuk', ['Rob Ewaschuk']],
  ])('%s → %j', (raw, names) => {
    expect(parseAuthorNames(raw)).toEqual(names);
  });

  it('keeps a capitalised particle that belongs to the surname', () => {
    expect(parseAuthorNames('Di Caprio Leone')).toEqual(['Di Caprio Leone']);
  });

  it('drops dates after the name', () => {
    expect(parseAuthorNames('By Jane Doe | March 3, 2025')).toEqual(['Jane Doe']);
    expect(parseAuthorNames('By Nathan Willis\n  March 25, 2015')).toEqual(['Nathan Willis']);
    expect(parseAuthorNames('Von Anna Schmidt am 14.03.2025')).toEqual(['Anna Schmidt']);
  });

  it('drops emails, URLs, handles, job titles and credentials', () => {
    expect(parseAuthorNames('Jane Doe (jane@example.com)')).toEqual(['Jane Doe']);
    expect(parseAuthorNames('Bradley Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley Kuhn']);
    expect(parseAuthorNames('Williams Perdomo @wperdomod')).toEqual(['Williams Perdomo']);
    expect(parseAuthorNames('Ben Silverman, Games Editor')).toEqual(['Ben Silverman']);
    expect(parseAuthorNames('By Brenda Goodman, MA')).toEqual(['Brenda Goodman']);
  });

  it('drops a lowercase description beside a capitalised name', () => {
    expect(parseAuthorNames('Par Jean Dupont, correspondant à Rome')).toEqual(['Jean Dupont']);
    expect(parseAuthorNames('By Jane Doe, special to the Gazette')).toEqual(['Jane Doe']);
    expect(parseAuthorNames('Jane Doe and Ludwig van Beethoven')).toEqual([
      'Jane Doe',
      'Ludwig van Beethoven',
    ]);
    expect(parseAuthorNames('red, wien.ORF.at')).toEqual(['red, wien.ORF.at']);
  });

  it('drops credits that are not authorship', () => {
    expect(parseAuthorNames('Written by Rob Ewaschuk\nEdited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(parseAuthorNames('Photo: Getty Images')).toEqual([]);
  });

  it('reads co-authors given in brackets', () => {
    expect(parseAuthorNames('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      'Martin Untersinger',
      'Damien Leloup',
      'Morgane Tual',
    ]);
  });

  it('rejects a headline in a byline slot but keeps lowercase particles and handles', () => {
    expect(parseAuthorNames('The real problem behind fake news')).toEqual([]);
    expect(parseAuthorNames('Michiel de Jong')).toEqual(['Michiel de Jong']);
    expect(parseAuthorNames('fri.juli')).toEqual(['fri.juli']);
  });

  it('keeps an inverted "Last, First" name whole', () => {
    expect(parseAuthorNames('Doe, Jane')).toEqual(['Doe, Jane']);
  });

  it('does not split a name at an "&" that joins letters', () => {
    expect(parseAuthorNames('Mac & i')).toEqual(['Mac & i']);
  });

  it('rejects navigation labels, dates and over-long text', () => {
    expect(parseAuthorNames('Follow Author')).toEqual([]);
    expect(parseAuthorNames('Home')).toEqual([]);
    expect(parseAuthorNames('March 14, 2025')).toEqual([]);
    expect(parseAuthorNames('https://example.com/authors/jane')).toEqual([]);
    expect(parseAuthorNames('a'.repeat(90))).toEqual([]);
  });
});

describe('weekday scraps in bylines', () => {
  it('drops a weekday left in front of a date on its own line', () => {
    expect(parseAuthorNames('Von Tomas Spahn\nFr, 18. Oktober 2019')).toEqual(['Tomas Spahn']);
    expect(parseAuthorNames('By Joe Wee\nMonday, March 3, 2014')).toEqual(['Joe Wee']);
  });

  it('keeps a first name that is also a French weekday abbreviation', () => {
    expect(parseAuthorNames('By Sam')).toEqual(['Sam']);
  });

  it('ends the names at a later credit, an outlet ("for The Times") or a weekday before a date', () => {
    expect(parseAuthorNames('Text von Christian Seiler   Illustration von Markus Roost')).toEqual([
      'Christian Seiler',
    ]);
    expect(parseAuthorNames('By Glen Owen and Brendan Carlin for The Mail on Sunday')).toEqual([
      'Glen Owen',
      'Brendan Carlin',
    ]);
    expect(parseAuthorNames('Organization for Transformative Works')).toEqual([
      'Organization for Transformative Works',
    ]);
    expect(parseAuthorNames('Erstellt von Fabian am Dienstag 6. Mai 2014')).toEqual(['Fabian']);
    expect(parseAuthorNames('Posted by Jane Doe')).toEqual(['Jane Doe']);
    expect(parseAuthorNames('Posted: March 3, 2024')).toEqual([]);
    expect(parseAuthorNames('人氣(23925)')).toEqual([]);
  });

  it('rejects an author bio sentence and placeholder or courtesy credits', () => {
    const bio =
      'Martin is a full-stack engineer and has worked as a professional Python developer since 2007.';
    expect(parseAuthorNames(bio)).toEqual([]);
    expect(parseAuthorNames(`Martin Chikilian\n${bio}`)).toEqual(['Martin Chikilian']);
    expect(parseAuthorNames('Super User')).toEqual([]);
    expect(parseAuthorNames('publisher')).toEqual([]);
    expect(parseAuthorNames('Cortesía')).toEqual([]);
  });
});

describe('parseAuthorNames: agency credits', () => {
  it.each([
    ['Von: det/dpa', ['det/dpa']],
    ['AFP/The Local', ['AFP/The Local']],
    ['red, wien.ORF.at/Agenturen', ['red, wien.ORF.at/Agenturen']],
    ['AP/dpa', ['AP/dpa']],
  ])('keeps a credit that names no person whole: %s', (raw, names) => {
    expect(parseAuthorNames(raw)).toEqual(names);
  });

  it.each([
    ['Jane Doe/dpa', ['Jane Doe']],
    ['Text: Jane Doe/AP', ['Jane Doe']],
    ['Jane Doe / John Roe / Reuters', ['Jane Doe', 'John Roe']],
  ])('drops the agency beside a person: %s', (raw, names) => {
    expect(parseAuthorNames(raw)).toEqual(names);
  });
});

describe('parseAuthorNames: what follows the name', () => {
  it.each([
    ['By Jane Doe · 5 min read', ['Jane Doe']],
    ['Jane Doe with additional reporting by John Roe', ['Jane Doe']],
    ['By Jane Doe\nPhotographs by John Roe', ['Jane Doe']],
    ['By Jane Doe in London', ['Jane Doe']],
    ['Von Jane Doe in New York', ['Jane Doe']],
    ['Jane Doe, Ph.D.', ['Jane Doe']],
    ['Текст: Иван Петров', ['Иван Петров']],
    ['Mit Material von dpa', []],
    ['Von Jane Doe, Berlin', ['Jane Doe']],
    ['Jane Doe, CNN', ['Jane Doe']],
    ['Jane Doe, John Roe, Reuters', ['Jane Doe', 'John Roe']],
  ])('%s → %j', (raw, names) => {
    expect(parseAuthorNames(raw)).toEqual(names);
  });
});

describe('parseAuthorNames: lead-ins, titles and credits in more languages', () => {
  it.each([
    ['Texto de Inês Carvalho e Tiago Melo · 7 de janeiro de 2025, 19:10', ['Inês Carvalho', 'Tiago Melo']],
    ['Беседовала Анна Королёва', ['Анна Королёва']],
    // A date written with "de" ends the names; a place before a comma and a date is a dateline.
    ['Por Elena Castán y Rubén Lahoz 10 de febrero de 2025, 07:00', ['Elena Castán', 'Rubén Lahoz']],
    ['Sevilla, 3 de marzo de 2025 - 18:20 h', []],
    // A US byline ending in "p.m." is no sentence; a title and its beat is no second author.
    ['By Maya Chen and Luis Ortega | Oct. 3, 2023, 4:10 p.m.', ['Maya Chen', 'Luis Ortega']],
    ['Por Carmen Iglesias · Periodista de Economía', ['Carmen Iglesias']],
    ['di Federica Bertolino inviata a Canton Vesco', ['Federica Bertolino']],
    ['Pubblicato da Chiara', ['Chiara']],
    // A publication line run into the byline row ends the names.
    ['di Marco Bellini Pubblicato il 9 aprile 2025 ore 11:40', ['Marco Bellini']],
    ['Door Jeroen de Vries Geplaatst op dinsdag 3 juni 2025, 09:47', ['Jeroen de Vries']],
    ['Opublikowane przez Wojtek', ['Wojtek']],
    // A title after the name with no comma (a separate element in the page).
    ['Por Lucía Garcés Corresponsal en el Maestrazgo', ['Lucía Garcés']],
    ['Pierre-Alain Rochat Journaliste sportif', ['Pierre-Alain Rochat']],
    // After a comma, a lowercase phrase describes the person; an outlet named in it is no author.
    ['Por Camila Duarte, especial para a Gazeta', ['Camila Duarte']],
    ['Jan Malinowski, korespondent AIP w Brukseli', ['Jan Malinowski']],
    // A role's own lowercase words go with it; alone on a line they are no name.
    ['Тетяна Гнатюк спортивна журналістка, оглядачка боксу', ['Тетяна Гнатюк']],
    ['Тетяна Гнатюк\nспортивна журналістка, оглядачка боксу', ['Тетяна Гнатюк']],
    // One word on a line after full names is where they filed from.
    ['Por Lucía Herrera y Pablo Moreno Vidal\nSevilla', ['Lucía Herrera', 'Pablo Moreno Vidal']],
    ['Wydział Promocji i Komunikacji Społecznej', ['Wydział Promocji i Komunikacji Społecznej']],
    // An update label run into the row is no name.
    ['Katarzyna Nowicka, Michał Kaczmarek | aktualizacja', ['Katarzyna Nowicka', 'Michał Kaczmarek']],
    // Chinese and Japanese labels, desks and the credits after the names.
    ['作者：宋一帆', ['宋一帆']],
    ['本刊记者 林一舟', ['林一舟']],
    ['文／許品安 攝影／洪子翔 ｜ 2025年10月21日 16:05', ['許品安']],
    ['文＝小川 里奈 写真＝西村 航｜2025.09.12', ['小川 里奈']],
    ['文・写真：岡本ちひろ', ['岡本ちひろ']],
    ['執筆：伊藤 翔太（テックの森 シニアライター）', ['伊藤 翔太']],
    ['論説委員 藤田 恭子', ['藤田 恭子']],
    ['特约评论员 王磊', ['王磊']],
    // Where each filed from, joined by "＝"; a photographer's "写真＝" stays no writer.
    ['マニラ＝森田亮介、東京＝石川早紀', ['森田亮介', '石川早紀']],
    ['写真＝西村 航', []],
    ['Ein Bericht von Sabine Krüger, Korrespondentin in Frankfurt', ['Sabine Krüger']],
    // A date's label, with or without the date the byline's text kept.
    ['Gepubliceerd:', []],
    // French typography's space before the colon, the other credits after a dash.
    ['Texte : Camille Arnaud — Photos : Yannick Perrot — Relecture : Odile Marchand', ['Camille Arnaud']],
    ['Gepubliceerd: 27 maart 2025 om 22:10', []],
    ['投稿者 みかん', ['みかん']],
    ['（北信濃新報 報道部・小林健）', ['小林健']],
    // A reporter's title after the name goes; "本刊记者" (no name before the title) is left alone.
    ['社会部　中川亮 記者', ['中川亮']],
    ['佐藤 健太 記者', ['佐藤 健太']],
    // Names set apart by the ideographic comma; a desk ending in "センター"; "取材・文：".
    ['文／林佳蓉、張志豪 | 2025/05/22 14:06', ['林佳蓉', '張志豪']],
    ['経済部 佐藤健太、山本彩', ['佐藤健太', '山本彩']],
    ['報道センター 田中美咲', ['田中美咲']],
    // "文・" and "取材・文" as lead-ins with a middle dot or a space and no colon.
    ['文・森本陽子（気象予報士）｜2025年1月22日 7時30分', ['森本陽子']],
    ['文・写真 田中美咲', ['田中美咲']],
    ['取材・文 宮本 彩', ['宮本 彩']],
    // The one who took the photo ("摄").
    ['记者 胡雪 摄', []],
    // Photo credits: Polish "Fot.", "Фото:".
    ['Fot. MZK Słupsk', []],
    // "取材：" as a label before the name, the bureau in brackets after it.
    ['取材：松本 健太郎（大垣支局）', ['松本 健太郎']],
    // A unit's name is one name, "and" and all; a desk before each of several Japanese names goes.
    ['Autor: Dział Komunikacji i Promocji', ['Dział Komunikacji i Promocji']],
    ['Gabinete de Comunicação e Imagem', ['Gabinete de Comunicação e Imagem']],
    ['京都総局・森下遥、社会部・小川直樹', ['森下遥', '小川直樹']],
    // The writer's label joined to a second task.
    ['Tekst i przepis: Joanna Krawczyk · Zdjęcia: Michał Rudnicki', ['Joanna Krawczyk']],
    ['Text and photos: Jane Doe', ['Jane Doe']],
    // A commentary's, a TV report's and an office's lead-ins; Japanese "投稿者：" and "発表：".
    ['Ein Kommentar von Thomas Brenner', ['Thomas Brenner']],
    ['Servizio di Giulia Conti', ['Giulia Conti']],
    ["A cura dell'Ufficio Stampa Alleanza Civica", ['Ufficio Stampa Alleanza Civica']],
    ['投稿者：けんじ', ['けんじ']],
    ['発表：城北市選挙管理委員会', ['城北市選挙管理委員会']],
    ['Фото: Иван Петров', []],
    ['取材・文：高橋 遼、グエン・ティ・ラン', ['高橋 遼', 'グエン・ティ・ラン']],
    // A plural title after two names; a title and its beat after a comma ("&" joins no name there).
    ['By Hannah Pryce and Daniel Okafor, Science Reporters', ['Hannah Pryce', 'Daniel Okafor']],
    ['Von Katrin Weller, Redakteurin Energie & Haustechnik · @kweller', ['Katrin Weller']],
    // Taiwan's "記者" run into the name and where the report was filed; a forum's "posted at".
    ['記者林佳慧、陳志豪／台南報導　2025/09/03 10:15', ['林佳慧', '陳志豪']],
    ['发表于 2025-4-12 21:37', []],
    // A title run into the name by two elements side by side; "丨" before the date; an author box's sentence.
    ['Марина Ковалёваобозреватель', ['Марина Ковалёва']],
    ['记者 孙晓峰 黄丽丨2025年05月16日 14:20', ['孙晓峰 黄丽']],
    ['Priya Nair covers agronomy and crop science.', []],
    ['Contributors to Wikimedia projects', ['Contributors to Wikimedia projects']],
    // An author box's heading, a date line's label, a CMS's subject line: no names.
    ['Sobre a autora', []],
    ['Gli autori', []],
    ['publicado 20/01/2025 09h30', []],
    ['Publicada por Ana Silva', ['Ana Silva']],
    ['Assunto(s): Transporte público, Ônibus, Zona Norte', []],
    ['绿皮车迷老K 发表于 2025-4-12 21:37', ['绿皮车迷老K']],
  ])('%s → %j', (input, expected) => {
    expect(parseAuthorNames(input)).toEqual(expected);
  });

  it('keeps a desk-and-agency credit whole, and a title split off by a comma is still dropped whole', () => {
    expect(parseAuthorNames('red, wien.ORF.at/Agenturen')).toEqual(['red, wien.ORF.at/Agenturen']);
    expect(parseAuthorNames('Tom Hargreaves, Local Democracy Reporter')).toEqual(['Tom Hargreaves']);
  });

  it("rejects an author box's bio, whose sentence ends before more text", () => {
    expect(
      parseAuthorNames(
        'Lena Hofbauer ist Sportredakteurin beim Alpenboten und berichtet seit 2018 über die Haie. Instagram: @lena',
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('publishedAt late fallbacks', () => {
  it('reads a <time> in a sidebar inside the <article> when nothing else dates the page', () => {
    const html = page(
      '<title>Wine of the year</title>',
      '<article><h1>Wine of the year</h1><p>Text.</p><div class="sidebar"><time datetime="2022-01-28">28 Jan</time></div></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2022-01-28');
  });

  it('reads date text in an <aside> inside the <article>', () => {
    const html = page(
      '',
      '<article><aside><ul><li class="meta-date">26.02.2020</li></ul></aside><p>x</p></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2020-02-26');
  });

  it('ignores a page sidebar outside the article and comment threads inside it', () => {
    const outside = page(
      '',
      '<article><p>x</p></article><aside><time datetime="2022-01-28">x</time></aside>',
    );
    expect(metadataOf(outside).publishedAt).toBeNull();
    const comments = page(
      '',
      '<article><p>x</p><div class="comments"><aside><time datetime="2022-01-28">x</time></aside></div></article>',
    );
    expect(metadataOf(comments).publishedAt).toBeNull();
  });

  it('prefers the URL date over an article aside', () => {
    const html = page('', '<article><aside><time datetime="2022-01-28">x</time></aside></article>');
    expect(metadataOf(html, 'https://example.org/2021/03/04/story').publishedAt).toBe('2021-03-04');
  });

  it('reads a Drupal "submitted" line', () => {
    const html = page(
      '',
      '<div class="submitted">Submitted by <span>rasos</span> on 24 July 2017 - 18:55</div>',
    );
    expect(metadataOf(html).publishedAt).toBe('2017-07-24T18:55:00');
  });
});

describe('publishedAt from a date segment of the title', () => {
  it('reads "Story | DW | 23.05.2011" and "Story - 7 December 2017 - Site"', () => {
    expect(metadataOf(page('<title>Fertile land lost | DW | 23.05.2011</title>')).publishedAt).toBe(
      '2011-05-23',
    );
    expect(metadataOf(page('<title>A story - 7 December 2017 - LA NACION</title>')).publishedAt).toBe(
      '2017-12-07',
    );
  });

  it('ignores a date inside the headline text itself', () => {
    expect(
      metadataOf(page('<title>What changed on 23.05.2011 for farmers | DW</title>')).publishedAt,
    ).toBeNull();
  });

  it('lets every other source win over the title', () => {
    const html = page(
      '<title>Story | 23.05.2011</title><meta property="article:published_time" content="2011-05-24">',
    );
    expect(metadataOf(html).publishedAt).toBe('2011-05-24');
  });
});

describe('publishedAt from visible date lines', () => {
  it('reads a date holder whose raw text is long only because of indentation', () => {
    const pad = ' \n\t'.repeat(150);
    const html = page(
      '',
      `<article><div class="entry-meta">${pad}149 MikeNils${pad}18.10.2019, 15:07 Uhr${pad}</div></article>`,
    );
    expect(metadataOf(html).publishedAt).toBe('2019-10-18T15:07:00');
  });

  it('reads a two-digit year only when a date element holds nothing else', () => {
    expect(metadataOf(page('', '<div class="uploaded-date">23.09.22</div>')).publishedAt).toBe('2022-09-23');
    expect(
      metadataOf(page('', '<div class="date-info">Version 1.2.24 released</div>')).publishedAt,
    ).toBeNull();
  });

  it('ignores the reader\'s clock ("Aktuelle Zeit", "It is currently") and reads the byline', () => {
    const html = page(
      '',
      '<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p>' +
        '<p class="author">von <strong>r23</strong> » 21.01.2009, 05:42</p>',
    );
    expect(metadataOf(html).publishedAt).toBe('2009-01-21T05:42:00');
    const english = page('', '<p class="datetime">It is currently Wed Oct 14, 2020 12:18 pm</p>');
    expect(metadataOf(english).publishedAt).toBeNull();
  });
});

describe('publishedAt: the page offset and month-only permalinks', () => {
  it('re-expresses a UTC date in the offset of a <time> showing the same instant', () => {
    const html = page(
      '<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">',
      '<article><time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2023-11-08T23:30:59-06:00');
  });

  it('keeps UTC when no <time> matches the instant to the second', () => {
    const html = page(
      '<meta property="article:published_time" content="2023-11-09T05:30:59Z">',
      '<time datetime="2023-11-08 23:30">x</time><time datetime="2023-11-09 00:21:49">y</time>',
    );
    expect(metadataOf(html).publishedAt).toBe('2023-11-09T05:30:59Z');
  });

  it('takes the first visible date inside a widget when it lies in the month of a /yyyy/mm/ URL', () => {
    const html = page(
      '',
      '<div class="widget Blog"><h2 class="date-header">Samstag, 5. Oktober 2013</h2><p>Post.</p></div>',
    );
    const url = 'https://x.blogspot.example/2013/10/interview.html';
    expect(metadataOf(html, url).publishedAt).toBe('2013-10-05');
    expect(metadataOf(html, 'https://x.blogspot.example/2013/11/interview.html').publishedAt).toBeNull();
  });

  it('never takes a comment date for a month-only URL', () => {
    const html = page('', '<div class="comment-meta">26. Mai 2008 um 21:07</div>');
    expect(metadataOf(html, 'https://x.example/2008/05/quests.html').publishedAt).toBeNull();
  });
});

describe('publishedAt: the site banner', () => {
  it("skips the site's 'today' date in a banner header with the logo link", () => {
    const html = page(
      '',
      '<header><div class="navtop"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></div>' +
        '<a href="/">Logo</a></header>' +
        '<div class="content"><h1>Queer Royal</h1><span class="text_datum">31. Oktober 2023.</span></div>',
    );
    expect(metadataOf(html).publishedAt).toBe('2023-10-31');
  });

  it('keeps a date in a header that holds the h1 or sits in the article', () => {
    const withH1 = page(
      '',
      '<header><a href="/">Logo</a><h1>Story</h1><time datetime="2023-10-31">31 Oct</time></header>',
    );
    expect(metadataOf(withH1).publishedAt).toBe('2023-10-31');
    const inArticle = page(
      '',
      '<article><header><a href="/">Home</a><time datetime="2023-10-31">31 Oct</time></header><h1>S</h1></article>',
    );
    expect(metadataOf(inArticle).publishedAt).toBe('2023-10-31');
  });

  it("skips a top bar's date above the site's header or navigation", () => {
    const topBar = (date: string) =>
      `<div class="top-bar">${date} · <span>Lausanne 6 °C</span></div>` +
      '<header class="site"><a href="/">Logo</a></header>' +
      '<div class="wrap"><article><h1>Le tram reprend</h1><p>Par Inès Benali</p>' +
      '<div class="meta">14 mars 2025, 17:20</div><p>Texte.</p></article></div>';
    const timed = page('', topBar('<time datetime="2025-03-17T06:00:00+01:00">Lundi 17 mars 2025</time>'));
    expect(metadataOf(timed, 'https://x.example/a').publishedAt).toMatch(/^2025-03-14/);
    const plain = page('', topBar('<span class="date">Lundi 17 mars 2025</span>'));
    expect(metadataOf(plain, 'https://x.example/a').publishedAt).toMatch(/^2025-03-14/);
    // A bar of site links with role="navigation" is site chrome too.
    const role = page(
      '',
      '<div><time datetime="2025-03-17">17 mars</time><div role="navigation"><a href="/">Accueil</a></div></div>' +
        '<div><h1>Le tram reprend</h1><time datetime="2025-03-14">14 mars</time></div>',
    );
    expect(metadataOf(role, 'https://x.example/a').publishedAt).toBe('2025-03-14');
  });

  it("skips a top bar's date above the logo's link to this site's front page, in a layout of divs", () => {
    const layout = (logoHref: string) =>
      page(
        '',
        '<div id="bandeau"><span class="date-du-jour">Samedi 15 mars 2025</span></div>' +
          `<div id="entete"><a href="${logoHref}"><img src="logo.png" alt="Écho"></a></div>` +
          '<div id="page"><h1>Le tram reprend</h1><p class="info">Par Inès Benali — 14/03/2025 à 17:20</p></div>',
      );
    const url = 'https://www.echo.example/article12.html';
    expect(metadataOf(layout('https://www.echo.example/'), url).publishedAt).toBe('2025-03-14T17:20:00');
    expect(metadataOf(layout('/'), url).publishedAt).toBe('2025-03-14T17:20:00');
    // A link to another site's front page (a partner, a social network) says nothing of this site's chrome;
    // nor does a link with a query, which picks a section ("/index.php?rub=sports").
    expect(metadataOf(layout('https://partner.example/'), url).publishedAt).toBe('2025-03-15');
    expect(metadataOf(layout('/index.php?rub=sports'), url).publishedAt).toBe('2025-03-15');
  });

  it("skips other articles' cards with their <time>s above a headline that sits in <main> or <article>", () => {
    const html = page(
      '',
      '<section class="rail"><h2>More from Art</h2><div class="card"><a href="/art/a">Hockney revisited</a>' +
        '<time datetime="2025-03-30T10:00:00Z">March 30, 2025</time></div></section>' +
        '<main><article><h1>A museum of the sea</h1><p class="meta">By Ines Carvalho · 31 March 2025, 05:30</p>' +
        '<p>Text.</p></article></main>',
    );
    expect(metadataOf(html, 'https://x.example/a').publishedAt).toBe('2025-03-31T05:30:00');
  });

  it('skips the cards of a "more from this section" box ("meer-uit-rubriek")', () => {
    const html = page(
      '',
      '<h1>Nieuw binnenbad</h1><p class="auteur">Door Anouk de Wit, 8 februari 2025 om 16:05</p><p>Tekst.</p>' +
        '<div id="meer-uit-rubriek"><div class="kaart"><a href="/a">Loolaan</a><time datetime="2025-02-07T10:12">7 feb</time></div></div>',
      'nl',
    );
    expect(metadataOf(html, 'https://x.example/a').publishedAt).toBe('2025-02-08T16:05:00');
  });

  it("skips a 'More news' list after the headline's <article> when the article has a date of its own", () => {
    const more = (meta: string) =>
      page(
        '',
        `<main><article><h1>ERs treated 212 people</h1>${meta}<p>Text.</p></article>` +
          '<section class="more"><h2>More health news</h2><ul><li><a href="/n/a">Medicaid renewals</a> ' +
          '<time datetime="2025-05-15">May 15, 2025</time></li></ul></section></main>',
      );
    const dated = more('<div class="byline-dates">Published May 9, 2025, 7:05 a.m. CDT</div>');
    expect(metadataOf(dated, 'https://x.example/a').publishedAt).toBe('2025-05-09T07:05:00-05:00');
    // With no date in the article, the list's date is not dropped (the article may date itself elsewhere).
    expect(metadataOf(more(''), 'https://x.example/a').publishedAt).toBe('2025-05-15');
  });

  it('keeps a date above the headline when no site chrome follows it, or when the page has no h1', () => {
    const dateFirst = page(
      '',
      '<div class="meta"><time datetime="2025-03-14">14 mars 2025</time></div><h1>Le tram reprend</h1>' +
        '<nav><a href="/">Accueil</a></nav>',
    );
    expect(metadataOf(dateFirst, 'https://x.example/a').publishedAt).toBe('2025-03-14');
    const noH1 = page(
      '',
      '<div class="post"><time datetime="2025-03-14">14 mars 2025</time><p>Texte.</p></div><nav><a href="/">Accueil</a></nav>',
    );
    expect(metadataOf(noH1, 'https://x.example/a').publishedAt).toBe('2025-03-14');
  });
});

describe('publishedAt: first publication, not the revision', () => {
  it('prefers a publication <time> over an earlier one marked "updated"', () => {
    const html = page(
      '',
      '<article><time class="updated" datetime="2025-03-16">16 March</time>' +
        '<time class="entry-date published" datetime="2025-03-14">14 March</time></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-14');
  });

  it('reads an "Updated …" date line only when there is no other', () => {
    const both = page(
      '',
      '<p class="date-updated">Updated March 16, 2025</p><p class="date-published">March 14, 2025</p>',
    );
    expect(metadataOf(both).publishedAt).toBe('2025-03-14');
    const only = page('', '<p class="date">Aktualisiert am 16. März 2025</p>');
    expect(metadataOf(only).publishedAt).toBe('2025-03-16');
  });

  it('reads the publication date that follows an "Updated …" date in the same line', () => {
    const html = page('', '<p class="meta-date">Updated March 16, 2025 · Published March 14, 2025</p>');
    expect(metadataOf(html).publishedAt).toBe('2025-03-14');
    const time = page('', '<p class="meta-date">Aktualisiert am 16. März 2025 | 10:15 Uhr</p>');
    expect(metadataOf(time).publishedAt).toBe('2025-03-16T10:15:00');
  });
});

describe('modifiedAt from what the page says in words', () => {
  it('reads the date after an update word in a date holder, the byline row or a row under the headline', () => {
    const holder = page(
      '',
      '<h1>Haie drehen Spiel</h1><div class="meta">Von Lena Hofbauer | 14.03.2025, 21:58 Uhr' +
        '<br><span class="upd">Aktualisiert: 15.03.2025, 09:10 Uhr</span></div><p>Text.</p>',
    );
    expect(metadataOf(holder)).toMatchObject({
      publishedAt: '2025-03-14T21:58:00',
      modifiedAt: '2025-03-15T09:10:00',
    });
    const row = page(
      '',
      '<h1>見出し</h1><p>公開日：2025年5月9日 更新日：2025年5月12日</p><p>本文。</p>',
      'ja',
    );
    expect(metadataOf(row)).toMatchObject({ publishedAt: '2025-05-09', modifiedAt: '2025-05-12' });
  });

  it('reads a <time> marked as the revision, and never a revision before the publication', () => {
    const marked = page(
      '',
      '<h1>H</h1><time class="published" datetime="2025-03-14T08:00:00+01:00">14 March</time>' +
        '<time class="updated" datetime="2025-03-14T13:40:00+01:00">13:40</time>',
    );
    expect(metadataOf(marked).modifiedAt).toBe('2025-03-14T13:40:00+01:00');
    const earlier = page(
      '',
      '<h1>H</h1><p>Published 14 March 2025</p><p class="note">Updated 2 March 2025</p>',
    );
    expect(metadataOf(earlier).modifiedAt).toBeNull();
  });
});

describe('rows under the headline, as templates nest them', () => {
  it('reads a date row with a relative echo in brackets, past a byline whose name sits in a span', () => {
    const html = page(
      '',
      '<h1>Las urgencias, al límite</h1><p class="entradilla">Pacientes de hasta 30 horas en boxes.</p>' +
        '<dl><dd class="createdby">Por <span>Itziar Goikoetxea</span>, redactora de Sanidad</dd>' +
        '<dd class="create">Publicado: 16 de enero de 2025, 11:48 <span class="relative">(hace 2 horas)</span></dd></dl><p>Texto.</p>',
      'es',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-01-16T11:48:00');
  });

  it('reads "Laatst gewijzigd op" as the revision', () => {
    const html = page(
      '',
      '<h1>Parkeren in Haarlem</h1><div class="sa-post-meta"><span>Door Jeroen de Vries</span> ' +
        '<span>Geplaatst op dinsdag 13 mei 2025, 09:47</span> <span>Laatst gewijzigd op 13 mei 2025, 14:10</span></div><p>Tekst.</p>',
      'nl',
    );
    expect(metadataOf(html)).toMatchObject({
      authors: ['Jeroen de Vries'],
      modifiedAt: '2025-05-13T14:10:00',
    });
  });
});

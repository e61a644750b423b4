import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

describe('authors from the page', () => {
  it('never takes an h1 for the byline, and strips a "vom" lead-in', () => {
    const html = page(
      '<title>Post title</title>',
      '<h1 class="vcard author">Krimi-Archiv</h1><h3>Post title</h3>' +
        '<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4><p>Text.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['Krimiblogger']);
  });

  it('reads a visible byline by class', () => {
    const html = page(
      '',
      '<article><h1>Title</h1><div class="byline">By Tara Singh and Leo Park</div></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Tara Singh', 'Leo Park']);
  });

  it('prefers itemprop=author name and rel=author links', () => {
    const itemprop = page(
      '',
      '<span itemprop="author" itemscope><span itemprop="name">Nora Blum</span>, Korrespondentin</span>',
    );
    expect(metadataOf(itemprop).authors).toEqual(['Nora Blum']);
    const rel = page('', '<p>Ein Beitrag von <a rel="author" href="/a/k">Klaus Berg</a></p>');
    expect(metadataOf(rel).authors).toEqual(['Klaus Berg']);
  });

  it('ignores names in comment threads, sidebars and footers', () => {
    const html = page(
      '',
      `<article><h1>T</h1><p>Text</p></article>
       <section id="comments"><div class="comment-author">Troll Person</div></section>
       <aside><span class="author">Sidebar Writer</span></aside>
       <footer><span class="byline">Footer Name</span></footer>`,
    );
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('takes JSON-LD people over author meta, and meta over the visible byline', () => {
    const html = page(
      `${ldJson('{"@type": "Article", "headline": "x", "author": {"@type": "Person", "name": "From Jsonld"}}')}
       <meta name="author" content="From Meta">`,
      '<div class="byline">By From Byline</div>',
    );
    expect(metadataOf(html).authors).toEqual(['From Jsonld']);
    const noLd = page('<meta name="author" content="From Meta">', '<div class="byline">By From Byline</div>');
    expect(metadataOf(noLd).authors).toEqual(['From Meta']);
  });

  it('treats a meta author equal to the site name as an organisation, used only without a person', () => {
    const html = page(
      '<meta name="author" content="Harbour Times"><meta property="og:site_name" content="Harbour Times">',
      '<div class="byline">Von Jana Wolf</div>',
    );
    expect(metadataOf(html).authors).toEqual(['Jana Wolf']);
  });

  it.each(['Die FURCHE', 'Bund der Energieverbraucher e.V.', 'christian.stadtfeld', 'AFP'])(
    'prefers a visible person over the meta author "%s"',
    (org) => {
      const html = page(
        `<meta name="author" content="${org}">`,
        '<div class="byline">Von Ursula Baatz</div>',
      );
      expect(metadataOf(html).authors).toEqual(['Ursula Baatz']);
    },
  );

  it('returns [] rather than a guess when the page names nobody', () => {
    expect(metadataOf(page('<title>x</title>', '<p>No byline here.</p>')).authors).toEqual([]);
  });

  it('does not take an "authority control" box for a byline', () => {
    const html = page('', '<div class="authority-control">Authority control</div>');
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('drops the outlet beside a name and social-network handles in the byline', () => {
    const cnn = page(
      '<meta property="og:site_name" content="CNN"><meta name="author" content="Rob Picheta, CNN">',
      '<h1>T</h1>',
    );
    expect(metadataOf(cnn).authors).toEqual(['Rob Picheta']);
    const social = page(
      '',
      '<article><h1>T</h1><div class="entry-meta-author"><a href="/author/matthias/">Matthias</a><br><a href="https://twitter.com/herrpfleger">herrpfleger</a></div></article>',
    );
    expect(metadataOf(social).authors).toEqual(['Matthias']);
  });

  it('skips "follow author" widgets that list other writers', () => {
    const html = page(
      '',
      `<article><h1>T</h1><ul id="FollowAuthor"><li class="author-follow">Matt Bai</li></ul>
       <div class="author">NATALIYA VASILYEVA</div></article>`,
    );
    expect(metadataOf(html).authors).toEqual(['NATALIYA VASILYEVA']);
  });

  it("reads an itemprop=author in the article's own <footer>", () => {
    const html = page(
      '',
      '<article><h1>T</h1><p>Text</p><footer class="meta"><address itemprop="author" itemscope><span itemprop="name">Frank Boës</span></address></footer></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Frank Boës']);
  });

  it('keeps tag and category links out of a byline row, and a row of single words is no byline', () => {
    const html = page(
      '',
      `<article><h1>T</h1><div class="postMeta--author"><span>01.12.2022</span> /
       <a href="/thema/csp/" rel="tag">CSP</a> / <a href="/thema/pv/">Photovoltaik</a></div>
       <div class="author">Speicher / Wirtschaft / Solar</div></article>`,
    );
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('reads a lead-in run into the name ("AutorJane Doe")', () => {
    const html = page(
      '',
      '<article><h1>T</h1><div class="author"><b>Autor</b><a href="/a">Jane Doe</a></div></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Jane Doe']);
  });
});

describe('the byline box and the bylines inside it', () => {
  it('takes the names a byline marked inside the box gives, not the box text with its place or title', () => {
    const html = page(
      '',
      '<h1>Titular</h1><div class="byline"><span class="byline__names">María José Peña y Andrés Ortega</span>' +
        '<span class="byline__place">Sevilla</span></div>' +
        '<div class="article__author"><span class="article__author-name">Par Nadia Benali</span>' +
        '<span class="article__author-role">journaliste police-justice</span></div><p>Texte.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['María José Peña', 'Andrés Ortega']);
    const glued = page(
      '',
      '<h1>Titre</h1><div class="article__author"><span class="article__author-name">Par Nadia Benali</span>' +
        '<span class="article__author-role">Journaliste police-justice</span></div><p>Texte.</p>',
    );
    expect(metadataOf(glued).authors).toEqual(['Nadia Benali']);
  });

  it('reads the box itself when the marks inside it name no person (a date, a place)', () => {
    const html = page(
      '',
      '<h1>Titular</h1><div class="byline">Por Lucía Ferrer, corresponsal en Andalucía' +
        '<span class="byline-date">Sevilla, 3 de marzo de 2025 - 18:20 h</span></div><p>Texto.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['Lucía Ferrer']);
  });

  it("skips a reader forum's names under the article", () => {
    const html = page(
      '',
      '<h1>Le tram reprend</h1><p class="info-publi">Par Thomas Girard et Inès Benali — 14/03/2025 à 17:20</p>' +
        '<p>Texte.</p><div class="forum-message"><span class="auteur">Solène B.</span> <span class="date">le 14/03/2025 à 20:11</span></div>',
    );
    expect(metadataOf(html).authors).toEqual(['Thomas Girard', 'Inès Benali']);
    expect(metadataOf(html).publishedAt).toBe('2025-03-14T17:20:00');
  });
});

describe("a blog entry's footer", () => {
  it("reads the byline and publication time of a WordPress theme's entry footer inside the article", () => {
    const html = page(
      '',
      '<article class="post hentry"><h1>Barn owl chicks ringed</h1><div class="entry-content"><p>Text.</p></div>' +
        '<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/gordon/">Gordon</a></span></span>' +
        '<span class="posted-on"><time class="entry-date published" datetime="2024-05-22T19:14:37+01:00">May 22, 2024</time></span></footer></article>',
    );
    expect(metadataOf(html, 'https://birders.example/2024/05/22/owls/')).toMatchObject({
      authors: ['Gordon'],
      publishedAt: '2024-05-22T19:14:37+01:00',
    });
  });

  it("reads Blogger's hAtom entry: rel=author in the post footer, the time in an <abbr class=published>", () => {
    const html = page(
      '',
      '<div class="post hentry"><h3 class="post-title">Ruta a la Vega de Ario</h3><div class="post-body"><p>Texto.</p></div>' +
        '<div class="post-footer"><span class="post-author vcard">Publicado por <span class="fn"><a class="g-profile" rel="author" href="https://www.blogger.com/profile/1">' +
        '<span>Chema</span></a></span></span> <span class="post-timestamp">a las <a class="timestamp-link" href="/2024/11/ruta.html">' +
        '<abbr class="published" title="2024-11-09T21:37:00+01:00">21:37</abbr></a></span></div></div>',
    )
      .replace('<h3 class="post-title">', '<h1 class="post-title">')
      .replace('</h3>', '</h1>');
    expect(metadataOf(html, 'https://x.example/2024/11/ruta.html')).toMatchObject({
      authors: ['Chema'],
      publishedAt: '2024-11-09T21:37:00+01:00',
    });
  });

  it('still skips an author box classed "author" in the entry footer when it is a bio', () => {
    const html = page(
      '',
      '<article><h1>Sluiswachter</h1><p class="byline">Door Lotte Claeys en Bram Wuyts</p><p>Tekst.</p>' +
        '<footer><div class="author-box"><h3>Over de makers</h3><p>Lotte Claeys schrijft over erfgoed.</p></div></footer></article>',
    );
    expect(metadataOf(html).authors).toEqual(['Lotte Claeys', 'Bram Wuyts']);
  });

  it('reads a Blogger footer whose author marks nest (vcard › itemprop=author › rel=author) as one box', () => {
    const html = page(
      '',
      '<div class="post hentry"><h1>Sortie du samedi</h1><p>Texte.</p><div class="post-footer">' +
        '<span class="post-author vcard">Publié par <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">' +
        '<a class="g-profile" rel="author" href="https://www.blogger.com/profile/1"><span itemprop="name">Titou</span></a></span></span></div></div>',
    );
    expect(metadataOf(html).authors).toEqual(['Titou']);
  });

  it('skips a job title in its own "author-role" element, but keeps a lowercase handle', () => {
    const role = page(
      '',
      '<h1>Le club recrute</h1><div class="post-metadata"><span>Julien Marchetti</span> · <span class="post-author-role">responsable communication</span></div><p>Texte.</p>',
    );
    expect(metadataOf(role).authors).toEqual([]);
    const handle = page(
      '',
      '<h1>Scherenschnitt</h1><span class="author vcard"><a class="url fn n">gnaddrig</a></span><p>Text.</p>',
    );
    expect(metadataOf(handle).authors).toEqual(['gnaddrig']);
  });
});

describe('more bylines of real templates', () => {
  it('reads every author marked rel=author beside the first', () => {
    const html = page(
      '',
      '<h1>Data centre delayed</h1><div class="byline">By <a href="/author/mh/" rel="author">Marcus Hale</a> and ' +
        '<a href="/author/dw/" rel="author">Dana Whitfield</a></div><p>Text.</p>',
    );
    expect(metadataOf(html).authors).toEqual(['Marcus Hale', 'Dana Whitfield']);
  });

  it("skips a teaser card's author in another <article>, and comments in other languages", () => {
    const html = page(
      '',
      '<div class="more"><article class="teaser"><a href="/w/a">Grüner Stahl kommt später</a> <span class="teaser-author">Von Jonas Petersen</span></article></div>' +
        '<main><article><h1>Duisburger Hafen: Umschlag sinkt</h1><span class="field--name-field-autor">Von Melanie Kürten, Wirtschaftsredaktion</span><p>Text.</p>' +
        '<div class="comentario"><span class="autor-com">Pepe Lozano</span></div></article></main>',
    );
    expect(metadataOf(html).authors).toEqual(['Melanie Kürten']);
  });

  it('reads a names-and-date row whose date is day-first by the page language, and an Italian "Testo di" line', () => {
    const row = page(
      '',
      '<h1>El Almansilla remonta</h1><p class="firma-fecha">Carlos Ibáñez y Lucía Ferrer | 10/03/2025 22:40</p><p>Texto.</p>',
      'es',
    );
    expect(metadataOf(row).authors).toEqual(['Carlos Ibáñez', 'Lucía Ferrer']);
    const testo = page(
      '<meta name="author" content="Redazione">',
      '<h1>Barbagia</h1><div class="Article_credits"><p>Testo di <a href="/autori/gc">Giulia Conti</a> · Foto di Andrea Russo</p></div><p>Testo.</p>',
      'it',
    );
    expect(metadataOf(testo).authors).toEqual(['Giulia Conti']);
  });
});

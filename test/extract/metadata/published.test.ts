import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

describe('publishedAt sources, most trusted first', () => {
  it('takes article:published_time and article:modified_time', () => {
    const m = metadataOf(
      page(
        `<meta property="article:published_time" content="2025-03-14T12:31:00+01:00">
         <meta property="article:modified_time" content="2025-03-14T15:00:00+01:00">`,
      ),
    );
    expect(m.publishedAt).toBe('2025-03-14T12:31:00+01:00');
    expect(m.modifiedAt).toBe('2025-03-14T15:00:00+01:00');
  });

  it.each([
    ['parsely-pub-date', '2024-04-20T04:20:00.000Z', '2024-04-20T04:20:00.000Z'],
    ['sailthru.date', '2024-04-20 04:20:00', '2024-04-20T04:20:00'],
    ['DC.date.issued', '2024-04-20', '2024-04-20'],
    ['citation_publication_date', '2024/04/20', '2024-04-20'],
  ])('reads <meta name="%s">', (name, content, expected) => {
    expect(metadataOf(page(`<meta name="${name}" content="${content}">`)).publishedAt).toBe(expected);
  });

  it('prefers JSON-LD over meta', () => {
    const html = page(
      `${ldJson('{"@type": "NewsArticle", "headline": "x", "datePublished": "2025-01-01T10:00:00Z"}')}
       <meta property="article:published_time" content="2025-01-05T10:00:00Z">`,
    );
    expect(metadataOf(html).publishedAt).toBe('2025-01-01T10:00:00Z');
  });

  it('reads <time datetime> in the article, not in comments', () => {
    const html = page(
      '',
      `<section class="comments"><time datetime="2025-05-05T10:00:00Z">May 5</time></section>
       <article><header><h1>T</h1><time datetime="2025-02-03T08:00:00-05:00">Feb 3</time></header></article>`,
    );
    expect(metadataOf(html).publishedAt).toBe('2025-02-03T08:00:00-05:00');
  });

  it('reads visible date text in a date-like element', () => {
    const html = page(
      '',
      '<article><h1>T</h1><div class="post-date">Veröffentlicht am 3. März 2025</div></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-03');
  });

  it('reads a bare date in a leaf element when nothing else says', () => {
    const html = page('', '<article><h1>T</h1><span class="x1">3.11.2024</span><p>Body text.</p></article>');
    expect(metadataOf(html).publishedAt).toBe('2024-11-03');
  });

  it('reads a data-date attribute on a non-time element', () => {
    const html = page(
      '',
      '<article><h1>T</h1><div class="timeline" data-date="18. März 2020"></div></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2020-03-18');
  });

  it('falls back to the date in the URL path', () => {
    const html = page('<title>x</title>', '<p>No dates.</p>');
    expect(metadataOf(html, 'https://news.example/2024/12/24/story').publishedAt).toBe('2024-12-24');
  });

  it('is null when the page gives no date, or only a relative one', () => {
    expect(metadataOf(page('<title>x</title>', '<p>Hello.</p>')).publishedAt).toBeNull();
    const relative = page('', '<article><h1>T</h1><span class="date">2 hours ago</span></article>');
    expect(metadataOf(relative).publishedAt).toBeNull();
  });

  it('never returns a future date', () => {
    const html = page(
      '<meta property="article:published_time" content="2030-01-01T00:00:00Z">',
      '<span class="date">1 January 2030</span>',
    );
    expect(metadataOf(html).publishedAt).toBeNull();
  });
});

describe('an update line as the only marked date', () => {
  it('leaves the first publication to the row under the headline', () => {
    const html = page(
      '<title>Most</title>',
      '<article><h1>Most na Wiśle zamknięty</h1><div class="news-detail__info">Anna Kowalczyk, Piotr Nowak | 05.03.2025, 14:20</div><div class="news-detail__updated">Aktualizacja: 05.03.2025, 18:05</div><p>Treść.</p></article>',
      'pl',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-05T14:20:00');
  });

  it('reads "（最后更新：…）" as the revision and "发布时间：" in a row of labels as the publication', () => {
    const html = page(
      '<title>芯片发布</title>',
      '<div class="viewbox"><h1>国产服务器芯片发布</h1><div class="info"><small>发布时间：</small>2025-03-05 16:40 <small>作者：</small>韩冬 <small>来源：</small>极客前沿 <span class="updated">（最后更新：2025-03-06 09:20）</span></div><p>正文。</p></div>',
      'zh',
    );
    const m = metadataOf(html);
    expect(m.publishedAt).toBe('2025-03-05T16:40:00');
    expect(m.modifiedAt).toBe('2025-03-06T09:20:00');
  });

  it('still gives its date when nothing else dates the page', () => {
    const html = page(
      '<title>X</title>',
      '<article><h1>Headline here</h1><p class="date">Updated 5 March 2025</p><p>Body text.</p></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-05');
  });
});

describe('a list of other articles above the headline', () => {
  it("leaves each item's date beside its link to the other page, and reads the article's row", () => {
    const html = page(
      '<title>大雪</title>',
      '<section class="section-latest"><h3>最新記事</h3><ul><li><time>2025年1月22日 18:40</time> <a href="/weather/0311/">北陸道で規制</a></li><li><time>2025年1月22日 12:05</time> <a href="/weather/0287/">立山で積雪</a></li></ul></section><div class="article-box"><h1>大雪、平地でも50センチ予想</h1><p class="article-info">文・森本陽子（気象予報士）｜2025年1月22日 7時30分</p><p>本文。</p></div>',
      'ja',
    );
    const m = metadataOf(html);
    expect(m.publishedAt).toBe('2025-01-22T07:30:00');
    expect(m.authors).toEqual(['森本陽子']);
  });

  it("keeps a date inside its own link above the headline (a theme's permalink)", () => {
    const html = page(
      '<title>Post</title>',
      '<ul class="entry-meta"><li><a href="/2025/03/14/post/" rel="bookmark"><time datetime="2025-03-14">14 March 2025</time></a></li></ul><h1>A post with its date above the title</h1><p>Body.</p>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-14');
  });
});

describe("other articles' cards after the article, in the same <main>", () => {
  it("leave each card's date (beside a headline link) to its card, and the revision line gives modifiedAt", () => {
    const html = page(
      "<title>Lavori all'acquedotto | Comune di Pesaro</title>",
      '<main><div class="cmp-heading"><h1>Lavori all\'acquedotto di Villa Fastiggi: acqua sospesa in sei vie</h1><div class="row"><div class="col"><small>Data:</small><p>12 marzo 2025</p></div></div></div><div><p>Testo del comunicato sui lavori.</p><p class="ultima-modifica"><small>Ultimo aggiornamento: 13/03/2025, 10:02</small></p></div><section><h3>Altri comunicati</h3><div class="card"><span class="date">11 marzo 2025</span><a href="/it/novita/carnevale">Carnevale alle scuole Soria, i premi del concorso</a></div></section></main>',
      'it',
    );
    const m = metadataOf(html);
    expect(m.publishedAt).toBe('2025-03-12');
    expect(m.modifiedAt).toBe('2025-03-13T10:02:00');
  });

  it("keeps the article's own date beside its author's link", () => {
    const html = page(
      '<title>Post</title>',
      '<h1>A headline of a few words</h1><p><span class="date">12 March 2025</span> <a href="/author/jane-doe/">Jane Doe</a></p><p>Body.</p>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-12');
  });
});

describe("WordPress's one time marked both published and updated", () => {
  it('is the publication and no revision', () => {
    const html = page(
      '<title>Granfondo</title>',
      '<article><h1>Granfondo del Tagliamento</h1><div class="entry-meta"><a href="/2025/03/09/granfondo/" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-09T21:14:37+00:00">9 Marzo 2025</time></a></div><p>Testo.</p></article>',
      'it',
    );
    const m = metadataOf(html);
    expect(m.publishedAt).toBe('2025-03-09T21:14:37+00:00');
    expect(m.modifiedAt).toBeNull();
  });
});

describe("a page's build day as its date", () => {
  it('leaves a bare "date" meta that the address dates to another day to the page\'s own line', () => {
    const html = page(
      '<title>Pixel Brume</title><meta name="date" content="2025-05-28">',
      '<div class="top-bar"><time datetime="2025-05-28">Mercredi 28 mai 2025</time></div><header class="masthead"><a href="/">Nord Éco</a></header><main><article><h1>Le studio Pixel Brume licencie</h1><div class="timestamp">Publié le 27/01/2025 à 18:20</div><p>Texte.</p></article></main>',
      'fr',
    );
    expect(metadataOf(html, 'https://nord-eco.example/entreprises/2025/01/27/pixel-brume/').publishedAt).toBe(
      '2025-01-27T18:20:00',
    );
    // Without a date in the address, the meta stands.
    expect(metadataOf(html, 'https://nord-eco.example/pixel-brume/').publishedAt).toBe('2025-05-28');
  });

  it("leaves the top bar's date above a logo h1 out", () => {
    const html = page(
      '<title>Шахраї</title>',
      '<div class="head-detail"><span class="mg-date">Неділя, 25 травня 2025</span></div><header><h1 class="site-title"><a href="/" rel="home">Житомир.Інфо</a></h1></header><main><h2 class="title">Шахраї ошукали пенсіонерів</h2><span class="mg-blog-date">22.09.2024 о 16:40</span><p>Текст.</p></main>',
      'uk',
    );
    expect(metadataOf(html).publishedAt).toBe('2024-09-22T16:40:00');
  });
});

describe('a revision under the post, or in a "Modifié le" line', () => {
  it("reads the entry footer's updated time, and a labelled time in the dates line", () => {
    const footer = page(
      '<title>Wärmepumpe</title>',
      '<article><h1>Ein Jahr Wärmepumpe</h1><p>Text.</p><footer class="entry-footer"><span class="posted-on">Veröffentlicht am <time class="entry-date published" datetime="2025-03-14T19:07:33+01:00">14. März 2025</time></span><div class="updated-on">Zuletzt aktualisiert: <time class="updated" datetime="2025-03-16T10:12:05+01:00">16. März 2025</time></div></footer></article>',
      'de',
    );
    expect(metadataOf(footer).modifiedAt).toBe('2025-03-16T10:12:05+01:00');
    const line = page(
      '<title>Urgences</title>',
      '<article><h1>Les urgences ferment la nuit</h1><p class="dates">Publié le <time datetime="2025-04-01T10:20:00+02:00">01/04/2025 à 10h20</time> · Modifié le <time datetime="2025-04-02T09:05:00+02:00">02/04/2025 à 09h05</time></p><p>Texte.</p></article>',
      'fr',
    );
    expect(metadataOf(line).modifiedAt).toBe('2025-04-02T09:05:00');
    const ru = page(
      '<title>Приговор</title>',
      '<article><h1>Суд оставил приговор в силе</h1><div class="pr-date">Опубликовано: 20.05.2025 09:00</div><div class="pr-updated">Последнее изменение: 21.05.2025 10:12</div><p>Текст.</p></article>',
      'ru',
    );
    expect(metadataOf(ru).modifiedAt).toBe('2025-05-21T10:12:00');
    const pl = page(
      '<title>Opłata</title>',
      '<article><h1>Nowa opłata za parking</h1><ul class="meta"><li>Data publikacji: 17.03.2025 12:00</li><li>Ostatnia modyfikacja: 19.03.2025 09:30</li></ul><p>Tekst.</p></article>',
      'pl',
    );
    expect(metadataOf(pl).modifiedAt).toBe('2025-03-19T09:30:00');
    const zh = page(
      '<title>租车</title>',
      '<article><h1>冲绳自驾五日</h1><p class="date">发布于 2025年3月2日</p><p>正文。</p><p class="update-note"><em>最后修改：2025年3月10日（补充了租车店信息）</em></p></article>',
      'zh',
    );
    expect(metadataOf(zh).modifiedAt).toBe('2025-03-10');
  });

  it('reads an older theme\'s bare "entry-date" in the entry\'s footer (meta16 c-es_5), not as a revision', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/meta-probes/meta16/c-es_5/', import.meta.url);
    const html = readFileSync(new URL('page.html', dir), 'utf8');
    const { url } = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as { url: string };
    expect(metadataOf(html, url)).toMatchObject({
      publishedAt: '2025-03-09T22:14:37+01:00',
      modifiedAt: null,
    });
  });

  it("takes the time a <time>'s text shows when its datetime gives the day alone", () => {
    const html = page(
      '<title>Akkoord</title>',
      '<article><h1>EU-leiders sluiten akkoord</h1><div class="byline">Gepubliceerd: <time datetime="2025-03-27">27 maart 2025 om 22:10</time></div><p>Tekst.</p></article>',
      'nl',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-27T22:10:00');
  });

  it("reads a row's date before its revision's label, and after an organisation signing it", () => {
    const it = page(
      '<title>Villa Carlotta</title>',
      '<article><h1>Villa Carlotta, riapre la sala dei gessi</h1><div class="firma">di <b>Marco Bellini</b></div><div class="data">Venerdì 14 marzo 2025, ore 12:31 <span class="agg">Aggiornato alle 15:02</span></div><p>Testo.</p></article>',
      'it',
    );
    expect(metadataOf(it).publishedAt).toBe('2025-03-14T12:31:00');
    const es = page(
      '<title>Órgano</title>',
      '<article><h1>El órgano barroco volverá a sonar</h1><p class="small">Publicado por Delegación de Medios de Comunicación · 14/05/2025 · Actualizado 16/05/2025</p><p>Texto.</p></article>',
      'es',
    );
    expect(metadataOf(es).publishedAt).toBe('2025-05-14');
  });

  it('reads a date and a time in two spans side by side under the headline', () => {
    const html = page(
      '<title>Tariffs</title>',
      '<article><h1>Tariffs take effect on Canadian steel</h1><p class="meta"><span>March 4, 2025</span><span>6:12 AM GMT</span></p><p>Text.</p></article>',
    );
    expect(metadataOf(html).publishedAt).toBe('2025-03-04T06:12:00+00:00');
  });

  it('takes no revision at the publication\'s own instant (a blog marking its post time "updated")', () => {
    const html = page(
      '<title>家計簿</title>',
      '<article><div class="date"><time datetime="2025-03-14T12:05:12Z">2025-03-14</time></div><h1>食費を記録してみた</h1><p>本文。</p><footer class="entry-footer"><time datetime="2025-03-14T12:05:12Z" class="updated">2025-03-14 21:05</time></footer></article>',
      'ja',
    );
    expect(metadataOf(html).modifiedAt).toBeNull();
  });
});

describe('teaser cards that are one link', () => {
  it("leave their dates to the card above the headline; the article's row with a full-width bar dates it and names its writers", () => {
    const html = page(
      '<title>北陸みらい新聞 | 給食に地元産ブリ</title>',
      '<ul class="teasers"><li><a href="/kyoiku/20250219/9921.html"><img src="/t.jpg" alt=""><p>金沢大、入試で「探究」評価枠を新設</p><time datetime="2025-02-19">2025/02/19</time></a></li></ul><div class="article-box"><h1>給食に地元産ブリ、年12回へ　富山・氷見の小中学校</h1><p class="article-info">山本由紀、中村拓也 ｜ 2025/02/20 06:00 <span class="ago">（5時間前）</span></p><p>本文。</p></div>',
      'ja',
    );
    const m = metadataOf(html);
    expect(m.publishedAt).toBe('2025-02-20T06:00:00');
    expect(m.authors).toEqual(['山本由紀', '中村拓也']);
  });
});

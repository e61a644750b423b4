import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

describe('authors from labelled twitter meta', () => {
  it('reads twitter:dataN when twitter:labelN says "Written by" (in several languages)', () => {
    const meta = (label: string) =>
      `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="Karoline Herr">`;
    expect(metadataOf(page(meta('Written by'))).authors).toEqual(['Karoline Herr']);
    expect(metadataOf(page(meta('Verfasst von'))).authors).toEqual(['Karoline Herr']);
  });

  it('ignores other labelled data such as the reading time', () => {
    const html = page(
      '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">',
    );
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('prefers the author meta over the labelled pair', () => {
    const html = page(
      '<meta name="author" content="Ann Lee"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Bo Chan">',
    );
    expect(metadataOf(html).authors).toEqual(['Ann Lee']);
  });
});

describe('author box in an aside inside the article', () => {
  const box = (name: string) =>
    `<span itemprop="author" itemscope><span itemprop="name">${name}</span> —</span>`;

  it('reads a single itemprop=author box in an <aside> inside the <article>', () => {
    const html = page(
      '',
      `<article><h1>Code coverage</h1><p>Text</p><aside><p>${box('Nicolas Perriault')}</p></aside></article>`,
    );
    expect(metadataOf(html).authors).toEqual(['Nicolas Perriault']);
  });

  it('ignores several author boxes there (teaser cards of other articles)', () => {
    const cards = ['Ann Lee', 'Bo Chan', 'Cy Dunn'].map((n) => `<div>${box(n)}</div>`).join('');
    const html = page('', `<article><p>Text</p><aside>${cards}</aside></article>`);
    expect(metadataOf(html).authors).toEqual([]);
  });

  it('ignores an author box in a page sidebar outside the article', () => {
    const html = page('', `<article><p>Text</p></article><aside>${box('Ann Lee')}</aside>`);
    expect(metadataOf(html).authors).toEqual([]);
  });
});

describe("an author meta naming the outlet's newsroom", () => {
  it('is the organisation, not people split at its "e", so the visible byline names the authors', () => {
    const html = page(
      '<meta property="og:site_name" content="Terra e Mercati"><meta name="author" content="Redazione Terra e Mercati">',
      '<article><h1>Prezzi del grano duro in calo</h1><span class="byline">di <a href="/a/fl">Francesca Leone</a> e <a href="/a/dr">Davide Russo</a></span><p>Testo.</p></article>',
      'it',
    );
    expect(metadataOf(html).authors).toEqual(['Francesca Leone', 'Davide Russo']);
  });
});

describe('several author meta tags', () => {
  it('reads one author per <meta name="author"> tag, once each', () => {
    const html = page(
      '<meta name="author" content="Kooman, F."><meta name="author" content="Jong, Michiel de"><meta name="author" content="Kooman, F.">',
    );
    expect(metadataOf(html).authors).toEqual(['Kooman, F.', 'Jong, Michiel de']);
  });

  it('drops a labelled credit that is not authorship', () => {
    const html = page('<meta name="author" content="Autor: Fabian Dittmann; Ilustrator: Adriaan Prent">');
    expect(metadataOf(html).authors).toEqual(['Fabian Dittmann']);
  });
});

describe('organisations among the authors', () => {
  it('treats an author named like the domain as the site, used only without a person', () => {
    const html = page(
      '<meta name="author" content="L-MAG – Das Magazin für Lesben">',
      '<h1>T</h1><p>Von Claudia Lindner</p>',
    );
    expect(metadataOf(html, 'https://www.l-mag.de/news/1').authors).toEqual(['Claudia Lindner']);
    const alone = page('<meta name="author" content="Solarserver">', '<h1>T</h1>');
    expect(metadataOf(alone, 'https://www.solarserver.de/a').authors).toEqual(['Solarserver']);
  });

  it('drops the outlet after a dash or comma but keeps the people', () => {
    const html = page(
      '<meta property="og:site_name" content="The Harbour Times"><meta name="author" content="Jane Doe - The Harbour Times">',
    );
    expect(metadataOf(html).authors).toEqual(['Jane Doe']);
  });

  it('treats a typed Person named like an agency as an organisation', () => {
    const ld = ldJson(
      '{"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Agencies"}}',
    );
    expect(metadataOf(page(ld, '<h1>x</h1><div class="byline">By Ravi Rao</div>')).authors).toEqual([
      'Ravi Rao',
    ]);
    expect(metadataOf(page(ld)).authors).toEqual(['Agencies']);
  });
});

describe('organisation credits and account handles', () => {
  it('ranks a desk-and-agency credit as an organisation: a person named elsewhere wins', () => {
    const html = page(
      '<meta property="og:article:author" content="AFP/The Local">',
      '<h1>Headline</h1><span class="byline">By Jane Doe</span>',
    );
    expect(metadataOf(html).authors).toEqual(['Jane Doe']);
  });

  it('prefers the visible agency credit to the outlet named as JSON-LD Organization author', () => {
    const html = page(
      ldJson(
        '{"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Radio Wien"}}',
      ),
      '<h1>H</h1><div class="byline"><p>red/Agenturen</p></div>',
    );
    expect(metadataOf(html).authors).toEqual(['red/Agenturen']);
  });

  it('replaces a "first.last" account name with the name the page signs the article with', () => {
    const ld = ldJson(
      '{"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "anna.berger"}}',
    );
    const signed = page(ld, '<h1>H</h1><p>The council meets on Monday. (Anna M. Berger)</p>');
    expect(metadataOf(signed).authors).toEqual(['Anna M. Berger']);
    // Never guessed from the handle alone.
    const unsigned = page(ld, '<h1>H</h1><p>The council meets on Monday.</p>');
    expect(metadataOf(unsigned).authors).toEqual(['anna.berger']);
  });

  it('completes a first-name-only JSON-LD person from a bio that opens with the full name', () => {
    const person = (description: string) =>
      ldJson(
        `{"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "Stefan", "description": "${description}"}}`,
      );
    expect(metadataOf(page(person('Stefan Brandt - engineer and rider since 2002.'))).authors).toEqual([
      'Stefan Brandt',
    ]);
    expect(metadataOf(page(person('Stefan Brandt is an engineer.'))).authors).toEqual(['Stefan Brandt']);
    expect(metadataOf(page(person('Stefan writes about bikes.'))).authors).toEqual(['Stefan']);
  });
});

describe('JSON-LD author variants', () => {
  it('follows a typed Person reference without a name to the full node by its @id', () => {
    const graph = `{"@graph": [
      {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "@id": "#p"}},
      {"@type": "Person", "@id": "#p", "name": "Jane Doe"}]}`;
    expect(metadataOf(page(ldJson(graph))).authors).toEqual(['Jane Doe']);
  });

  it('reads every name of an author whose `name` is a list', () => {
    const json =
      '{"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": ["Jane Doe", "John Roe"]}}';
    expect(metadataOf(page(ldJson(json))).authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('visible author variants', () => {
  it('reads a microdata author whose name is a <meta itemprop="name">', () => {
    const html = page(
      '',
      '<h1>Headline here</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person">' +
        '<meta itemprop="name" content="Jane Doe"></div>',
    );
    expect(metadataOf(html).authors).toEqual(['Jane Doe']);
  });

  it('keeps an author box heading ("Über den Autor") apart from the name under it', () => {
    const box = (heading: string) =>
      page(
        '',
        `<h1>Headline here</h1><p>Text.</p><div class="about-author"><h3>${heading}</h3><strong>Jane Doe</strong></div>`,
      );
    expect(metadataOf(box('Über den Autor')).authors).toEqual(['Jane Doe']);
    expect(metadataOf(box('About the author')).authors).toEqual(['Jane Doe']);
  });

  it('reads a plain "Автор: …" line under the headline', () => {
    const html = page('', '<h1>Заголовок статьи</h1><p>Автор: Иван Петров</p><p>Текст статьи.</p>');
    expect(metadataOf(html).authors).toEqual(['Иван Петров']);
  });
});

describe('the newsroom signing as a whole', () => {
  it.each(['Redacción', 'redazione', 'Redakcja', 'redactie', 'Rédaction web', '編集部', 'Online-Redaktion'])(
    'treats a meta author "%s" as the newsroom: the person in the visible byline wins',
    (desk) => {
      const html = page(
        `<meta name="author" content="${desk}">`,
        '<h1>Titular</h1><div class="post-meta"><span class="meta-author">Por <strong>Camila Duarte</strong></span></div><p>Texto.</p>',
      );
      expect(metadataOf(html).authors).toEqual(['Camila Duarte']);
    },
  );
});

describe('Chinese bylines', () => {
  it('splits the reporters a Chinese page sets apart by spaces, but not a Japanese name', () => {
    const byline = (lang: string, text: string) =>
      page('', `<h1>标题</h1><p class="byline">${text}</p><p>正文。</p>`).replace(
        '<html',
        `<html lang="${lang}"`,
      );
    expect(metadataOf(byline('zh-CN', '记者 林晓雨 周明远 发自湖北监利')).authors).toEqual([
      '林晓雨',
      '周明远',
    ]);
    expect(metadataOf(byline('zh-CN', '潮声财经 记者 陈默')).authors).toEqual(['陈默']);
    expect(metadataOf(byline('ja', '文＝小川 里奈')).authors).toEqual(['小川 里奈']);
  });

  it('reads the author a labelled row under the headline credits, up to the next label or date', () => {
    const row = (text: string) =>
      page('', `<h1>德国大选结果出炉</h1><div class="sj-info">${text}</div><p>正文。</p>`, 'zh-CN');
    expect(
      metadataOf(row('<span>来源：申江日报</span> <span>作者：刘畅</span> <span>2025-02-24 09:30</span>'))
        .authors,
    ).toEqual(['刘畅']);
    expect(metadataOf(row('2025-11-05 10:48 撰文：郑宇航 编辑：林晓 校对：马骁')).authors).toEqual([
      '郑宇航',
    ]);
    expect(metadataOf(row('文／許品安 攝影／洪子翔 ｜ 2025年10月21日')).authors).toEqual(['許品安']);
    expect(metadataOf(row('本报记者 许嘉琪 通讯员 黄力')).authors).toEqual(['许嘉琪', '黄力']);
    // The label right after the source, with no space between ("…来源:南岭日报作者:记者 …").
    expect(
      metadataOf(row('时间:2026-07-14 08:32来源:南岭日报作者:记者 许嘉琪 通讯员 黄力点击: 次')).authors,
    ).toEqual(['许嘉琪', '黄力']);
    // A source alone credits no author.
    expect(metadataOf(row('来源：申江日报 2025-02-24 09:30')).authors).toEqual([]);
    // The row's buttons after the name are no names; an editor's placeholder is none either.
    expect(
      metadataOf(
        row(
          '2025年04月02日 08:15　来源：江南晚报　作者：张晓　<a href="#">【大</a> <a href="#">小】</a>　<a href="#">打印</a>',
        ),
      ).authors,
    ).toEqual(['张晓']);
    expect(
      metadataOf(page('<meta name="author" content="小编">', '<h1>评测</h1><p>正文。</p>', 'zh-CN')).authors,
    ).toEqual([]);
  });

  it("reads a Japanese reporter's row (desk, name, 記者) and keeps the space inside a Japanese name", () => {
    const ja = (text: string) =>
      page('', `<h1>春闘 中小企業の賃上げ</h1><p class="content--reporter">${text}</p><p>本文。</p>`, 'ja');
    expect(metadataOf(ja('経済部 佐藤 健太 記者')).authors).toEqual(['佐藤 健太']);
    expect(metadataOf(ja('文・写真：中村 美咲 ｜ 2025/03/14 12:31')).authors).toEqual(['中村 美咲']);
    expect(metadataOf(ja('経済部の取材班が伝えます')).authors).toEqual([]);
  });

  it('reads a byline classed "writer" or "reporter", but not an author box\'s heading as a name', () => {
    const ja = (box: string) => page('', `<article><h1>山の手入れを</h1>${box}<p>本文。</p></article>`, 'ja');
    expect(metadataOf(ja('<p class="p-article__writer">論説委員　藤田 恭子</p>')).authors).toEqual([
      '藤田 恭子',
    ]);
    expect(metadataOf(ja('<p class="content--reporter">社会部　中川亮 記者</p>')).authors).toEqual([
      '中川亮',
    ]);
    const heading = '<div class="writer-profile"><p>この記事を書いた人</p></div>';
    expect(metadataOf(ja(heading)).authors).toEqual([]);
  });
});

describe('co-authors the JSON-LD leaves out', () => {
  const withLd = (byline: string) =>
    page(
      ldJson(
        '{"@type":"NewsArticle","headline":"Wisła","author":[{"@type":"Person","name":"Katarzyna Wójcik"}]}',
      ),
      `<h1>Wisła</h1><div class="b-byline">${byline}</div><p>Tekst.</p>`,
    );
  it('takes a byline line naming the JSON-LD author and more people', () => {
    expect(metadataOf(withLd('Katarzyna Wójcik, Michał Zieliński')).authors).toEqual([
      'Katarzyna Wójcik',
      'Michał Zieliński',
    ]);
  });

  it('keeps the JSON-LD list when the others are on another line or are no persons', () => {
    expect(metadataOf(withLd('Katarzyna Wójcik<br>Źródło: Michał Zieliński')).authors).toEqual([
      'Katarzyna Wójcik',
    ]);
    expect(metadataOf(withLd('Katarzyna Wójcik, PAP Biznes')).authors).toEqual(['Katarzyna Wójcik']);
    expect(metadataOf(withLd('Anna Nowak, Michał Zieliński')).authors).toEqual(['Katarzyna Wójcik']);
  });
});

describe('a row of three parts or more under the headline', () => {
  const row = (text: string) =>
    page(
      '<title>Метеорит</title>',
      `<article><h1>Метеорит упав 28 листопада</h1><p class="article__credits">${text}</p><p>Науковці просять жителів району повідомляти про знахідки.</p></article>`,
      'uk',
    );

  it("reads the writer and the date beside a photographer's credit, and the time in a part of its own", () => {
    const credits = metadataOf(row('Текст: Дмитро Бойко · Фото: Вікторія Лисенко · 5 грудня 2024, 11:30'));
    expect(credits.authors).toEqual(['Дмитро Бойко']);
    expect(credits.publishedAt).toBe('2024-12-05T11:30:00');
    const timed = metadataOf(row('Богдан Литвиненко · 16 квітня 2025 · 08:15 · 5 хв читання'));
    expect(timed.authors).toEqual(['Богдан Литвиненко']);
    expect(timed.publishedAt).toBe('2025-04-16T08:15:00');
  });
});

describe('a Chinese photographer credited under the lead photo', () => {
  it('is no author ("记者 胡雪 摄"); the reporter after the source in the info row is', () => {
    const html = page(
      '<title>电诈案</title>',
      '<div class="article"><h1>甬城警方破获特大跨境电诈案</h1><div class="info"><span>2025-04-10 10:18</span><span>来源：甬城晚报</span><span>记者 周晓峰</span></div><div class="content"><p>4月9日，宁波市公安局召开新闻发布会。 记者 胡雪 摄</p><p>本报讯 宁波市公安局4月9日召开新闻发布会。</p></div></div>',
      'zh',
    );
    expect(metadataOf(html).authors).toEqual(['周晓峰']);
  });
});

describe('a Japanese credit row beside a placeholder meta author', () => {
  it('names the writer of "取材・文：… 写真：…" over the meta author "編集部"', () => {
    const html = page(
      '<title>ドローン配送</title><meta name="author" content="編集部">',
      '<article><h1>ドローン配送が山間部で定期便に</h1><div class="p-entry__credit">取材・文：<a href="/author/ogawa-naoki/">小川直樹</a>　写真：上田恵</div><p>本文。</p></article>',
      'ja',
    );
    expect(metadataOf(html).authors).toEqual(['小川直樹']);
  });
});

describe('a Chinese institution news page', () => {
  it('names the writer after "文字：" among the other roles, and the site after an unspaced hyphen in <title>', () => {
    const html = page(
      '<title>我校团队在钠离子电池负极材料研究中取得重要进展-江东大学新闻网</title>',
      '<div class="head"><a href="/index.htm"><img src="/logo.png" alt="江东大学新闻网"></a></div><div class="article"><h1>我校团队在钠离子电池负极材料研究中取得重要进展</h1><div class="arti-info"><span>文字：王晓雯</span> <span>摄影：李航</span> <span>编辑：周颖</span> <span>发布时间：2025-03-20</span></div><p>近日，我校化学与材料学院团队取得重要进展。</p></div>',
    );
    const m = metadataOf(html);
    expect(m.authors).toEqual(['王晓雯']);
    expect(m.siteName).toBe('江东大学新闻网');
    expect(m.title).toBe('我校团队在钠离子电池负极材料研究中取得重要进展');
  });
});

describe("a blog's row naming its author after the date", () => {
  it('reads a first name alone after an explicit lead-in, up to the next part of the row', () => {
    const html = (row: string, lang: string) =>
      page(
        '<title>Персеїди</title>',
        `<article><h1>Персеїди над Житомиром</h1><p class="entry-meta">${row}</p><p>Текст допису.</p></article>`,
        lang,
      );
    expect(
      metadataOf(
        html(
          'Опубліковано 9 серпня 2024 автором <a href="/author/mykola/">Микола</a> · <a href="/category/x/">Спостереження</a>',
          'uk',
        ),
      ).authors,
    ).toEqual(['Микола']);
    expect(
      metadataOf(html('Posted on March 9, 2025 by <a href="/author/bea/">Bea</a>', 'en')).authors,
    ).toEqual(['Bea']);
    // Without a lead-in a lone word is no name.
    expect(metadataOf(html('March 9, 2025 · Observations', 'en')).authors).toEqual([]);
  });
});

describe('a photo credit classed as a picture author', () => {
  it('is no byline ("img-author", "picture-author"); the organisation signing the release is the author', () => {
    const html = page(
      '<title>Aktualności - Miejski Zakład Komunikacji w Słupsku</title>',
      '<article><h1>Nowy rozkład jazdy od 1 marca</h1><div class="meta"><span>Autor: Dział Komunikacji Społecznej MZK</span></div><figure><img src="/a.jpg"><p class="img-author">Fot. MZK Słupsk</p></figure><p>Treść komunikatu.</p></article>',
      'pl',
    );
    expect(metadataOf(html).authors).toEqual(['Dział Komunikacji Społecznej MZK']);
    const caption = page(
      '<title>Szpital</title>',
      '<article><h1>Pediatria zamknięta do końca sierpnia</h1><div class="news-detail__info">Anna Kowalczyk, Piotr Nowak | 05.03.2025, 14:20</div><p class="news-detail__picture-author">Szpital Podhalański w Nowym Targu. Fot. Wojciech Chowaniec</p><p>Treść.</p></article>',
      'pl',
    );
    expect(metadataOf(caption).authors).toEqual(['Anna Kowalczyk', 'Piotr Nowak']);
  });
});

describe('credit lines and rows in Russian', () => {
  const article = (line: string) =>
    page(
      '<title>Тагил</title>',
      `<article><h1>Суд обязал водоканал сделать перерасчёт</h1><p>Подзаголовок статьи о решении суда.</p><span class="vt-article__credits">${line}</span><p>Текст статьи.</p></article>`,
      'ru',
    );

  it('reads "Текст:" before the writer, not the photographer after "фото:"', () => {
    expect(metadataOf(article('Текст: Анна Кузнецова, фото: Игорь Савин')).authors).toEqual([
      'Анна Кузнецова',
    ]);
  });

  it('reads "Name, date" as a row under the headline', () => {
    const m = metadataOf(article('Дмитрий Веселов, 5 февраля 2025, 22:10'));
    expect(m.authors).toEqual(['Дмитрий Веселов']);
    expect(m.publishedAt).toBe('2025-02-05T22:10:00');
  });
});

describe('an institution unit signing its release', () => {
  it('is the author when no person is named, from a lead-in line or a row under the headline', () => {
    const line = page(
      '<title>Szpital</title>',
      '<div class="page-header"><h1>Pierwsza w regionie operacja wszczepienia stymulatora</h1></div><dl class="article-info"><dd class="createdby">Autor: <span>Dział Komunikacji i Promocji</span></dd></dl><p>Treść komunikatu.</p>',
      'pl',
    );
    expect(metadataOf(line).authors).toEqual(['Dział Komunikacji i Promocji']);
    const row = page(
      '<title>Hospital</title>',
      '<article><h1>El hospital estrena un nuevo quirófano robótico</h1><p class="meta-noticia">Publicado el 12/03/2025 · Por: Departamento de Comunicación</p><p>Texto.</p></article>',
      'es',
    );
    expect(metadataOf(row).authors).toEqual(['Departamento de Comunicación']);
  });
});

import { describe, expect, it } from 'vitest';
import { siteCandidates } from '../../../src/extract/metadata/site-from-title.js';
import { noticeNames } from '../../../src/extract/metadata/site-notice.js';
import { metadataOf, page } from './helpers.js';

const RU_TITLE = 'В Котласе закроют роддом: рожать будут в Коряжме ~ Двина Сегодня';
const RU_HEADLINE = 'В Котласе закроют роддом: рожать будут в Коряжме';

describe('site name confirmed by the page when no meta names it', () => {
  it('cuts a title suffix that the link to the front page names, and gives it as siteName', () => {
    const html = page(`<title>${RU_TITLE}</title>`, '<header><a href="/">Двина Сегодня</a></header><p>…</p>');
    const meta = metadataOf(html);
    expect(meta.title).toBe(RU_HEADLINE);
    expect(meta.siteName).toBe('Двина Сегодня');
  });

  it('reads the copyright line, with the name in a span of its own or before a rights phrase', () => {
    const title = '三坊七巷周边停车收费上调 居民：回家停车一个月多花400元';
    const zh = page(`<title>${title} - 榕城快讯</title>`, '<footer><p>版权所有 榕城快讯</p></footer>');
    expect(metadataOf(zh)).toMatchObject({ title, siteName: '榕城快讯' });
    const ru = page(
      `<title>${RU_TITLE}</title>`,
      '<footer>© 2026 <span>Двина Сегодня</span> · Все права</footer>',
    );
    expect(metadataOf(ru)).toMatchObject({ title: RU_HEADLINE, siteName: 'Двина Сегодня' });
  });

  it("reads a logo's image alt, but not a logo that links to another site", () => {
    const title = 'Rivers rise in the north | Harbour Times';
    const logo = (href: string) =>
      `<div class="site-logo"><a href="${href}"><img src="l.png" alt="Harbour Times"></a></div>`;
    expect(metadataOf(page(`<title>${title}</title>`, logo('/'))).siteName).toBe('Harbour Times');
    const parent = metadataOf(page(`<title>${title}</title>`, logo('https://group.example/')));
    expect(parent).toMatchObject({ title, siteName: null });
  });

  it("reads a logo name that adds a frequency or a slogan to the title's segment", () => {
    const title = 'Cheias: rio Lima galga margens em Ponte de Lima - Rádio Vale do Lima';
    const fm = page(
      `<title>${title}</title>`,
      '<a href="/" class="logo"><img src="l.svg" alt="Rádio Vale do Lima 96.4 FM"></a>',
    );
    expect(metadataOf(fm)).toMatchObject({
      title: 'Cheias: rio Lima galga margens em Ponte de Lima',
      siteName: 'Rádio Vale do Lima',
    });
    const slogan = page(
      '<title>Lahntal-Bote – Orkanböen und Starkregen: Wetterdienst warnt für Mittelhessen</title>',
      '<a href="/"><img src="l.svg" alt="Lahntal-Bote – Die Zeitung für Mittelhessen"></a>',
    );
    expect(metadataOf(slogan).siteName).toBe('Lahntal-Bote');
  });

  it('leaves a logo name unconfirmed when one word after a separator may be part of it, or a word alone leads', () => {
    const place = page(
      '<title>Paróquia São Tiago Apóstolo - Gaspar: Despedida do seu Adelino, nosso sacristão</title>',
      '<h1><a href="/">Paróquia São Tiago Apóstolo - Gaspar</a></h1>',
    );
    expect(metadataOf(place).siteName).toBeNull();
    // One word before a plain tail may be a section's name: "Radio" is no site here.
    const word = page(
      '<title>Storm closes schools in the valley | Radio</title>',
      '<a href="/">Radio Havelwelle</a>',
    );
    expect(metadataOf(word).siteName).toBeNull();
  });

  it('keeps the title whole and siteName null when nothing else on the page names the segment', () => {
    const html = page(`<title>${RU_TITLE}</title>`, '<p>Двина Сегодня пишет о роддоме.</p>');
    expect(metadataOf(html)).toMatchObject({ title: RU_TITLE, siteName: null });
    // A picture credit has a mark but no year or rights phrase: the agency is not the site.
    const credit = page('<title>Rivers rise in the north | AFP</title>', '<figcaption>© AFP</figcaption>');
    expect(metadataOf(credit)).toMatchObject({ title: 'Rivers rise in the north | AFP', siteName: null });
  });

  it('cuts a leading site segment only before a sentence-long headline, where it cannot be a topic', () => {
    const footer = '<footer>© 2026 Gower Gazette. Terms · Privacy</footer>';
    const long = page('<title>Gower Gazette: Park-and-ride shelved after just 40 cars a day</title>', footer);
    expect(metadataOf(long)).toMatchObject({
      title: 'Park-and-ride shelved after just 40 cars a day',
      siteName: 'Gower Gazette',
    });
    const short = page('<title>Gower Gazette - Local Elections</title>', footer);
    expect(metadataOf(short)).toMatchObject({
      title: 'Gower Gazette - Local Elections',
      siteName: 'Gower Gazette',
    });
  });

  it('reads a link marked rel="home" and a yearless notice in the footer', () => {
    const title = 'Rivers rise in the north | Harbour Times';
    const home = page(
      `<title>${title}</title>`,
      '<a href="https://blog.example/b/" rel="home">Harbour Times</a>',
    );
    expect(metadataOf(home).siteName).toBe('Harbour Times');
    const footer = page(
      `<title>${title}</title>`,
      '<div class="site-footer"><span>©Harbour Times</span></div>',
    );
    expect(metadataOf(footer).siteName).toBe('Harbour Times');
  });

  it('prefers the declared og:site_name', () => {
    const html = page(
      `<title>${RU_TITLE}</title><meta property="og:site_name" content="Dvina Today">`,
      '<a href="/">Двина Сегодня</a>',
    );
    expect(metadataOf(html).siteName).toBe('Dvina Today');
  });

  it('keeps an author whose blog is named after them', () => {
    const html = page(
      '<title>Why the night trains are coming back | Jane Doe</title><meta name="author" content="Jane Doe">',
      '<a href="/" class="logo">Jane Doe</a>',
    );
    expect(metadataOf(html)).toMatchObject({ siteName: 'Jane Doe', authors: ['Jane Doe'] });
  });

  it('splits Chinese titles at "_" between CJK characters and Japanese ones at a full-width bar or slash', () => {
    const zh = page(
      '<title>人工智能迈上新台阶_科技_江城视点</title>',
      '<a href="/"><img alt="江城视点"></a>',
    );
    expect(metadataOf(zh)).toMatchObject({ title: '人工智能迈上新台阶', siteName: '江城视点' });
    const ja = page('<title>小学校3校、仮設校舎に｜安曇野タイムズ</title>', '<p>© 2026 安曇野タイムズ</p>');
    expect(metadataOf(ja)).toMatchObject({ title: '小学校3校、仮設校舎に', siteName: '安曇野タイムズ' });
    const city = page(
      '<title>第10回湾岸マラソンの開催概要を発表します／みなと市</title>',
      '<div id="tmp_hlogo"><a href="/index.html"><span>みなと市</span></a></div>',
    );
    expect(metadataOf(city)).toMatchObject({
      title: '第10回湾岸マラソンの開催概要を発表します',
      siteName: 'みなと市',
    });
    // An ideographic space parts a city's title; a logo's name glued to its Latin spelling.
    const spaced = page(
      '<title>参加企業を募集します\u3000港浜市</title>',
      '<h1>参加企業を募集します</h1><p><a href="/index.html"><span>港浜市</span></a></p>',
    );
    expect(metadataOf(spaced).siteName).toBe('港浜市');
    const glued = page(
      '<title>深圳一批中小企业用上“算力券” | 科创前哨</title>',
      '<a class="brand" href="/"><b>科创前哨</b><i>KCQS</i></a>',
    );
    expect(metadataOf(glued).siteName).toBe('科创前哨');
    // A space inside a Chinese headline parts nothing the page does not confirm.
    const headline = page(
      '<title>破获特大跨境电诈案 抓获63人 - 甬城晚报</title>',
      '<h1>破获特大跨境电诈案 抓获63人</h1>',
    );
    expect(metadataOf(headline).title).toBe('破获特大跨境电诈案 抓获63人');
  });

  it("reads a ministry's long name from its copyright line", () => {
    const name = 'Thüringer Ministerium für Soziales, Gesundheit und Integration';
    const html = page(
      `<title>Land fördert 14 neue Gesundheitskioske - ${name}</title>`,
      `<h1>Land fördert 14 neue Gesundheitskioske</h1><div class="l-footer"><p>© ${name} 2025 · Erfurt</p></div>`,
    );
    expect(metadataOf(html)).toMatchObject({
      title: 'Land fördert 14 neue Gesundheitskioske',
      siteName: name,
    });
  });

  it('splits at " -- ", " // " and a Japanese " ― "', () => {
    const footer = '<footer>© 2026 Fenland Packet</footer>';
    for (const sep of ['--', '//']) {
      const html = page(`<title>Bridge limit to stay until 2028 ${sep} Fenland Packet</title>`, footer);
      expect(metadataOf(html).title).toBe('Bridge limit to stay until 2028');
    }
    const ja = page('<title>子ども食堂の移転費用 ― なにわ日日</title>', '<a href="/">なにわ日日</a>');
    expect(metadataOf(ja).title).toBe('子ども食堂の移転費用');
  });
});

describe('noticeNames', () => {
  it('finds the whole owner name after the mark and year, or before a rights phrase', () => {
    expect(noticeNames('© 2026 Двина Сегодня · Все права защищены.', 'Двина Сегодня')).toBe(true);
    expect(noticeNames('Copyright © 2024 Harbour Times Ltd. All rights reserved.', 'Harbour Times')).toBe(
      true,
    );
    expect(noticeNames('榕城快讯版权所有', '榕城快讯')).toBe(true);
  });

  it('rejects a name that is part of a longer one or sits elsewhere in the line', () => {
    expect(noticeNames('© 2026 Harbour Times Media Group', 'Harbour Times')).toBe(false);
    expect(noticeNames('© 2026 The Gazette. Photo: Harbour Times', 'Harbour Times')).toBe(false);
  });
});

describe('siteCandidates', () => {
  it('offers the short segments, last first, and never the headline or a "Home" label', () => {
    expect(siteCandidates('Rivers rise in the north | News | Harbour Times').map((c) => c.name)).toEqual([
      'Harbour Times',
      'News',
    ]);
    expect(siteCandidates('Home | Harbour Times news and sport from the coast')).toEqual([]);
    expect(siteCandidates('Rivers rise in the north')).toEqual([]);
  });

  it('offers the longest segment when the page\'s headline is another, names with "de la", and "丨" parts', () => {
    const title = 'Sala de prensa | Ayuntamiento de Medina del Duero';
    expect(siteCandidates(title).map((c) => c.name)).toEqual(['Sala de prensa']);
    const headline = 'El Ayuntamiento pone en marcha la primera comunidad energética';
    expect(siteCandidates(title, headline).map((c) => c.name)).toEqual([
      'Ayuntamiento de Medina del Duero',
      'Sala de prensa',
    ]);
    expect(
      siteCandidates('Frelon asiatique : mon bilan du piégeage – Les Ruches de la Vallée Verte').map(
        (c) => c.name,
      ),
    ).toContain('Les Ruches de la Vallée Verte');
    expect(siteCandidates('北方农经网丨黑龙江大豆播种面积稳定在7000万亩以上').map((c) => c.name)).toEqual([
      '北方农经网',
    ]);
  });
});

import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/extract/metadata/index.js';
import { ldJson, metadataOf, NOW, page } from './helpers.js';

describe('site, description, image, canonical URL, section and tags', () => {
  const head = `<base href="/static/">
    <meta property="og:site_name" content="Harbour Times">
    <meta property="og:description" content="What the floods mean.">
    <meta property="og:image" content="img/lead.jpg">
    <link rel="canonical" href="/news/rivers">
    <meta property="article:section" content="Weather">
    <meta property="article:tag" content="Floods"><meta property="article:tag" content="rivers">
    <meta name="keywords" content="floods, Climate , ">`;

  it('reads them and resolves URLs against <base> and the page URL', () => {
    const m = metadataOf(
      page(head, '<a rel="tag" href="/t/x">#Storms</a>'),
      'https://harbour.example/2025/a.html',
    );
    expect(m.siteName).toBe('Harbour Times');
    expect(m.description).toBe('What the floods mean.');
    expect(m.image).toBe('https://harbour.example/static/img/lead.jpg');
    expect(m.canonicalUrl).toBe('https://harbour.example/news/rivers');
    expect(m.section).toBe('Weather');
    expect(m.tags).toEqual(['Floods', 'rivers', 'Climate', 'Storms']);
  });

  it('reads space-separated property keys', () => {
    const m = metadataOf(page('<meta property="og:title twitter:title" content="Shared title">'));
    expect(m.title).toBe('Shared title');
  });

  it('leaves fields null or empty when the page says nothing', () => {
    const m = metadataOf('<html><body><p>Just text.</p></body></html>');
    expect(m).toEqual({
      title: null,
      authors: [],
      publishedAt: null,
      modifiedAt: null,
      language: null,
      siteName: null,
      description: null,
      image: null,
      canonicalUrl: null,
      section: null,
      tags: [],
    });
  });

  it('drops relative URLs it cannot resolve and non-http ones', () => {
    const m = metadataOf(
      page('<meta property="og:image" content="img/x.jpg"><link rel="canonical" href="javascript:void(0)">'),
    );
    expect(m.image).toBeNull();
    expect(m.canonicalUrl).toBeNull();
  });

  it("drops a template's canonical that names the front page for an article deeper in the site", () => {
    const html = page('<meta property="og:url" content="https://qualazampa.example/">');
    expect(metadataOf(html, 'https://qualazampa.example/salute/zecche/').canonicalUrl).toBeNull();
    expect(metadataOf(html, 'https://qualazampa.example/').canonicalUrl).toBe('https://qualazampa.example/');
  });

  it('does not change the DOM it reads', () => {
    const html = page(
      `${head}${ldJson('{"@type": "NewsArticle", "headline": "x"}')}`,
      '<h1><span class="kicker">K</span> Head</h1><div class="byline">By <b>A B</b><br>3 March 2025</div>',
    );
    const $ = cheerio.load(html);
    const before = $.html();
    extractMetadata($, { url: 'https://harbour.example/' }, NOW);
    expect($.html()).toBe(before);
  });
});

describe('section from the breadcrumb trail', () => {
  const trail = (attrs: string, inner: string) =>
    page('', `<nav ${attrs}>${inner}</nav><h1>Headline of the story</h1>`);
  it('takes the deepest linked level, past the front page and the article itself', () => {
    const html = trail(
      'class="breadcrumb"',
      '<a href="/">Home</a> › <a href="/news/">News</a> › <a href="/news/courts/">Courts</a> › <span>Headline of the story</span>',
    );
    expect(metadataOf(html).section).toBe('Courts');
    const aria = trail(
      'aria-label="Migas de pan"',
      '<a href="/">Inicio</a> / <a href="/noticias/ayuntamiento">Ayuntamiento</a>',
    );
    expect(metadataOf(aria).section).toBe('Ayuntamiento');
    const cjk = page(
      '',
      '<div class="pankuzu"><a href="https://x.example/">ホーム</a> ＞ <a href="/nature/">自然・環境</a> ＞ 記事</div><h1>見出し</h1>',
    );
    expect(metadataOf(cjk, 'https://x.example/a').section).toBe('自然・環境');
  });

  it('prefers the section meta, and skips the bar buttons and a linked headline', () => {
    const both = page(
      '<meta property="article:section" content="Weather">',
      '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a></nav><h1>H</h1>',
    );
    expect(metadataOf(both).section).toBe('Weather');
    const buttons = trail(
      'class="breadcrumbs"',
      '<a href="/sport/">Sport</a> <a href="/sport/story-1">Rivals share the points after a late penalty</a> <a href="javascript:print()">drucken</a> <a href="/sport/">‹ Zurück</a>',
    );
    expect(metadataOf(buttons).section).toBe('Sport');
  });

  it('takes a last crumb with no link as the section, unless it is the page itself or a label', () => {
    const place = trail('class="breadcrumb"', '<a href="/">Startseite</a> / <span>Meinung</span>');
    expect(metadataOf(place).section).toBe('Meinung');
    const deeper = trail(
      'class="breadcrumbs"',
      '<a href="/">Главная</a> / <a href="/news/">Новости</a> / <span>Общество</span>',
    );
    expect(metadataOf(deeper).section).toBe('Общество');
    // The headline shortened ("Headline of …" shares "Headline"), "正文", a label after a button.
    const shortened = trail(
      'class="breadcrumb"',
      '<a href="/">Home</a> / <a href="/news/">News</a> / Headline',
    );
    expect(metadataOf(shortened).section).toBe('News');
    const article = page(
      '',
      '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/pinglun/">评论</a> &gt; 正文</div><h1>标题</h1>',
    );
    expect(metadataOf(article).section).toBe('评论');
    const label = trail(
      'class="breadcrumb-siteid"',
      '<a href="/">Home</a> <a href="/gas/">Preise</a> <a href="javascript:print()">drucken</a> Seiten-ID: 312',
    );
    expect(metadataOf(label).section).toBe('Preise');
  });

  it('finds a trail no class names by its shape: the front page first, levels parted by a sign', () => {
    const shaped = (inner: string) =>
      page('', `<div class="x1">${inner}</div><h1>Headline of the story</h1>`);
    expect(metadataOf(shaped('<a href="/">Inicio</a> / <a href="/deportes">Deportes</a>')).section).toBe(
      'Deportes',
    );
    // A label before the front page; a front page named by its link ("/main.htm"); an archive year.
    expect(
      metadataOf(
        shaped(
          '当前位置：<a href="/main.htm">首页</a> &gt; <a href="/xw/">新闻中心</a> &gt; <a href="/zh/">综合新闻</a> &gt; <a href="/zh/2025/">2025年</a>',
        ),
      ).section,
    ).toBe('综合新闻');
    // A section on a host of its own, after the site's front page.
    expect(
      metadataOf(
        shaped(
          '<a href="https://www.x.example/">首页</a> &gt; <a href="https://opinion.x.example/">评论</a>',
        ),
        'https://opinion.x.example/a.html',
      ).section,
    ).toBe('评论');
    // A menu: no front page first, or entries parted by "|", or text between the links.
    expect(metadataOf(shaped('<a href="/news/">News</a> / <a href="/sport/">Sport</a>')).section).toBeNull();
    expect(metadataOf(shaped('<a href="/">Home</a> | <a href="/sport/">Sport</a>')).section).toBeNull();
    expect(
      metadataOf(shaped('<a href="/">Home</a> / read the <a href="/sport/">Sport</a> pages')).section,
    ).toBeNull();
    // Another site's front page starts no trail of this one.
    expect(
      metadataOf(
        shaped('<a href="https://other.example/">Home</a> / <a href="/sport/">Sport</a>'),
        'https://x.example/a',
      ).section,
    ).toBeNull();
  });

  it("reads a CMS's category link or primary tag when there is no trail", () => {
    const category = page(
      '',
      '<article><h1>H</h1><p>Text.</p><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/race-reports/" rel="category tag">› Race Reports</a></span></footer></article>',
    );
    expect(metadataOf(category).section).toBe('Race Reports');
    const ghost = page(
      '',
      '<article><header><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/sport/">Sport</a></span></div><h1>H</h1></header><section class="article-tags"><a href="/tag/a/">A</a></section></article>',
    );
    expect(metadataOf(ghost).section).toBe('Sport');
    const trailInTag = page(
      '',
      '<article><section class="article-tag"><a href="/">Home</a> / <a href="/motori/">Motori</a></section><h1>H</h1></article>',
    );
    expect(metadataOf(trailInTag).section).toBe('Motori');
    // An element classed for the category, not a post wrapper classed "category-…" nor a bare label.
    const box = page(
      '',
      '<article class="post hentry category-local"><div class="post-cat"><a href="/muzyka/">Музика</a></div><h1>H</h1><p>Text <a href="/x">link</a>.</p></article>',
    );
    expect(metadataOf(box).section).toBe('Музика');
    const wrapper = page(
      '',
      '<article class="post hentry category-local"><h1>H</h1><p>Text <a href="/x">Some link</a>.</p></article>',
    );
    expect(metadataOf(wrapper).section).toBeNull();
    expect(
      metadataOf(page('', '<h1>H</h1><span class="cat-label">Category:</span><p>Text.</p>')).section,
    ).toBeNull();
    // An element of the article named for its section; not a title of the article's own sections.
    const part = page(
      '',
      '<article><p class="ng-article__section"><a href="/business">Business</a></p><h1>H</h1></article>',
    );
    expect(metadataOf(part).section).toBe('Business');
    const abstract = page(
      '',
      '<h1>H</h1><section><h2 class="c-article-section__title">Abstract</h2><p>Text.</p></section>',
    );
    expect(metadataOf(abstract).section).toBeNull();
    // A link after a category label, in any of the languages; not a link after other words.
    const labelled = page(
      '',
      '<article><h1>H</h1><ul class="post-meta"><li>分类: <a href="/category/travel/">旅行</a></li></ul><p>Text.</p></article>',
    );
    expect(metadataOf(labelled).section).toBe('旅行');
    const prose = page(
      '',
      '<article><h1>H</h1><p>Read more: <a href="/category/travel/">Travel</a></p></article>',
    );
    expect(metadataOf(prose).section).toBeNull();
    // Tags after a label are tags: the category box names the section.
    const tagged = page(
      '',
      '<article><p class="post__cat"><a href="/secondhand/">Second Hand</a></p><h1>H</h1><p>Text.</p><div class="post__tags">Filed under: <a href="/tag/vintage/">vintage</a> <a href="/tag/events/">events</a></div></article>',
    );
    expect(metadataOf(tagged).section).toBe('Second Hand');
    // A comment's category link is not the article's.
    const comment = page(
      '',
      '<h1>H</h1><div class="comments"><a rel="category" href="/c/x">Offtopic</a></div>',
    );
    expect(metadataOf(comment).section).toBeNull();
  });

  it('reads no section from a "crumb" box of many links (a menu) or a page without a trail', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/s${i}/">Section ${i}</a>`).join(' ');
    expect(metadataOf(trail('class="crumbs-menu"', links)).section).toBeNull();
    expect(metadataOf(page('', '<h1>H</h1><p>Text.</p>')).section).toBeNull();
  });
});

describe('image: the photo under the headline when the page names none', () => {
  const article = (head: string, figure: string) =>
    page(head, `<article><h1>Headline</h1><p class="byline">By Jane Doe</p>${figure}<p>Text.</p></article>`);
  it('takes the first real photo after the headline, resolved against the page', () => {
    const html = article(
      '',
      '<figure><img src="/media/2025/06/lead.jpg" alt="The harbour" width="1200"></figure>',
    );
    expect(metadataOf(html, 'https://x.example/a').image).toBe('https://x.example/media/2025/06/lead.jpg');
    const lazy = article('', '<img src="data:image/gif;base64,R0lG" data-src="/media/lead.jpg" alt="">');
    expect(metadataOf(lazy, 'https://x.example/a').image).toBe('https://x.example/media/lead.jpg');
  });

  it('skips avatars, logos, small images, buttons and GIFs', () => {
    const html = article(
      '',
      '<img src="/media/auteurs/jdoe.jpg" alt=""><img class="author-avatar" src="/a.jpg">' +
        '<img src="/img/btn.png" width="80" height="15"><img src="/img/88x31.png"><img src="/spacer.gif">',
    );
    expect(metadataOf(html, 'https://x.example/a').image).toBeNull();
  });

  it("prefers og:image, but not a site-wide default over the article's own photo", () => {
    const photo = '<figure><img src="/media/lead.jpg" alt="Harbour"></figure>';
    const named = article('<meta property="og:image" content="https://x.example/og/story.jpg">', photo);
    expect(metadataOf(named, 'https://x.example/a').image).toBe('https://x.example/og/story.jpg');
    const generic = article(
      '<meta property="og:image" content="https://x.example/img/og-default.png">',
      photo,
    );
    expect(metadataOf(generic, 'https://x.example/a').image).toBe('https://x.example/media/lead.jpg');
    const logo = article(
      '<meta property="og:image" content="https://x.example/static/img/logo-share.png">',
      photo,
    );
    expect(metadataOf(logo, 'https://x.example/a').image).toBe('https://x.example/media/lead.jpg');
    const share = article(
      '<meta property="og:image" content="https://x.example/static/images/share-logo.png">',
      photo,
    );
    expect(metadataOf(share, 'https://x.example/a').image).toBe('https://x.example/media/lead.jpg');
    // A photo that shows a logo is a photo.
    const shown = article(
      '<meta property="og:image" content="https://x.example/m/raspberry_pi_logo_main.jpg">',
      photo,
    );
    expect(metadataOf(shown, 'https://x.example/a').image).toBe(
      'https://x.example/m/raspberry_pi_logo_main.jpg',
    );
  });
});

describe('tags from the topic links the article shows', () => {
  it('reads links to tag or topic pages after the headline, outside navigation and sidebars', () => {
    const html = page(
      '',
      '<nav><a href="/thema/politik/">Politik</a></nav><article><h1>Grundsteuer: Bundesrat vertagt</h1><p>Text.</p>' +
        '<div class="news-tags">Schlagworte: <a href="/thema/bundesrat/">Bundesrat</a>, <a href="/thema/grundsteuer/">Grundsteuer</a>' +
        ' <a href="/thema/newsletter/">Jetzt anmelden!</a> <a href="/tags/">Tags</a></div></article>' +
        '<aside><a href="/tags/wetter">Wetter</a></aside>',
    );
    expect(metadataOf(html).tags).toEqual(['Bundesrat', 'Grundsteuer']);
  });

  it('reads none from a topic index of many links', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/topics/t${i}">Topic ${i}</a>`).join(' ');
    expect(metadataOf(page('', `<h1>All our topics</h1><div>${links}</div>`)).tags).toEqual([]);
  });
});

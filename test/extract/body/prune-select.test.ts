import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/extract/body/index.js';
import { extractFromHtml } from '../../../src/extract/index.js';
import { blocksToText } from '../../../src/extract/text.js';
import { prose } from '../helpers.js';

function body(html: string, explain = false) {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const result = extractBody($, { url: 'https://example.org/a', explain });
  return { ...result, text: blocksToText(result.blocks) };
}

describe('pruning', () => {
  it('keeps an article inside a page-wrapping ASP.NET form, drops a search form', () => {
    const { text } = body(
      `<html><body><form id="aspnetForm" action="/Default.aspx"><div class="header"><form><input name="q"><p>Search the site</p></form></div>
      <div class="article">${prose(5)}</div></form></body></html>`,
    );
    expect(text).toContain('Article paragraph 5');
    expect(text).not.toContain('Search the site');
  });

  it('keeps a Chinese article inside a page-wrapping form: CJK paragraphs are short in characters', () => {
    const para = (n: number) =>
      `<p>第${n}段：市轨道交通集团发布消息，地铁工程已完成全部车站主体结构施工，计划明年开通初期运营，沿线居民早高峰的通勤时间预计将由目前的七十分钟缩短至四十五分钟左右。</p>`;
    const { text } = body(
      `<html><body><form id="aspnetForm" action="./Article.aspx"><h1>地铁明年开通</h1>
      <div id="ctl00_divText">${[1, 2, 3].map(para).join('')}</div></form></body></html>`,
    );
    expect(text).toContain('第3段');
  });

  it('drops scripts, styles, nav and hidden elements', () => {
    const { text, removed } = body(
      `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div>${prose(3)}
      <p style="display:none">Hidden promo text that nobody sees.</p><div hidden>Also hidden.</div>
      <script>var x = "script text";</script><style>p{color:red}</style></div></body></html>`,
      true,
    );
    expect(text).not.toMatch(/Home|Hidden promo|Also hidden|script text|color/);
    expect(removed.some((r) => r.category === 'nav' && r.rule === 'tag:nav')).toBe(true);
  });

  it('reads aria-hidden=true and styles that hide as hidden', () => {
    const { text } = body(
      `<html><body><div>${prose(3)}<p aria-hidden="true">Screen-reader skip text.</p>
      <p aria-hidden="false">Visible note stays.</p>
      <p class="x" style="color: red; visibility : hidden">Invisible line.</p><p style="color:red">Red line stays.</p></div></body></html>`,
    );
    expect(text).not.toMatch(/Screen-reader skip|Invisible line/);
    expect(text).toContain('Visible note stays');
    expect(text).toContain('Red line stays');
  });

  it('drops an email sign-up form with its heading and blurb as a newsletter box', () => {
    const { text, removed } = body(
      `<html><body><div><h3>The Morning Brief</h3><p>Five stories worth your time, every weekday.</p>
      <form><input type="email" name="email"><button>Sign me up</button></form></div>
      <div class="article">${prose(4)}</div></body></html>`,
      true,
    );
    expect(text).toContain('Article paragraph 4');
    expect(text).not.toMatch(/Morning Brief|Five stories/);
    expect(removed).toContainEqual(
      expect.objectContaining({ category: 'newsletter', rule: 'form:email-signup' }),
    );
  });

  it('drops a small box around an email field outside any form, inside the article', () => {
    const { text, removed } = body(
      `<html><body><div class="article">${prose(2)}<div class="m-2f"><p>Every Friday the week's essentials — leave your address and the letter arrives by noon.</p><input type="email"><a href="#">Get the letter</a></div>${prose(2, 3)}</div></body></html>`,
      true,
    );
    expect(text).toContain('Article paragraph 4');
    expect(text).not.toMatch(/week's essentials|Get the letter/);
    expect(removed).toContainEqual(
      expect.objectContaining({ category: 'newsletter', rule: 'field:email-signup' }),
    );
  });

  it('drops a box of a heading, a blurb and a sign-up button or newsletter link, with no field', () => {
    const button = body(
      `<html><body><div class="article">${prose(2)}<div class="c-1"><p>La Matinale</p><p>L'essentiel de la politique, chaque matin à 7 heures.</p><button type="button">S'inscrire gratuitement</button></div>${prose(2, 3)}</div></body></html>`,
      true,
    );
    expect(button.text).not.toMatch(/La Matinale|chaque matin/);
    expect(button.removed).toContainEqual(
      expect.objectContaining({ category: 'newsletter', rule: 'box:signup-control' }),
    );
    const link = body(
      `<html><body><div class="article">${prose(2)}<section><h3>The Bell Schedule</h3><p>What is changing in the county's classrooms, in five minutes.</p><div><a href="/newsletters/bell-schedule">Sign up free</a></div></section>${prose(2, 3)}</div></body></html>`,
    );
    expect(link.text).not.toMatch(/Bell Schedule|five minutes/);
    for (const { text } of [button, link]) expect(text).toContain('Article paragraph 4');
  });

  it('drops such a box when its button sits in a form with no field to fill in', () => {
    const { text } = body(
      `<html><body><div class="article">${prose(3)}<div class="c-fa98"><h4>Розсилка «Вінниця за тиждень»</h4><p>Найважливіше про місто у вашій поштовій скриньці.</p><form action="/api/f2" method="post"><button type="submit">Підписатися</button></form></div>${prose(1, 4)}</div></body></html>`,
    );
    expect(text).not.toMatch(/Розсилка|поштовій скриньці/);
    expect(text).toContain('Article paragraph 4');
  });

  it("reads a button in the reader's own words as the sign-up ('Get the newsletter', 'Quero receber alertas')", () => {
    for (const [heading, blurb, label] of [
      [
        'The Dispatch Daily',
        'A quick read on Ridgefield news, every weekday at 6 a.m.',
        'Get the newsletter',
      ],
      [
        'Alertas do Oeste',
        'Receba no email os avisos meteorológicos da sua região.',
        'Quero receber alertas',
      ],
    ]) {
      const { text } = body(
        `<html><body><div class="article">${prose(2)}<div class="b-card"><p>${heading}</p><p>${blurb}</p><button type="button">${label}</button></div>${prose(2, 3)}</div></body></html>`,
      );
      expect(text, label).not.toContain(heading);
      expect(text).toContain('Article paragraph 4');
    }
  });

  it("drops a sign-up form's title and blurb in their own container just before the form's", () => {
    const { text, removed } = body(
      `<html><body><div class="article">${prose(2)}<div class="c-4f8b"><h3>Get The Paper Trail</h3><p>A weekly note from our reporters on what they are digging into next.</p></div><div class="c-f61f"><form action="/subscribe" method="post"><input type="email" name="EMAIL"><button type="submit">Subscribe</button></form><p><small>No spam. Unsubscribe with one click.</small></p></div>${prose(2, 3)}</div></body></html>`,
      true,
    );
    expect(text).not.toMatch(/Paper Trail|weekly note|No spam/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}`);
    expect(removed.filter((r) => r.rule === 'form:email-signup')).toHaveLength(2);
  });

  it('leaves the widget before a sign-up box that has its own title', () => {
    const { text } = body(
      `<html><body><div class="article">${prose(4)}</div><aside><section><h3>Most read</h3><ol><li><a href="/a">Bridge opening delayed again</a></li></ol></section><section><h3>In your inbox</h3><p>The news from the north, every weekday.</p><form action="/signup/" method="post"><input type="email" name="e"><button type="submit">Sign up</button></form></section></aside></body></html>`,
    );
    expect(text).toContain('Article paragraph 4');
    expect(text).not.toContain('In your inbox');
  });

  it("keeps a sign-up link in a sentence, and a box whose words are not a newsletter's", () => {
    const inText = body(
      `<html><body><div class="article">${prose(2)}<p>The shop, which opened in 2019, sells its surplus through a list that customers can join at <a href="/newsletter/">example.com/newsletter</a>, the owner said.</p>${prose(2, 3)}</div></body></html>`,
    );
    expect(inText.text).toContain('example.com/newsletter');
    const offer = body(
      `<html><body><div class="article">${prose(2)}<div><p>Season tickets</p><p>Twelve home games from €90.</p><button>Subscribe</button></div>${prose(2, 3)}</div></body></html>`,
    );
    expect(offer.text).toContain('Twelve home games');
  });

  it('keeps the article around an email field that sits among its paragraphs', () => {
    const { text } = body(
      `<html><body><div class="article">${prose(2)}<input type="email">${prose(2, 3)}</div></body></html>`,
    );
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}`);
  });

  it('does not take a comment form (it has a text area) for a sign-up box', () => {
    const { removed } = body(
      `<html><body><div class="article">${prose(4)}</div><div><h3>Leave a reply</h3>
      <form><input type="email" name="email"><textarea name="c"></textarea></form></div></body></html>`,
      true,
    );
    expect(removed.some((r) => r.rule === 'form:email-signup')).toBe(false);
  });

  it('survives pathological nesting, keeping the text nested past the cap', () => {
    const deep = `<html><body><article>${'<div>'.repeat(20000)}${prose(3)}${'</div>'.repeat(20000)}</article></body></html>`;
    const { text } = extractFromHtml(deep);
    expect(text).toContain('Article paragraph 1');
    expect(text).toContain('Article paragraph 3');
  });
});

describe('selection', () => {
  it('picks the article over a link-heavy sidebar and menus', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s${i}">Sidebar story number ${i} with a long headline</a></li>`,
    ).join('');
    const { text } = body(
      `<html><body><div class="sidebar"><ul>${links}</ul></div><div class="post-content">${prose(6)}</div></body></html>`,
    );
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('Sidebar story');
  });

  it("leaves the page's footer beside a short story out (probe66 nl_after), and keeps the article's own header", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../../bench/probes/probe66/nl_after/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as { url: string };
    const { text } = extractFromHtml(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    expect(text).toContain('dreigt de FNV met een staking van een week');
    expect(text).not.toMatch(/KvK|Colofon|Tips\?/);
    const head =
      '<header class="article-head"><p class="summary">The school needs 4.2 million ringgit, and has raised half.</p></header>';
    const withHead = body(
      `<html><body><article>${head}<div class="txt">${prose(4)}</div></article></body></html>`,
    );
    expect(withHead.text).toContain('has raised half');
  });

  it('gives empty text for a page with no article', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">Headline ${i}</a></li>`).join(
      '',
    );
    const { text, blocks } = body(`<html><body><div class="home"><ul>${links}</ul></div></body></html>`);
    expect(text).toBe('');
    expect(blocks).toEqual([]);
  });

  it('uses JSON-LD articleBody when the page body yields little', () => {
    const article =
      'This is the full article text from structured data, long enough to be the article. '.repeat(6);
    const { text } = body(
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: article })}</script></head>
      <body><div id="app"><p>Loading…</p></div></body></html>`,
    );
    expect(text).toBe(article.trim());
  });

  it('drops the headline that repeats the page title', () => {
    const { text } = body(
      `<html><head><title>Council Approves Budget - City News</title></head><body><article><h1>Council Approves Budget</h1>${prose(3)}</article></body></html>`,
    );
    expect(text).not.toContain('Council Approves Budget');
    expect(text).toContain('Article paragraph 1');
  });

  it('brings in the standfirst from the article header when the description names it', () => {
    const lead =
      'Heat pumps are selling faster than ever as households look for cheaper and cleaner heating.';
    const { text } = body(
      `<html><head><meta name="description" content="${lead}"></head><body><article><header><h1>Heat pumps boom</h1>
      <p class="standfirst">${lead}</p></header><div class="article-body">${prose(5)}</div></article>
      <div class="teasers"><p>Unrelated teaser text that is long enough to be a paragraph on its own, about something else.</p></div></body></html>`,
    );
    expect(text.startsWith(lead)).toBe(true);
    expect(text).toContain('Article paragraph 5');
  });

  // Speed is measured by `npm run bench:quality`, not asserted here: a timed test fails on a busy machine.
  it('finds the article among hundreds of link-and-meta boxes', () => {
    const filler = Array.from(
      { length: 400 },
      (_, i) => `<div class="w${i}"><a href="/x${i}">Link ${i}</a><span>meta ${i}</span></div>`,
    ).join('');
    const html = `<html><body>${filler}<article>${prose(40)}</article>${filler}</body></html>`;
    const { text } = body(html);
    expect(text.split('\n\n')).toHaveLength(40);
    expect(text).not.toMatch(/Link \d|meta \d/);
  });
});

describe('page builders', () => {
  it('keeps an Elementor post: every block is an "elementor-widget", the content one too', () => {
    const w = (kind: string, inner: string) =>
      `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
    const info = w('post-info', '<ul><li>Juliana Prado</li><li>14/08/2025</li></ul>');
    const promo = (n: number) =>
      w(
        'text-editor',
        `<p>Promo ${n}: our cooperative partners offer guided tours of the roastery every Saturday, with tastings, a shop and a café for the whole family, open all year round.</p>`,
      );
    const html = `<html><body><div class="elementor elementor-location-single">${w('theme-post-title', '<h1>Coffee exports hit a record</h1>')}${info}${w('theme-post-content', prose(3))}${promo(1)}${promo(2)}${promo(3)}${promo(4)}${w('share-buttons', '<span>Share</span><a href="#">Facebook</a><a href="#">X</a>')}</div></body></html>`;
    const { text } = extractFromHtml(html);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}`);
    expect(text).not.toContain('Facebook');
  });
});

describe('an article split into parallel wrappers', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story: the sale is done in two steps, and shareholders are treated differently in each of them, the filings show.</p>`;
  const related =
    '<div class="supplemental"><div class="story-body"><a href="/a">Another story</a></div><div class="story-body"><a href="/b">A third story</a></div></div>';

  it('gathers every part, in order, and not the related box between them', () => {
    const { text } = body(
      `<html><body><article><div class="story-body-wrap"><div class="story-body story-body-1">${[1, 2, 3, 4].map(para).join('')}</div></div>${related}<div class="story-body-wrap"><div class="story-body story-body-2">${[5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map(para).join('')}</div><div class="story-interrupter"><a href="/c">Continue reading the main story</a></div></div></article></body></html>`,
    );
    expect(text).toContain('Paragraph 1 of the story');
    expect(text.indexOf('Paragraph 4 ')).toBeLessThan(text.indexOf('Paragraph 5 '));
    expect(text).toContain('Paragraph 16 of the story');
    expect(text).not.toContain('Another story');
  });
});

import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { Removals } from '../../../src/extract/body/removed.js';
import { trailingHashtags } from '../../../src/extract/body/trailing-hashtags.js';
import { hashtagLine, removeHashtagLines } from '../../../src/extract/clean/hashtags.js';
import { loadPage } from '../../../src/extract/index.js';
import { blocksFrom, context, textOf } from '../helpers.js';

describe('hashtag lines', () => {
  it('reads the tags of a hashtag-only line, without #', () => {
    expect(hashtagLine('#PutinTrump #Meeting #U.S #Kremlin')).toEqual([
      'PutinTrump',
      'Meeting',
      'U.S',
      'Kremlin',
    ]);
    expect(hashtagLine('#выставка #Петербург')).toEqual(['выставка', 'Петербург']);
  });

  it('reads Weibo-style topics closed by a second mark', () => {
    expect(hashtagLine('#视频会员涨价# #消费维权#')).toEqual(['视频会员涨价', '消费维权']);
    expect(hashtagLine('#Budget# is up again')).toBeNull();
  });

  it('reads a line of hashtags after a "Tags:" label in several languages', () => {
    expect(hashtagLine('Теги: #благотворительность #хоспис')).toEqual(['благотворительность', 'хоспис']);
    expect(hashtagLine('Etiquetas: #vivienda #turismo')).toEqual(['vivienda', 'turismo']);
    expect(hashtagLine('Tags: the #MeToo movement')).toBeNull();
  });

  it('leaves sentences that mention a hashtag alone', () => {
    expect(hashtagLine('The #MeToo movement changed the industry.')).toBeNull();
    expect(hashtagLine('#1 priority for the council is housing')).toBeNull();
    expect(hashtagLine('')).toBeNull();
  });

  it('removes the line, collects its tags and explains it', () => {
    const ctx = context();
    const kept = removeHashtagLines(blocksFrom('<p>Body text.</p><p>#Rail #Europe</p>'), ctx);
    expect(textOf(kept)).toBe('Body text.');
    expect(ctx.hashtags).toEqual(['Rail', 'Europe']);
    expect(ctx.removals.items).toEqual([
      { category: 'hashtags', rule: 'pattern:hashtag-line', text: '#Rail #Europe' },
    ]);
  });

  it('reads tags that keep their spaces in a block of their own, and no sentence', () => {
    expect(hashtagLine('#algues vertes #Bretagne #nitrates', true)).toEqual([
      'algues vertes',
      'Bretagne',
      'nitrates',
    ]);
    expect(hashtagLine('#algues vertes #Bretagne #nitrates')).toBeNull();
    expect(hashtagLine('#MeToo changed the whole debate on campus #now', true)).toBeNull();
    const $ = loadPage(
      '<html><body><main><article><p>Story.</p></article><p class="post-tags">#algues vertes #Bretagne</p></main></body></html>',
    );
    expect(trailingHashtags([$('article')[0] as Element], new Removals(true))).toEqual([
      'algues vertes',
      'Bretagne',
    ]);
  });
});

describe('hashtag lines after the article', () => {
  const body = (html: string) => {
    const $ = loadPage(`<html><body>${html}</body></html>`);
    return $('article').toArray() as Element[];
  };

  it('reads a tags bar that follows the article, outside the chosen content', () => {
    const content = body(
      '<main><article><p>Story.</p></article><p class="tags"><a>#Housing</a> <a>#Northfield</a></p></main>',
    );
    expect(trailingHashtags(content)).toEqual(['Housing', 'Northfield']);
  });

  it('opens the first element after the content however deep the content sits', () => {
    const footer = `<div><div><a>Поділитися</a> <a>Telegram</a></div><p>#Полтава #медицина</p><aside><h3>Найпопулярніше</h3><ul><li>${'Полтавці скаржаться на графіки відключень світла. '.repeat(6)}</li></ul></aside></div>`;
    const content = body(`<div><main><div><article><p>Story.</p></article></div></main></div>${footer}`);
    expect(trailingHashtags(content)).toEqual(['Полтава', 'медицина']);
  });

  it("opens the long element right after the content's container: a post footer with the tags line", () => {
    const newsletter = `<aside><h4>Bądź na bieżąco</h4><p>${'Zapisz się na poranny newsletter Kuriera. '.repeat(8)}</p></aside>`;
    const content = body(
      `<div><div><article><p>Story.</p></article></div></div><div><div><a>Udostępnij</a> <a>Facebook</a></div><p>#Puławy #hospicjum #PIT</p><div>Optimized by Optimole</div>${newsletter}</div>`,
    );
    expect(trailingHashtags(content)).toEqual(['Puławy', 'hospicjum', 'PIT']);
  });

  it('reads a tags line inside a short article footer beside its share buttons', () => {
    const content = body(
      '<main><article><p>Story.</p></article><footer><div>#Bamberg #Parken</div>' +
        '<div><button>Mastodon</button><button>Link kopieren</button></div></footer></main>',
    );
    expect(trailingHashtags(content)).toEqual(['Bamberg', 'Parken']);
  });

  it('reads a tags line between two parts of the content when a lead from the header opens it', () => {
    const $ = loadPage(
      '<html><body><header><p class="lead">Lead.</p><nav>Menu</nav></header><main><section class="body"><p>Story.</p></section><div class="post-tags"><p>#Fenwick #Libraries</p></div><section class="cta"><p>Join us.</p></section></main></body></html>',
    );
    const content = [$('.lead')[0], $('.body')[0], $('.cta')[0]] as Element[];
    expect(trailingHashtags(content)).toEqual(['Fenwick', 'Libraries']);
  });

  it("reads a tags line three levels into a following record (a page builder's nesting)", () => {
    const record =
      '<div class="rec"><div class="container"><div class="col"><div class="tags"><a>#Nizhnesolsk</a> <a>#medicine</a></div>' +
      '<div class="share"><span>Forward</span><a>Facebook</a><a>Telegram</a></div></div></div></div>';
    expect(trailingHashtags(body(`<main><article><p>Story.</p></article>${record}</main>`))).toEqual([
      'Nizhnesolsk',
      'medicine',
    ]);
  });

  it('looks one level up and only at the next few elements', () => {
    const content = body(
      '<div><section><article><p>Story.</p></article></section><div>#Local #News</div></div>' +
        '<aside><p>a</p><p>b</p><p>c</p><p>#Trending #Elsewhere</p></aside>',
    );
    expect(trailingHashtags(content)).toEqual(['Local', 'News']);
  });

  it('reads a tags line beside a grid layout, after an appeal box, four levels up', () => {
    const grid = (inner: string) =>
      `<div class="container"><div class="row"><div class="col-8"><div class="post"><article>${inner}</article>` +
      '<div class="author">Jane Doe writes about industry.</div></div></div><div class="col-4"></div></div></div>';
    const appeal = '<div class="card"><p>Dear reader, please support us.</p><button>Give</button></div>';
    expect(trailingHashtags(body(`${grid('<p>Story.</p>')}${appeal}<p>#Zaragoza #Industria</p>`))).toEqual([
      'Zaragoza',
      'Industria',
    ]);
    // Up there, a page's landmarks (a trending bar in an aside or footer) are not read.
    expect(trailingHashtags(body(`${grid('<p>Story.</p>')}<footer>#Trending #Elsewhere</footer>`))).toEqual(
      [],
    );
  });

  it("reads a tags line after a widget's buttons in the content's own container", () => {
    const widget = '<p><a>Support us</a></p><p><a>Remind me later</a></p><p>Every Friday in your inbox.</p>';
    const content = body(`<div><article><p>Story.</p></article>${widget}<p>#Berry #Commerce</p></div>`);
    expect(trailingHashtags(content)).toEqual(['Berry', 'Commerce']);
  });

  it('reads a tags line left between two parts of the content', () => {
    const $ = loadPage(
      '<html><body><div><div class="a"><p>Story.</p></div><p>#Fire #Valencia</p><p class="b">Tail.</p></div></body></html>',
    );
    const content = [$('.a')[0], $('.b')[0]] as Element[];
    const removals = new Removals(true);
    expect(trailingHashtags(content, removals)).toEqual(['Fire', 'Valencia']);
    // Listed for --explain, though it never was text.
    expect(removals.items).toEqual([
      { category: 'hashtags', rule: 'pattern:hashtag-line', text: '#Fire #Valencia' },
    ]);
  });

  it('opens a longer widget right after the content for the tags line under its appeal box', () => {
    const box =
      '<aside><p>Our reporters stayed out all night on the sea wall. Keep them there: support the Gazette from £4 a month, or once, any amount you like.</p>' +
      '<p>1,204 of 2,000 supporters this winter</p><div><span>Monthly</span> <span>Yearly</span></div><p><a>Support the Gazette</a></p></aside>';
    const widget = `<div class="w-html"><div class="w-inner">${box}<p><a href="/tag/storm">#Storm</a> <a href="/tag/seawall">#SeaWall</a></p><div>Optimized by Optimole</div></div></div>`;
    expect(trailingHashtags(body(`<div><article><p>Story.</p></article>${widget}</div>`))).toEqual([
      'Storm',
      'SeaWall',
    ]);
  });

  it("leaves a social bar's own hashtag inside a following element", () => {
    const long = `<p>${'Impressum and contact details of the organiser. '.repeat(8)}</p>`;
    const section = `<section>${long}<div class="wrapper"><p>Kontakt: info@organiser.example</p><div class="socials"><a>#SprungbrettEvent</a></div></div></section>`;
    expect(trailingHashtags(body(`<div><article><p>Story.</p></article>${section}</div>`))).toEqual([]);
  });

  it('ignores text that merely contains hashtags', () => {
    const content = body('<article><p>Story.</p></article><p>Follow the debate with #Budget2025 online.</p>');
    expect(trailingHashtags(content)).toEqual([]);
  });
});

describe('a hashtag line beside a share bar in one box', () => {
  it('keeps the last tag apart from the share label that follows it', () => {
    const $ = loadPage(
      `<html><body><article><p>${'Story text. '.repeat(40)}</p></article><div class="canvas"><p><a href="/t/a">#Puntalarga</a> <a href="/t/b">#Urbanismo</a></p><div><span>Comparte</span><ul><li><a href="#">Facebook</a></li></ul></div></div></body></html>`,
    );
    const tags = trailingHashtags([$('article')[0] as Element], new Removals(true));
    expect(tags).toEqual(['Puntalarga', 'Urbanismo']);
  });
});

describe("a hashtag line among a paragraph's <br> lines", () => {
  it('gives its tags even when the paragraph is left whole for later cleaners', () => {
    const ctx = context();
    const blocks = blocksFrom(
      '<p>#расследование #госзакупки #УФАС<br>Фото: архив «Контура»<br>Иллюстрации: Вера Лунь</p>',
    );
    expect(removeHashtagLines(blocks, ctx)).toHaveLength(1);
    expect(ctx.hashtags).toEqual(['расследование', 'госзакупки', 'УФАС']);
    // In a paragraph of prose, a tag inside a sentence line is no hashtag line.
    const prose = context();
    removeHashtagLines(
      blocksFrom('<p>Die Kampagne #Gleichstellung läuft weiter.<br>Mehr dazu morgen.</p>'),
      prose,
    );
    expect(prose.hashtags).toEqual([]);
  });
});

describe('a tag ending in plus signs', () => {
  it('is whole ("#M+", "#Disney+"), and its line is still a hashtag line', () => {
    expect(hashtagLine('#M+ #霓虹招牌 #香港文化')).toEqual(['M+', '霓虹招牌', '香港文化']);
    expect(hashtagLine('#Disney+ #streaming')).toEqual(['Disney+', 'streaming']);
  });
});

describe('a decimal comma inside a tag', () => {
  it('keeps "#1,5procent" whole, while a comma between tags still separates them', () => {
    expect(hashtagLine('#PIT #OPP #podatki #1,5procent')).toEqual(['PIT', 'OPP', 'podatki', '1,5procent']);
    expect(hashtagLine('#Steuern,#Spenden')).toEqual(['Steuern', 'Spenden']);
    expect(hashtagLine('#2024, #2025')).toEqual(['2024', '2025']);
  });
});

import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('title: when the h1 beats the named titles', () => {
  it('takes the only h1 when <title> is a generic label such as "Home"', () => {
    expect(metadataOf(page('<title>Home</title>', '<h1>Time to say goodbye.</h1>')).title).toBe(
      'Time to say goodbye.',
    );
  });

  it('reads an <h2 itemprop="headline"> on a page without h1 like an h1', () => {
    const html = page(
      '<title>Style - example.net - Web design</title>',
      '<h2 itemprop="headline">Write what your readers need to know</h2><p>Body.</p>',
    );
    expect(metadataOf(html, 'https://example.net/style').title).toBe('Write what your readers need to know');
  });

  it('takes the only h1 when <title> is just the site name', () => {
    const html = page('<title>Anwalt Niemeyer</title>', '<h1>Willkommen!</h1>');
    expect(metadataOf(html, 'https://www.anwaltniemeyer.example/').title).toBe('Willkommen!');
  });

  it('keeps a generic <title> out when there are several h1s (none is clearly the headline)', () => {
    const html = page('<title>Home</title>', '<h1>Brand spot</h1><h1>Gamescom</h1>');
    expect(metadataOf(html).title).toBe('Home');
  });

  it('takes an h1 that finishes the shortened og:title with a few words', () => {
    const html = page(
      '<meta property="og:title" content="Cells plant raises capacity - Battery News">' +
        '<meta property="og:site_name" content="Battery News">',
      '<h1>Cells plant raises capacity in Tennessee</h1>',
    );
    expect(metadataOf(html).title).toBe('Cells plant raises capacity in Tennessee');
  });

  it("takes an h2 that is the title's first part on a page with no h1", () => {
    const html = page(
      '<title>Bezpłatna czipizacja psów i kotów – ruszają zapisy - Aktualności - Miasto Lipnowo</title>',
      '<div class="miasto">Miasto Lipnowo</div><h2 class="tytul-newsa">Bezpłatna czipizacja psów i kotów – ruszają zapisy</h2><p>Tekst.</p>',
    );
    expect(metadataOf(html).title).toBe('Bezpłatna czipizacja psów i kotów – ruszają zapisy');
  });

  it('takes an h1 that finishes the og:title with a quoted name', () => {
    const html = page(
      '<meta property="og:title" content="Aktor z Bielska z nagrodą za rolę w serialu">',
      '<h1>Aktor z Bielska z nagrodą za rolę w serialu „Hałda"</h1>',
    );
    expect(metadataOf(html).title).toBe('Aktor z Bielska z nagrodą za rolę w serialu „Hałda"');
  });

  it('still drops a kicker that the h1 puts before the named headline', () => {
    const html = page(
      '<meta property="og:title" content="Munich lose 0:3 in Tampere">',
      '<h1>Champions League semi-final Munich lose 0:3 in Tampere</h1>',
    );
    expect(metadataOf(html).title).toBe('Munich lose 0:3 in Tampere');
  });

  it('still drops a label that follows the headline after punctuation', () => {
    const html = page(
      '<meta property="og:title" content="Rivers rise in the north">',
      '<h1>Rivers rise in the north: live</h1>',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });
});

describe('title: author suffix', () => {
  it('cuts a last <title> segment that names the article author', () => {
    const html = page(
      '<title>Get your code covered | Jane Doe</title><meta name="author" content="Jane Doe">',
      '<h1>Hi, I am Jane.</h1>',
    );
    expect(metadataOf(html).title).toBe('Get your code covered');
  });

  it('keeps a last segment that is not the author', () => {
    const html = page('<title>Get your code covered | Notes</title><meta name="author" content="Jane Doe">');
    expect(metadataOf(html).title).toBe('Get your code covered | Notes');
  });
});

describe('title: kickers and logos in and around the h1', () => {
  it('drops a leading kicker element when <title> holds the rest of the h1 but not the kicker', () => {
    const html = page(
      '<title>Vaccines stay available until February</title><meta property="og:title" content="Press releases">',
      '<h1><span class="css-x1">Press release of the health ministry <span>:</span></span>Vaccines stay available until February</h1>',
    );
    expect(metadataOf(html).title).toBe('Vaccines stay available until February');
  });

  it('keeps a leading element that the named titles also carry (part of the headline)', () => {
    const html = page(
      '<title>Breaking: Rivers rise in the north</title>',
      '<h1><em>Breaking:</em> Rivers rise in the north</h1>',
    );
    expect(metadataOf(html).title).toBe('Breaking: Rivers rise in the north');
  });

  it('drops a topic label set as its own block inside the h1', () => {
    const html = page(
      '<meta property="og:title" content="100th birthday: Survivor turns 100 in Berlin">',
      '<h1><div class="topic-label">100th birthday</div> Survivor turns 100 in Berlin</h1>',
    );
    expect(metadataOf(html).title).toBe('Survivor turns 100 in Berlin');
  });

  it('takes an h1 that mentions the site name in a sentence for the headline', () => {
    const html = page(
      '<title>Dead bumblebees under lime trees: the answer | Bumblebees</title>' +
        '<meta property="og:site_name" content="Bumblebees">',
      '<h1 class="entry-title">Dead Bumblebees under lime trees</h1>',
    );
    expect(metadataOf(html).title).toBe('Dead Bumblebees under lime trees');
  });

  it('does not take an h1 made of site-name words for the headline', () => {
    const html = page(
      '<meta property="og:title" content="Minecraft 1.8 - The Bountiful Update">' +
        '<meta property="og:site_name" content="Minecraft Update News">' +
        '<title>Minecraft 1.8 - The Bountiful Update - Minecraft Update News</title>',
      '<h1>Minecraft News</h1>',
    );
    expect(metadataOf(html).title).toBe('Minecraft 1.8 - The Bountiful Update');
  });

  it('never returns a logo h1 (by class or a lone link to the front page)', () => {
    const byClass = page('<title>A long read about rivers</title>', '<h1 class="site-title">River Blog</h1>');
    expect(metadataOf(byClass).title).toBe('A long read about rivers');
    const byLink = page('<title>Rivers</title>', '<h1><a href="/">The River Blog of Anna</a></h1>');
    expect(metadataOf(byLink).title).toBe('Rivers');
  });

  it('cuts "Post @ Blog :: Platform" at the blog named by og:site_name', () => {
    const html = page(
      "<title>Autumn leaves (2) @ Steven's home :: PIXNET ::</title>" +
        '<meta property="og:site_name" content="Steven\'s home">',
    );
    expect(metadataOf(html).title).toBe('Autumn leaves (2)');
  });

  it('still cuts "Site Community Forum" suffixes that add a word or two to the site name', () => {
    const html = page('<title>What is free software - MyOOS Community Forum</title>');
    expect(metadataOf(html, 'https://foren.myoos.example/viewtopic.php').title).toBe('What is free software');
  });

  it('takes an h1 that goes on past the named title: the title was cut short for search results', () => {
    const html = page(
      "<title>L'Eco di Sulmona | Liceo Ovidio, finiti i lavori al tetto della palestra</title>",
      '<h1>Liceo Ovidio, finiti i lavori al tetto della palestra: gli studenti rientrano lunedì</h1>',
    );
    expect(metadataOf(html, 'https://ecodisulmona.example/a').title).toBe(
      'Liceo Ovidio, finiti i lavori al tetto della palestra: gli studenti rientrano lunedì',
    );
  });

  it("takes a Chinese or Japanese page's only h1 over a differently worded title", () => {
    const html = page(
      '<title>公立小中学校の体育館 エアコン設置率22％ 避難所にも | 東洋日報</title>',
      '<h1>体育館のエアコン設置率22％　暑さ対策と避難所に課題</h1>',
    );
    // The ideographic space reads as a plain one.
    expect(metadataOf(html).title).toBe('体育館のエアコン設置率22％ 暑さ対策と避難所に課題');
  });
});

describe('title: Japanese headline conventions', () => {
  it("leaves out a press release's subtitle between wave dashes under the headline", () => {
    const html = page(
      '<title>洋上風力発電所の建設工事に着手しました | ニュースリリース | 東海みらい電力</title>',
      '<h1>洋上風力発電所の建設工事に着手しました<br><span class="sub">～2028年度の運転開始に向け、国内最大級～</span></h1><p>本文。</p>',
      'ja',
    );
    expect(metadataOf(html).title).toBe('洋上風力発電所の建設工事に着手しました');
  });

  it('takes the h2 a logo h1 leaves the headline to, in its shown wording over the SEO title', () => {
    const html = (h2: string) =>
      page(
        '<title>特殊詐欺の「受け子」指示役か、札幌の男ら4人逮捕 被害総額1億円超 - 北海タイムス</title>',
        `<h1 id="logo"><a href="/"><img src="/logo.png" alt="北海タイムス"></a></h1><h2>${h2}</h2><p>本文。</p>`,
        'ja',
      );
    expect(metadataOf(html('特殊詐欺の指示役か、札幌の男ら4人逮捕　被害総額1億円超')).title).toBe(
      '特殊詐欺の指示役か、札幌の男ら4人逮捕 被害総額1億円超',
    );
    // An h2 that is some other heading leaves the named title.
    expect(metadataOf(html('よく読まれている記事')).title).toBe(
      '特殊詐欺の「受け子」指示役か、札幌の男ら4人逮捕 被害総額1億円超',
    );
  });
});

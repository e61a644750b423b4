import { describe, expect, it } from 'vitest';
import { Removals } from '../../../src/extract/body/removed.js';
import { measure } from '../../../src/extract/body/stats.js';
import { cleanMarkup } from '../../../src/extract/clean/markup.js';
import { loadPage } from '../../../src/extract/index.js';
import { prose } from '../helpers.js';

/** The removals the markup pass makes in an article of prose followed by `boxes`. */
function removed(boxes: string): { category: string; rule: string }[] {
  const $ = loadPage(`<div id="root"><div class="story">${prose(6)}</div>${boxes}</div>`);
  const root = $('#root')[0]!;
  const removals = new Removals(true);
  cleanMarkup([root], measure(root), removals, []);
  return removals.items.map(({ category, rule }) => ({ category, rule }));
}

describe('markup pass class words', () => {
  it('removes a box by the first category, in vocabulary order, that its class words name', () => {
    expect(removed('<div class="box newsletter-signup share">Sign up</div>')).toEqual([
      { category: 'newsletter', rule: 'class-word:newsletter' },
    ]);
    expect(removed('<div class="social-share">Share</div>')).toEqual([
      { category: 'share', rule: 'class-word:social' },
    ]);
  });

  it("reads a payment widget's class as the appeal's ('payment-methods')", () => {
    expect(
      removed(
        '<ul class="payment-methods"><li>Betaal veilig met iDEAL, PayPal of automatische incasso</li></ul>',
      ),
    ).toEqual([{ category: 'donation', rule: 'class-word:payment' }]);
  });

  it('reads support and donation class names in the languages of the phrase lists', () => {
    for (const cls of [
      'podderzhka',
      'steun',
      'soutien',
      'apoie',
      'sostegno',
      'wsparcie',
      'unterstuetzen',
      'appello',
      'dashang',
      'zanshang',
      'aportaciones',
    ]) {
      expect(removed(`<section class="${cls}"><p>Lorem</p></section>`)).toEqual([
        { category: 'donation', rule: `class-word:${cls}` },
      ]);
    }
  });

  it('reads "become a member" in class names and ids of those languages', () => {
    for (const [attr, part] of [
      ['id="hazte-socio"', 'hazte-soci'],
      ['class="box diventa-socio"', 'diventa-socio'],
      ['class="cta-mitglied-werden"', 'mitglied-werden'],
      ['id="word-lid-blok"', 'word-lid'],
    ]) {
      expect(removed(`<div ${attr}><p>Lorem</p></div>`)).toEqual([
        { category: 'donation', rule: `class-word:${part}` },
      ]);
    }
  });

  it('reads no "widget" in Elementor’s wrapper class, only what follows it', () => {
    expect(
      removed(
        '<div class="elementor-element elementor-widget elementor-widget-text-editor"><p>Text.</p></div>',
      ),
    ).toEqual([]);
    expect(
      removed('<div class="elementor-widget elementor-widget-share-buttons"><a href="#">X</a></div>'),
    ).toEqual([{ category: 'share', rule: 'class-word:share' }]);
    expect(removed('<aside class="widget widget_recent_entries"><p>Recent posts</p></aside>')).toEqual([
      { category: 'other', rule: 'class-word:widget' },
    ]);
  });

  it("drops a small part of the content that its class names an ad slot, and keeps a lead's", () => {
    const $ = loadPage(
      `<div id="root"><p class="adv-label">Posizione: articolo-top-2 / 88410</p><p class="teaser">A lead the page calls a teaser.</p><div class="story">${prose(6)}</div></div>`,
    );
    const roots = [$('.adv-label')[0]!, $('.teaser')[0]!, $('.story')[0]!];
    const root = $('#root')[0]!;
    const removals = new Removals(true);
    cleanMarkup(roots, measure(root), removals, []);
    expect(roots.map((r) => r.attribs.class)).toEqual(['teaser', 'story']);
    expect(removals.items.map(({ category, rule }) => ({ category, rule }))).toEqual([
      { category: 'ad', rule: 'class-word:adv' },
    ]);
  });

  it('takes the tags of a hashtag line inside a removed article footer that holds the whole appeal', () => {
    const appeal = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Appeal line ${i + 1}: we are a small newsroom and we need your help to keep going, every month.</p>`,
    ).join('');
    const $ = loadPage(
      `<div id="root"><div class="story">${prose(20)}</div><footer class="entry-footer"><div class="donate">${appeal}</div><div class="tags">#Moabit #Späti</div></footer></div>`,
    );
    const root = $('#root')[0]!;
    const tags: string[] = [];
    cleanMarkup([root], measure(root), new Removals(true), tags);
    expect(tags).toEqual(['Moabit', 'Späti']);
  });

  it('keeps boxes whose class and id name no category', () => {
    expect(removed('<div class="story-footnote-body" id="more-text"><p>More text.</p></div>')).toEqual([]);
  });
});

describe('asides', () => {
  it('keeps an aside of plain prose in the article (how we checked, a fact box), not a sidebar of links', () => {
    expect(
      removed(
        `<aside><h3>How we checked these charities</h3><p>We called each one, read its accounts and asked how the money will be spent.</p>
        <p>We take no money from any of them.</p></aside>`,
      ),
    ).toEqual([]);
    expect(
      removed(
        '<aside><h3>Most read</h3><ul><li><a href="/a">Bridge closes for repairs</a></li><li><a href="/b">Council budget approved</a></li></ul></aside>',
      ),
    ).toEqual([{ category: 'related', rule: 'tag:aside' }]);
    expect(
      removed(
        '<aside>我们是如何完成这篇报道的<p>这篇报道历时三个月。我们走访了40个小区，采访了126位居民、11名社区干部和5家电梯施工企业。</p><p>审批和补贴数据来自市住建局公开信息和依申请公开的答复，所有数字均经过与相关部门核对。</p></aside>',
      ),
    ).toEqual([]);
  });
});

describe('generated class names', () => {
  it('say nothing: a crosshead classed "nk nl gu be nm nn" is no newsletter, "ab ad ae bk" no ad', () => {
    expect(removed('<h2 class="nk nl gu be nm nn no np bk">Councils are angry</h2>')).toEqual([]);
    expect(removed('<p class="ab ad ae af bk">More of the story.</p>')).toEqual([]);
    expect(removed('<div class="nl">Sign up</div>')).toEqual([
      { category: 'newsletter', rule: 'class-word:nl' },
    ]);
  });
});

describe('markup pass hashtags', () => {
  const tagsOf = (boxes: string): string[] => {
    const $ = loadPage(`<div id="root"><div class="story">${prose(6)}</div>${boxes}</div>`);
    const root = $('#root')[0]!;
    const hashtags: string[] = [];
    cleanMarkup([root], measure(root), new Removals(false), hashtags);
    return hashtags;
  };

  it('keeps the tags of a hashtag line inside a removed article footer beside share labels and credits', () => {
    const footer =
      '<footer><div class="tags"><a href="/t/a">#Housing</a> <a href="/t/b">#Northfield</a></div>' +
      '<span>Share on WhatsApp</span><p>Images optimized by Example</p></footer>';
    expect(tagsOf(footer)).toEqual(['Housing', 'Northfield']);
  });

  it('does not take trending hashtags from a removed related list', () => {
    const related =
      '<div class="related-posts"><div>#Trending #Elsewhere</div><a href="/x">Another story</a></div>';
    expect(tagsOf(related)).toEqual([]);
  });
});

describe("the story's last paragraph inside an appeal box", () => {
  const run = (box: string) => {
    const $ = loadPage(`<div id="root"><div class="story">${prose(4)}</div>${box}</div>`);
    const root = $('#root')[0]!;
    cleanMarkup([root], measure(root), new Removals(false), []);
    return $('#root').text();
  };
  const story =
    'Experts advise growers not to wait for prices to recover but to look for direct buyers, local presses, shops and schools. Some farms already do, selling juice in cartons with their own labels at markets.';

  it('moves out in front of the box when the box goes by its class', () => {
    const text = run(
      `<div class="support-wrap"><p>${story}</p><p class="support-txt">This piece exists because I spent three days in the orchards.</p><p class="support-txt">If you have read me for a while, this is a good moment to chip in.</p></div>`,
    );
    expect(text).toContain('Experts advise growers');
    expect(text).not.toContain('three days in the orchards');
  });

  it('does not move a plain paragraph out of a box of plain paragraphs (the appeal alone)', () => {
    const text = run(
      `<div class="support-wrap"><p>${story}</p><p>This piece exists because I spent three days in the orchards, and readers like you paid for it.</p></div>`,
    );
    expect(text).not.toContain('Experts advise growers');
  });
});

describe('caption class words', () => {
  it("do not remove a block of the story's paragraphs whose class merely says captioned", () => {
    const story =
      'The trade associations are asking the ministry for a fund to support the smallest mills and for a campaign to promote certified Italian oil abroad, starting with the markets in Germany and Japan next spring.';
    const $ = loadPage(
      `<div id="root"><div class="story">${prose(4)}</div><div class="captioned-block"><p>${story}</p></div><div class="wp-caption"><p>The mill at Bitonto. Photo: A. Rossi</p></div></div>`,
    );
    const root = $('#root')[0]!;
    cleanMarkup([root], measure(root), new Removals(false), []);
    const text = $('#root').text();
    expect(text).toContain('The trade associations are asking');
    expect(text).not.toContain('The mill at Bitonto');
  });
});

describe("an appeal box's payment details set apart after it", () => {
  const box = '<aside class="donate-box"><p>Підтримайте нашу редакцію.</p></aside>';
  it('go with the box when every line is a payment detail and one gives an account', () => {
    const details =
      '<div class="c-1"><div>ФОП Ткачук О. В., IBAN: UA21 3220 0100 0002 6007 2331 1099 1</div><div>Призначення платежу: благодійна допомога</div></div>';
    expect(removed(box + details)).toEqual([
      { category: 'donation', rule: 'class-word:donate' },
      { category: 'donation', rule: 'markup:payment-details' },
    ]);
  });

  it("stay when they give no account, when a story's sentence is among them, or with no box before", () => {
    const noAccount = '<div class="c-1"><div>Призначення платежу: благодійна допомога</div></div>';
    expect(removed(box + noAccount)).toHaveLength(1);
    const story =
      '<div class="c-1"><div>IBAN: UA21 3220 0100 0002 6007 2331 1099 1</div><div>The fund, which the council set up in 2019 to pay for the bridge repairs, received the money in March.</div></div>';
    expect(removed(box + story)).toHaveLength(1);
    expect(removed('<div class="c-1"><div>IBAN: UA21 3220 0100 0002 6007 2331 1099 1</div></div>')).toEqual(
      [],
    );
  });
});

describe("the story's fact box in an <aside>", () => {
  it('stays when its class names a fact or info box, however short its lines', () => {
    const items = '<p><strong>哪些标注不合规？</strong></p><ul><li>仅写“好物分享”</li><li>字号过小</li></ul>';
    expect(removed(`<aside class="factbox inline-box">${items}</aside>`)).toEqual([]);
    expect(removed(`<aside class="c-infobox">${items}</aside>`)).toEqual([]);
    expect(removed(`<aside class="c-9f">${items}</aside>`)).toEqual([
      { category: 'related', rule: 'tag:aside' },
    ]);
  });
});

describe("an aside holding the appeal's counter or amounts", () => {
  it("is the appeal's box (category donation), not related links", () => {
    expect(
      removed(
        '<aside><p>1,240 of 2,000 members — help us reach our spring goal</p><p><a href="/j">£4</a> <a href="/j">£8</a> <a href="/j">£15</a></p></aside>',
      ),
    ).toEqual([{ category: 'donation', rule: 'tag:aside' }]);
  });
});

describe('a row of links', () => {
  it("is the appeal's widget when its links are amounts, other links are related ones", () => {
    expect(
      removed(
        '<div class="c-1"><a href="/p?a=0">500円</a> <a href="/p?a=1">1,500円</a> <a href="/p?a=2">3,000円</a></div>',
      ),
    ).toEqual([{ category: 'donation', rule: 'link-density:amounts' }]);
    expect(
      removed(
        '<div class="c-1"><a href="/a">Bridge closes</a> <a href="/b">Budget approved</a> <a href="/c">Rain</a></div>',
      ),
    ).toEqual([{ category: 'related', rule: 'link-density' }]);
  });
});

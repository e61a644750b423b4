import { describe, expect, it } from 'vitest';
import { removeCredits } from '../../../src/extract/clean/credits.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const kept = (html: string): string => textOf(removeCredits(blocksFrom(html), context()));

describe('captions in an image box without <figure>', () => {
  it('removes the caption and credit beside the image wrapper (hashed classes of app-built pages)', () => {
    const html = `${prose(1)}<div class="r-04"><div class="r-58"><img src="/a.jpg"></div><div class="r-3d">The choir during a rehearsal at the conservatory.</div><div class="r-32">Pictures: Eco de Viseu</div></div>${prose(2, 2)}`;
    const text = kept(html);
    expect(text).not.toMatch(/choir during|Eco de Viseu/);
    expect(text).toContain('Article paragraph 3');
  });

  it('removes a caption box nested in the image component (caption and credit on one line)', () => {
    const html = `<div class="c-image"><img src="/a.jpg"><div class="c-image__legende"><span>社区食堂工作人员正在为老人打包午餐。</span> <span>申江在线 摄</span></div></div>${prose(2)}`;
    expect(kept(html)).not.toContain('社区食堂');
  });

  it('removes a caption paragraph in a section whose other paragraph holds the image (WeChat)', () => {
    const html = `${prose(1)}<section style="text-align: center;"><p style="text-align: center;"><img src="/a.jpg"></p><p style="text-align: center;"><span>社区食堂工作人员正在为老人打包午餐。</span><span>申江在线 摄</span></p></section>${prose(1, 2)}`;
    expect(kept(html)).not.toContain('社区食堂');
  });

  it('keeps a short article paragraph after an image in the article flow', () => {
    const html = `${prose(1)}<div class="pic"><img src="/a.jpg"></div><div class="para">The bridge reopens on Monday.</div><div class="para">Article paragraph 2: more.</div>`;
    expect(kept(html)).toContain('The bridge reopens on Monday.');
    const wrapped = `<div class="story">${prose(1)}<div><img src="/a.jpg"></div><p>The bridge reopens on Monday.</p>${prose(1, 2)}</div>`;
    expect(kept(wrapped)).toContain('The bridge reopens on Monday.');
  });

  it('keeps text boxed with an image when nothing else is: the article itself', () => {
    const html = `<div><div><img src="/a.jpg"></div><div>The bridge reopens on Monday.</div></div>`;
    expect(kept(html)).toContain('The bridge reopens on Monday.');
  });

  it('keeps teaser cards and slides: an image linking to a page, or boxes in a row', () => {
    const card = `<div class="card"><a href="/story"><img src="/a.jpg"></a><div>Barschrank from the fifties.</div></div>${prose(2)}`;
    expect(kept(card)).toContain('Barschrank');
    const slide = (n: number): string =>
      `<div class="slide"><img src="/${n}.jpg"><div class="box"><p>Labels for every use ${n}</p></div></div>`;
    expect(kept(`${slide(1)}${slide(2)}${prose(2)}`)).toContain('Labels for every use 1');
  });

  it('keeps text beside a <figure>: the page marks its captions, this is a player title', () => {
    const html = `<div class="video"><div><figure><img src="/a.jpg"></figure></div><div>Now playing: the week in tech</div><div>8:09</div></div>${prose(2)}`;
    expect(kept(html)).toContain('Now playing');
  });
});

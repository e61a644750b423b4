import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/extract/body/dom.js';
import { signupBox } from '../../../src/extract/body/signup-form.js';
import { loadPage } from '../../../src/extract/index.js';

describe('the box around a sign-up form', () => {
  it('takes the heading and blurb around the form', () => {
    const $ = loadPage(
      '<html><body><article><p>Story.</p></article><div class="b"><h4>Every morning</h4><div><form></form></div></div></body></html>',
    );
    expect((signupBox($('form')[0] as Element) as Element).attribs.class).toBe('b');
  });

  it("stops below a container that also holds the article's hashtag line", () => {
    const $ = loadPage(
      '<html><body><article><p>Story.</p></article><div class="footer-of-post"><p class="tags">#Zwolle #Fietsen</p>' +
        '<div class="b"><h4>Every morning</h4><div><form></form></div></div></div></body></html>',
    );
    expect((signupBox($('form')[0] as Element) as Element).attribs.class).toBe('b');
  });

  it('counts CJK characters twice: three short paragraphs of Chinese are a story, not a blurb', () => {
    const story =
      '<p>在27日晚进行的联赛第29轮比赛中，南岭队主场2比1逆转击败东港队，积分升至第12位，距离降级区有5分优势。</p>' +
      '<p>上半场东港队先进一球。下半场第58分钟，南岭队替补前锋林浩头球扳平，第81分钟队长许明远射入点球。</p>' +
      '<p>本场比赛现场观众21436人。赛后，俱乐部官方微博发文感谢每一位到场支持的球迷。</p>';
    const $ = loadPage(
      `<html><body><div class="body">${story}<aside class="b"><h4>下载客户端</h4><p>第一时间获取体育快讯。</p><form></form></aside></div></body></html>`,
    );
    expect((signupBox($('form')[0] as Element) as Element).attribs.class).toBe('b');
  });
});

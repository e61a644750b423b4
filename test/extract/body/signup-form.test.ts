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
});

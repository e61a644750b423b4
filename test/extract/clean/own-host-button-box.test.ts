/**
 * What a page says of its own site beyond its name: the host in its URL or canonical link (an
 * outlet named in another script spells no host), and a small box whose button the markup pass
 * removed (the box asked the reader to act, whatever the button said).
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/extract/index.js';
import { prose } from '../helpers.js';

function page(body: string, head = ''): string {
  return `<html><head><title>Bridge repairs delayed again | The Evening Lamp</title>${head}</head>
    <body><article><h1>Bridge repairs delayed again</h1>${body}</article></body></html>`;
}

const CANONICAL = '<link rel="canonical" href="https://www.nightpaper.example/bridge-repairs">';
const APPEAL = `<p>Reporting like this takes weeks. Help us keep going: nightpaper.example/support</p>`;

describe("the page's own host", () => {
  it("reads a plain address on the page's canonical host as the outlet's own appeal", () => {
    const { text } = extractFromHtml(page(`${prose(3)}${APPEAL}${prose(3, 4)}`, CANONICAL));
    expect(text).not.toContain('nightpaper.example/support');
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('takes the host from the URL the page was fetched from too', () => {
    const { text } = extractFromHtml(page(`${prose(3)}${APPEAL}${prose(3, 4)}`), {
      url: 'https://nightpaper.example/bridge-repairs',
    });
    expect(text).not.toContain('nightpaper.example/support');
  });

  it("keeps the same line when the address is another site's (a charity the story names)", () => {
    const { text } = extractFromHtml(
      page(`${prose(3)}${APPEAL}${prose(3, 4)}`, CANONICAL.replace('nightpaper', 'riverfund')),
    );
    expect(text).toContain('nightpaper.example/support');
  });
});

describe('a box that ended in a button', () => {
  const box = (lines: string, button = 'Count me in') =>
    `<div><div>${lines.split('|').join('</div><div>')}</div><div><a href="/x7">${button}</a></div></div>`;

  it('is an appeal box when its lines speak of readers paying for the paper', () => {
    const { text } = extractFromHtml(
      page(
        `${box('This paper has no owner. It has 2,900 readers who fund it, and needs 400 more.|A month of the Lamp costs less than a cinema ticket.')}${prose(4)}`,
      ),
    );
    expect(text).not.toMatch(/no owner|cinema ticket|Count me in/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it("keeps a box of the story's own facts with a link", () => {
    const { text } = extractFromHtml(
      page(
        `${prose(2)}${box('Bridge repairs: the budget rose to £4m.|The council will vote on Tuesday.', 'Read more')}${prose(2, 3)}`,
      ),
    );
    expect(text).toContain('the budget rose to £4m');
    expect(text).toContain('The council will vote on Tuesday.');
  });

  it('keeps a quote in the article body beside a share bar', () => {
    const { text } = extractFromHtml(
      page(
        `${prose(2)}<blockquote><p>We cannot pay for this alone, and readers should not have to either.</p></blockquote>${prose(2, 3)}<div><a href="/s">Share</a> <a href="/t">Post</a></div>`,
      ),
    );
    expect(text).toContain('We cannot pay for this alone');
  });
});

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

  it("goes whole when one line names the story's town and the other speaks of support", () => {
    const { text } = extractFromHtml(
      page(
        `${box('Local news does not fall from the sky: every report on the bridge repairs is paid for by people here.|Today 1,934 readers pay for our journalism. Next year we need 2,500.', 'Make it 1,935')}${prose(4)}`,
      ),
    );
    expect(text).not.toMatch(/fall from the sky|1,934 readers|Make it 1,935/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('counts rows of amount and frequency buttons above the last as one button', () => {
    const { text } = extractFromHtml(
      page(
        `<section><h4>You are reading one of 212 reports our newsroom wrote this month.</h4><p>Trials like this one take weeks. Our reporter sat through all nine days.</p><p>So that we can carry on, we need 260 more people by June.</p><div><a href="/s?b=5">€5</a> <a href="/s?b=10">€10</a> <a href="/s">Choose amount</a></div><div><a href="/s?i=m">monthly</a> · <a href="/s?i=o">once</a></div></section>${prose(4)}`,
      ),
    );
    expect(text).not.toMatch(/212 reports|nine days|260 more people/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('reaches a box of a heading, a few lines, a table of tiers and the button', () => {
    const { text } = extractFromHtml(
      page(
        `${prose(4)}<div class="c-b7"><h3>Dlaczego piszemy o Kuglarzach od siedemnastu lat</h3><p>Byliśmy na pierwszej edycji, kiedy na rynek przyszło dwieście osób i jeden pies.</p><p>Nie mamy wydawcy z Warszawy ani właściciela z branży deweloperskiej. Nie zamykamy tekstów za płatną ścianą.</p><p>W Kręgu jest 437 osób. Do okrągłej pięćsetki brakuje nam 63.</p><table><tr><td>Przechodzień</td><td>8 zł miesięcznie</td></tr><tr><td>Sztukmistrz</td><td>20 zł miesięcznie</td></tr><tr><td>Mecenas</td><td>50 zł miesięcznie</td></tr></table><div><a href="/krag/">Dołączam przez BLIK</a> <a href="/krag/przelew">Wolę przelew tradycyjny</a></div></div>`,
      ),
    );
    expect(text).not.toMatch(/437 osób|Przechodzień|Mecenas/);
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

describe('a button box on a page about a fundraiser', () => {
  const fundPage = (body: string) =>
    `<html><head><title>Radio Vale seeks 300 new members to pay for a new transmitter | The Evening Lamp</title></head>
    <body><article><h1>Radio Vale seeks 300 new members to pay for a new transmitter</h1>${body}</article></body></html>`;

  it("keeps the chair's quoted call for members and removes the outlet's own box below the story", () => {
    const { text } = extractFromHtml(
      fundPage(
        `<p>Radio Vale, the valley's community station, has launched a drive for new members after its transmitter failed in October. It needs £42,000.</p>
        <p>The station is run as a co-operative owned by its 640 members, who each pay £10 a month towards wages and the studio's rent.</p>
        <p><em>We need 300 more members by March, or the station will have nothing to pay for electricity once the transmitter is fixed. Join us: every £10 counts.</em></p>
        <p>So the chair, Nadia Marsh, told an emergency meeting of members on Sunday, attended by 212 people in person.</p>
        ${prose(2)}
        <div><div>We take no betting ads and write nothing to order, so readers keep us going.</div><div>Right now 1,126 people back us. By the new year we want 1,500.</div><div><a href="/j">Join the 1,500</a></div></div>`,
      ),
    );
    expect(text).toContain('We need 300 more members by March');
    expect(text).toContain('So the chair, Nadia Marsh');
    expect(text).not.toMatch(/betting ads|1,126 people|Join the 1,500/);
  });
});

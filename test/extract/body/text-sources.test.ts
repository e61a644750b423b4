import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/extract/body/index.js';
import { findLead } from '../../../src/extract/body/lead.js';
import { measure } from '../../../src/extract/body/stats.js';
import { blocksToText } from '../../../src/extract/text.js';
import { extract } from '../../../src/index.js';
import { prose } from '../helpers.js';

function text(html: string): string {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return blocksToText(extractBody($, { url: 'https://example.org/a' }).blocks);
}

describe('soft hyphens', () => {
  it('are dropped from the text, so hyphenated words read whole', () => {
    const out = text(
      `<html><body><article><p>Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus&shy;hän&shy;ge&shy;schild der Region, sagen alle.</p>${prose(4)}</article></body></html>`,
    );
    expect(out).toContain('Schon im Mittelalter war der Wein das Aushängeschild der Region');
    expect(out).not.toContain('\u00ad');
  });
});

describe('unicode normalisation', () => {
  it('composes decomposed letters (NFC)', () => {
    const out = text(
      `<html><body><article><p>Es sollte gepru\u0308ft werden, ob die Gurtla\u0308nge im Fahrzeug ausreicht, sagen die Tester.</p>${prose(4)}</article></body></html>`,
    );
    expect(out).toContain('Es sollte geprüft werden, ob die Gurtlänge');
  });
});

describe('JSON-LD articleBody with a visible standfirst', () => {
  const lead = 'A visible standfirst that sums the story up in two sentences. It matches the description.';
  const ldBody = Array.from(
    { length: 8 },
    (_, i) => `Full body paragraph ${i + 1} from the structured data, long enough.`,
  ).join('\n');
  const page = (description: string) =>
    `<html><head><meta name="description" content="${description}">
    <script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: ldBody })}</script></head>
    <body><div class="story"><h1>Headline</h1><p>${lead}</p><p>Only a teaser paragraph is visible before the paywall, sadly.</p></div></body></html>`;

  it('keeps the standfirst in front of the articleBody when it is the page description', () => {
    const out = text(page(lead));
    expect(out.startsWith(lead)).toBe(true);
    expect(out).toContain('Full body paragraph 8');
  });

  it('takes the articleBody alone when no paragraph is the description', () => {
    const out = text(page('Some other summary of the article that appears nowhere on the page itself.'));
    expect(out).not.toContain(lead);
    expect(out.startsWith('Full body paragraph 1')).toBe(true);
  });
});

describe('--explain when the structured body replaces the cleaned blocks', () => {
  it('lists no block as removed that the text it gives holds', () => {
    const hashtags = '#Harbour #Ferries #Winter';
    const ldBody = [
      ...Array.from(
        { length: 8 },
        (_, i) => `Full body paragraph ${i + 1} from the structured data, long enough.`,
      ),
      hashtags,
    ].join('\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: ldBody })}</script></head>
    <body><div class="story"><h1>Headline</h1><p>Only a teaser paragraph is visible before the paywall, sadly.</p><p>${hashtags}</p></div></body></html>`;
    const record = extract(html, { explain: true });
    expect(record.text).toContain(hashtags);
    expect(record.removed?.map((r) => r.text)).not.toContain(hashtags);
  });
});

describe('a standfirst marked itemprop="description"', () => {
  const teaser = 'Thousands of passengers pass the station every day: soon they will see a new tower.';
  const lead = (attrs: string) => {
    const $ = cheerio.load(
      `<html><body><div class="article"><div class="row"><div class="intro" ${attrs}><p>${teaser}</p></div></div>
      <div class="row"><div class="col"><div class="body-text">${prose(5)}</div></div></div></div></body></html>`,
      { xml: { xmlMode: false, decodeEntities: true } },
    );
    const root = $('body')[0]!;
    const found = findLead(root, [$('.body-text')[0]!], [], measure(root));
    return found ? $(found).text().trim() : null;
  };

  it('is the lead when it sits in the wrapper of the content', () => {
    expect(lead('itemprop="description"')).toBe(teaser);
  });

  it('is not when it describes a picture, or is unmarked', () => {
    expect(lead('itemscope itemtype="https://schema.org/ImageObject" itemprop="description"')).toBeNull();
    expect(lead('')).toBeNull();
  });
});

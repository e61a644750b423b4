import { describe, expect, it } from 'vitest';
import { ldJson, metadataOf, page } from './helpers.js';

const PUBLISHER = ldJson(
  '{"@type":"NewsArticle","headline":"Rivers rise","publisher":{"@type":"Organization","name":"Aktuálně.cz"}}',
);

describe('declared site name', () => {
  it('drops the slogan og:site_name adds to the name the JSON-LD publisher gives alone', () => {
    const html = page(
      `<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">${PUBLISHER}`,
    );
    expect(metadataOf(html).siteName).toBe('Aktuálně.cz');
  });

  it('keeps an og:site_name with a separator that no other source shortens', () => {
    const html = page('<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">');
    expect(metadataOf(html).siteName).toBe('Aktuálně.cz - Víte, co se právě děje');
  });

  it('takes the name out of the quote marks it is set in as a whole', () => {
    for (const [quoted, name] of [
      ['„Kiezpost“', 'Kiezpost'],
      ['«Северный меридиан»', 'Северный меридиан'],
      ['“Longstop”', 'Longstop'],
      ['「みなと新報」', 'みなと新報'],
    ]) {
      expect(metadataOf(page(`<meta property="og:site_name" content="${quoted}">`)).siteName).toBe(name);
    }
  });

  it('keeps quote marks that do not enclose the whole name', () => {
    const html = page('<meta property="og:site_name" content="Radio „Wolna Fala“">');
    expect(metadataOf(html).siteName).toBe('Radio „Wolna Fala“');
  });
});

describe('site name after the headline and a colon in <title>', () => {
  it('takes "Headline: Site" when the page confirms the site (its logo)', () => {
    const html = page(
      '<title>Großwärmepumpe am Neckarufer geht in Betrieb: Stadtwerke Talheim</title>',
      '<a href="/" class="logo"><img src="/logo.svg" alt="Stadtwerke Talheim"></a><h1>Großwärmepumpe am Neckarufer geht in Betrieb</h1><p>Text.</p>',
      'de',
    );
    expect(metadataOf(html).siteName).toBe('Stadtwerke Talheim');
  });

  it('leaves a colon that splits the headline itself', () => {
    const html = page(
      '<title>Interview: Warum die Wärmepumpe kommt</title>',
      '<h1>Interview: Warum die Wärmepumpe kommt</h1><p>Text.</p>',
      'de',
    );
    expect(metadataOf(html).siteName).toBeNull();
  });
});

describe("the title segment that spells the host's name", () => {
  it('beats a slogan after it that the page prints too', () => {
    const html = page(
      '<title>Teatr w Kaliszu zamknięty od kwietnia :: Kalisz24 – portal miejski</title>',
      '<header><a href="/" class="logo">Kalisz<span>24</span></a><span class="logo-claim">portal miejski</span></header><h1>Teatr w Kaliszu zamknięty od kwietnia</h1><p>Treść.</p><footer>Kalisz24 © 2012–2025.</footer>',
      'pl',
    );
    expect(metadataOf(html, 'https://kalisz24.example/kultura/teatr/').siteName).toBe('Kalisz24');
  });
});

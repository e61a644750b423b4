import { describe, expect, it } from 'vitest';
import { stripSiteAffix } from '../../../src/extract/metadata/title-affix.js';
import { ldJson, metadataOf, page } from './helpers.js';

describe('title', () => {
  it('strips a " | Site" suffix that names the site', () => {
    const html = page(
      '<title>Rivers rise in the north | Harbour Times</title><meta property="og:site_name" content="Harbour Times">',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('strips a " - host" suffix and a "Site: " prefix named after the host', () => {
    const url = 'https://www.harbourtimes.example/a';
    expect(metadataOf(page('<title>Rivers rise - HarbourTimes</title>'), url).title).toBe('Rivers rise');
    expect(metadataOf(page('<title>HarbourTimes » Rivers rise</title>'), url).title).toBe('Rivers rise');
  });

  it('keeps a French quotation in « » with spaces inside, while » alone still separates', () => {
    const title = 'À Brest, les pêcheurs dénoncent des quotas « intenables »';
    const url = 'https://www.ouestrivage.example/brest';
    expect(metadataOf(page(`<title>${title} | Ouest Rivage</title>`), url).title).toBe(title);
    expect(metadataOf(page('<title>Ouest Rivage » Brest » Les quotas de bar</title>'), url).title).toBe(
      'Les quotas de bar',
    );
  });

  it('keeps separators that are part of the headline', () => {
    const html = page('<title>Rust vs. Go - which one to pick in 2025</title>');
    expect(metadataOf(html).title).toBe('Rust vs. Go - which one to pick in 2025');
  });

  it('prefers the h1 when the meta titles agree it is the headline', () => {
    const html = page(
      '<meta property="og:title" content="Rivers rise in the north - Harbour Times">',
      '<h1>Rivers rise in the north</h1>',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('drops a kicker inside the h1', () => {
    const html = page(
      '<title>Floods: Rivers rise in the north | Harbour Times</title>',
      '<h1><span class="kicker">Floods</span><span class="sr-only">: </span> Rivers rise in the north</h1>',
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('does not take the site logo h1 for the headline', () => {
    const html = page('<title>Rivers rise in the north | Bloghaus</title>', '<h1>Bloghaus</h1>');
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
  });

  it('cuts from the site segment on, with its slogan and breadcrumbs', () => {
    const url = 'https://aoc.example/opinion/x';
    const slogan = page('<title>Pensions are a choice | AOC - Analysis Opinion Critique</title>');
    expect(metadataOf(slogan, url).title).toBe('Pensions are a choice');
    const forum = page('<title>No App Store over mobile data? | iPhone | Forum | AOC</title>');
    expect(metadataOf(forum, url).title).toBe('No App Store over mobile data?');
  });

  it('takes an h1 that ends the title and outweighs the site and section trail before it', () => {
    const html = page(
      '<title>Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes</title>',
      '<h1>Fachmeldungen</h1><h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>',
    );
    expect(metadataOf(html).title).toBe('Verkündung des Tabaksteuermodernisierungsgesetzes');
    const crumbs = page(
      '<title>Example.org: The President / Speeches / Speech of the President at the convention of the state parliaments</title>',
      '<h1>Speech of the President at the convention of the state parliaments</h1><h1>Navigation</h1>',
    );
    expect(metadataOf(crumbs).title).toBe(
      'Speech of the President at the convention of the state parliaments',
    );
  });

  it('takes the only h1 when og:title is just the site name', () => {
    const site = '.:: HARBOUR-MEDIA ::. Templates / Designs';
    const html = page(
      `<title>${site}</title><meta property="og:title" content="${site}"><meta property="og:site_name" content="${site}">`,
      '<h1>Privacy update for our templates</h1>',
    );
    expect(metadataOf(html).title).toBe('Privacy update for our templates');
  });

  it('prefers Dublin Core over OpenGraph titles and authors, the property form first', () => {
    const html = page(
      '<meta property="og:title" content="Open Graph title"><meta name="DC.title" content="Name title">' +
        '<meta property="dc:title" content="Property title"><meta name="DC.creator" content="Name Author">' +
        '<meta property="dc:creator" content="Property Author">',
    );
    expect(metadataOf(html).title).toBe('Property title');
    expect(metadataOf(html).authors).toEqual(['Property Author']);
  });

  it('drops section crumbs behind the same separator as the site, and a "Site.com: " prefix', () => {
    const site = '<meta property="og:site_name" content="Harbour Times">';
    const crumbs = page(`<title>Rivers rise in the north - Politics - Harbour Times</title>${site}`);
    expect(metadataOf(crumbs).title).toBe('Rivers rise in the north');
    const dash = page(`<title>Rivers rise - and towns brace | Harbour Times</title>${site}`);
    expect(metadataOf(dash).title).toBe('Rivers rise - and towns brace');
    const canonical = '<link rel="canonical" href="https://www.harbourtimes.com/a">';
    const prefix = page(`<title>HarbourTimes.com: Rivers rise in the north</title>${canonical}`);
    expect(metadataOf(prefix).title).toBe('Rivers rise in the north');
    // A kicker that merely shares a word with the site stays.
    const kicker = page(`<title>Harbour: Rivers rise in the north</title>${canonical}`);
    expect(metadataOf(kicker).title).toBe('Harbour: Rivers rise in the north');
  });

  it('takes the full h1 over a named title the CMS cut short', () => {
    const html = page(
      ldJson('{"@type":"NewsArticle","headline":"Rivers rise in the north as storms batter the coast and…"}'),
      '<h1>Rivers rise in the north as storms batter the coast and towns brace for more</h1>',
    );
    expect(metadataOf(html).title).toBe(
      'Rivers rise in the north as storms batter the coast and towns brace for more',
    );
  });

  it('takes the last crumb of "Blog » Archive » Post" with a logo h1', () => {
    const html = page(
      '<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos</title>',
      '<h1><a href="/">Time 4 talks</a></h1>',
    );
    expect(metadataOf(html).title).toBe('Weitere Digitalisierung der Kinos');
  });

  it('uses the JSON-LD headline when there is no meta title', () => {
    const html = page(ldJson('{"@type": "Article", "headline": "From JSON-LD"}'));
    expect(metadataOf(html).title).toBe('From JSON-LD');
  });

  it('passes over an og:title that only names the site for the next named title', () => {
    const html = page(
      '<meta property="og:site_name" content="Die Tagespost"><meta property="og:title" content="Die Tagespost">' +
        '<title>Warum wir jetzt Demut brauchen | Die Tagespost</title>',
    );
    expect(metadataOf(html).title).toBe('Warum wir jetzt Demut brauchen');
    const generic = page(
      '<meta property="og:title" content="Home">',
      ldJson('{"@type": "Article", "headline": "Rivers rise"}'),
    );
    expect(metadataOf(generic).title).toBe('Rivers rise');
  });

  it('keeps a title that only names the site when nothing better is named', () => {
    const html = page('<meta property="og:title" content="Harbour Times">', '<h1>Harbour</h1><h1>Times</h1>');
    expect(metadataOf(html, 'https://harbourtimes.example/').title).toBe('Harbour Times');
  });

  it('cuts a site suffix that no site name names when another named title is the head', () => {
    const html = page(
      '<meta property="og:title" content="Rivers rise in the north - The Gazette">',
      ldJson('{"@type": "NewsArticle", "headline": "Rivers rise in the north"}'),
    );
    expect(metadataOf(html).title).toBe('Rivers rise in the north');
    // A short head that another title repeats is a section label, not the headline.
    const label = page(
      '<meta property="og:title" content="Floods - Rivers rise in the north as storms batter the coast">',
      '<title>Floods</title>',
    );
    expect(metadataOf(label).title).toBe('Floods - Rivers rise in the north as storms batter the coast');
  });

  it('is null when the page has no title at all', () => {
    expect(metadataOf(page('', '<p>x</p>')).title).toBeNull();
  });

  it('cuts a site part set off by decorations ("..:: Site ::..", "✦ Site")', () => {
    const html = (title: string) =>
      page(`<title>${title}</title>`, '<div class="logo">Extremadura al Día</div><p>x</p>');
    expect(
      metadataOf(html('El Puente Romano estrenará iluminación LED ..:: Extremadura al Día ::..')).title,
    ).toBe('El Puente Romano estrenará iluminación LED');
    expect(metadataOf(html('El Puente Romano estrenará iluminación LED ✦ Extremadura al Día')).title).toBe(
      'El Puente Romano estrenará iluminación LED',
    );
  });

  it('cuts a site prefix before " > " (a breadcrumb)', () => {
    expect(
      stripSiteAffix(
        'Le Petit Cantalou > Aurillac : la radio lance une souscription pour éviter la fermeture',
        {
          siteName: 'Le Petit Cantalou',
          host: null,
          h1: null,
        },
      ),
    ).toBe('Aurillac : la radio lance une souscription pour éviter la fermeture');
  });

  it('stripSiteAffix keeps the title when it has no separator', () => {
    expect(stripSiteAffix('Just a headline', { siteName: 'Just', host: null, h1: null })).toBe(
      'Just a headline',
    );
  });

  it('stripSiteAffix cuts a site named by its domain at either end, with no other hint', () => {
    const none = { siteName: null, host: null, h1: null };
    expect(stripSiteAffix('EGI.pl ~ Ełk: wyniki badań wody', none)).toBe('Ełk: wyniki badań wody');
    expect(stripSiteAffix('Bridge to close for repairs | HarbourTimes.com', none)).toBe(
      'Bridge to close for repairs',
    );
    expect(stripSiteAffix('Bridge to close | Council votes', none)).toBe('Bridge to close | Council votes');
  });
});

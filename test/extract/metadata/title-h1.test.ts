import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './helpers.js';

describe('title: when the h1 beats the named titles', () => {
  it('takes the only h1 when <title> is a generic label such as "Home"', () => {
    expect(metadataOf(page('<title>Home</title>', '<h1>Time to say goodbye.</h1>')).title).toBe(
      'Time to say goodbye.',
    );
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

import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/extract/index.js';
import { prose } from './helpers.js';

describe('record tags', () => {
  it('merges the page keywords and the hashtags under the story, one entry per tag whatever its case', () => {
    const html = `<html><head><meta name="keywords" content="covid-19, Tattoos"></head><body>
      <article>${prose(6)}<p>#Covid-19 #Stockholm</p></article></body></html>`;
    const { metadata, text } = extractFromHtml(html, {});
    expect(metadata.tags).toEqual(['covid-19', 'Tattoos', 'Stockholm']);
    expect(text).not.toContain('#Stockholm');
  });
});

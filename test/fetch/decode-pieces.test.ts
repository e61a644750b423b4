/**
 * decodeHtmlPieces (what the batch workers and `parse` decode with) must give the text decodeHtml
 * gives, whatever falls on a piece boundary, and the extractor must parse pieces into the record a
 * single string gives.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/extract/index.js';
import { decodeHtml, decodeHtmlPieces } from '../../src/fetch/decode.js';

const PIECE = 32 * 1024;

/** An article whose multi-byte characters and tags straddle every piece boundary somewhere. */
function bigPage(): Buffer {
  let paragraphs = '';
  for (let i = 0; paragraphs.length < 5 * PIECE; i++) {
    paragraphs += `<p class="body-text">Абзац ${i}: жители «Нового города» обсуждали €${i} и 東京 — ${'ü'.repeat(i % 7)} снова.</p>\n`;
  }
  const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Большая статья</title></head><body><article><h1>Большая статья</h1>${paragraphs}</article></body></html>`;
  return Buffer.from(html, 'utf8');
}

describe('decodeHtmlPieces', () => {
  it('joins to exactly what decodeHtml gives, characters split between pieces included', () => {
    const bytes = bigPage();
    // Shift the page by 0–3 bytes so a multi-byte character lands on a boundary in some run.
    for (const pad of ['', ' ', '  ', '   ']) {
      const shifted = Buffer.concat([Buffer.from(pad), bytes]);
      const { pieces, encoding } = decodeHtmlPieces(shifted, 'text/html; charset=utf-8');
      expect(encoding).toBe('utf-8');
      expect(pieces.length).toBeGreaterThan(4);
      expect(pieces.join('')).toBe(decodeHtml(shifted, 'text/html; charset=utf-8').html);
      expect(pieces.join('')).not.toContain('\uFFFD');
    }
  });

  it('drops a UTF-8 BOM and decodes a legacy encoding in one piece', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>été</p>', 'utf8')]);
    expect(decodeHtmlPieces(bom, undefined).pieces.join('')).toBe('<p>été</p>');
    const cp1251 = Buffer.from([
      0x3c, 0x70, 0x3e, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x3c, 0x2f, 0x70, 0x3e,
    ]);
    const legacy = decodeHtmlPieces(cp1251, 'text/html; charset=windows-1251');
    expect(legacy).toEqual({ pieces: ['<p>Привет</p>'], encoding: 'windows-1251' });
  });

  it('gives no piece for an empty body', () => {
    expect(decodeHtmlPieces(Buffer.alloc(0), undefined).pieces.join('')).toBe('');
  });
});

describe('extractFromHtml on pieces', () => {
  it('gives the record the whole string gives', () => {
    const bytes = bigPage();
    const whole = extractFromHtml(decodeHtml(bytes, undefined).html, { url: 'https://example.org/a' });
    const pieces = extractFromHtml(decodeHtmlPieces(bytes, undefined).pieces, {
      url: 'https://example.org/a',
    });
    expect(pieces).toEqual(whole);
    expect(whole.metadata.title).toBe('Большая статья');
    expect(whole.text).toContain('Абзац 0: жители «Нового города»');
  });

  it('parses a tag, an attribute and an entity split between two pieces', () => {
    const html =
      '<html><body><article><h1>Split</h1><p class="lead">Fish &amp; chips are back on the menu in town this week, the council says, after a long and public argument.</p></article></body></html>';
    const whole = extractFromHtml(html);
    for (const at of [html.indexOf('class'), html.indexOf('&amp;') + 2, html.indexOf('</p>') + 1]) {
      expect(extractFromHtml([html.slice(0, at), html.slice(at)])).toEqual(whole);
    }
    expect(whole.text).toContain('Fish & chips');
  });
});

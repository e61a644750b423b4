/**
 * Charset decoding per the HTML standard (BOM > Content-Type charset > <meta> prescan > windows-1252).
 * Encoded bytes are written out by hand so the test does not trust the decoder to build its input.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../src/fetch/types.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { bytes, testFetcher } from './handlers.js';

let server: TestServer;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]; // Привет
const PRIVET_KOI8R = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]; // Привет
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b]; // 日本
const ZHONGWEN_GB = [0xd6, 0xd0, 0xce, 0xc4]; // 中文
const CAFE_LATIN1 = [0x63, 0x61, 0x66, 0xe9]; // café
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** An HTML page whose paragraph holds the given raw bytes. */
function page(head: string, text: number[], prefix: number[] = []): Buffer {
  return Buffer.concat([
    Buffer.from(prefix),
    Buffer.from(`<!doctype html><html><head>${head}<title>t</title></head><body><p>`, 'latin1'),
    Buffer.from(text),
    Buffer.from('</p></body></html>', 'latin1'),
  ]);
}

async function fetchWith(body: Buffer, contentType: string) {
  server = await startServer({ '/p': bytes(body, { 'content-type': contentType }) });
  fetcher = testFetcher();
  return fetcher.fetch(server.url('/p'));
}

describe('fetch: charset decoding', () => {
  it('decodes a windows-1251 page without a charset header, from its <meta>', async () => {
    const got = await fetchWith(page('<meta charset="windows-1251">', PRIVET_1251), 'text/html');
    expect(got.html).toContain('<p>Привет</p>');
    expect(got.encoding).toBe('windows-1251');
  });

  it('decodes a windows-1251 page declared by http-equiv', async () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    const got = await fetchWith(page(head, PRIVET_1251), 'text/html');
    expect(got.html).toContain('<p>Привет</p>');
  });

  it('decodes koi8-r named by the Content-Type header', async () => {
    const got = await fetchWith(page('', PRIVET_KOI8R), 'text/html; charset=KOI8-R');
    expect(got.html).toContain('<p>Привет</p>');
    expect(got.encoding).toBe('koi8-r');
  });

  it('decodes shift_jis named by <meta charset>', async () => {
    const got = await fetchWith(page('<meta charset="shift_jis">', NIHON_SJIS), 'text/html');
    expect(got.html).toContain('<p>日本</p>');
  });

  it('decodes gb18030 (header) and gb2312 (meta, a gb18030 subset)', async () => {
    expect((await fetchWith(page('', ZHONGWEN_GB), 'text/html; charset="gb18030"')).html).toContain(
      '<p>中文</p>',
    );
    await fetcher.close();
    await server.close();
    expect((await fetchWith(page('<meta charset="gb2312">', ZHONGWEN_GB), 'text/html')).html).toContain(
      '中文',
    );
  });

  it('decodes iso-8859-1', async () => {
    const got = await fetchWith(page('', CAFE_LATIN1), 'text/html; charset=iso-8859-1');
    expect(got.html).toContain('<p>café</p>');
  });

  it('lets the Content-Type header beat <meta>', async () => {
    const got = await fetchWith(
      page('<meta charset="shift_jis">', PRIVET_KOI8R),
      'text/html; charset=koi8-r',
    );
    expect(got.html).toContain('<p>Привет</p>');
  });

  it('lets a UTF-8 BOM beat the header', async () => {
    const body = page('', [...Buffer.from('Привет')], UTF8_BOM);
    const got = await fetchWith(body, 'text/html; charset=windows-1251');
    expect(got.html).toContain('<p>Привет</p>');
    expect(got.html.startsWith('<!doctype')).toBe(true); // the BOM itself is not text
    expect(got.encoding).toBe('utf-8');
  });

  it('falls back to windows-1252 with no declaration', async () => {
    const got = await fetchWith(page('', [0x93, 0x71, 0x94]), 'text/html');
    expect(got.html).toContain('<p>\u201cq\u201d</p>');
    expect(got.encoding).toBe('windows-1252');
  });
});

describe('fetch: undeclared encodings', () => {
  it('takes undeclared bytes that are valid UTF-8 as UTF-8', async () => {
    const got = await fetchWith(page('', [...Buffer.from('Привет, café')]), 'text/html');
    expect(got.html).toContain('<p>Привет, café</p>');
    expect(got.encoding).toBe('utf-8');
  });

  it('still honours an explicit windows-1252 declaration over valid UTF-8 bytes', async () => {
    const got = await fetchWith(page('', [...Buffer.from('é')]), 'text/html; charset=windows-1252');
    expect(got.html).toContain('<p>Ã©</p>');
  });

  it('reads a saved page whose <meta> still names its old charset over UTF-8 bytes as UTF-8', async () => {
    const saved = page('<meta charset="gb2312">', [...Buffer.from('中文新闻')]);
    const got = await fetchWith(saved, 'text/html');
    expect(got.html).toContain('<p>中文新闻</p>');
    expect(got.encoding).toBe('utf-8');
  });

  it('keeps a <meta> charset when the bytes are not UTF-8, or only ASCII', async () => {
    const legacy = await fetchWith(page('<meta charset="gb2312">', ZHONGWEN_GB), 'text/html');
    expect(legacy.html).toContain('<p>中文</p>');
    await fetcher.close();
    await server.close();
    const ascii = await fetchWith(
      page('<meta charset="windows-1251">', [...Buffer.from('plain')]),
      'text/html',
    );
    expect(ascii.encoding).toBe('windows-1251');
  });

  it('obeys a header charset even over valid UTF-8 bytes', async () => {
    const got = await fetchWith(page('', [...Buffer.from('中文')]), 'text/html; charset=gb2312');
    expect(got.encoding).not.toBe('utf-8');
  });
});

/** windows-1251 by hand: А–я are 0xC0–0xFF in order (no ё in the test text). */
function cp1251(text: string): number[] {
  return [...text].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0)));
}

/** KOI8-R by hand: lower case in the table's order from 0xC0, upper case 0x20 higher. */
const KOI8_LOWER = 'юабцдефгхийклмнопярстужвьызшэщчъ';
function koi8r(text: string): number[] {
  return [...text].map((ch) => {
    const lower = KOI8_LOWER.indexOf(ch);
    if (lower >= 0) return 0xc0 + lower;
    const upper = KOI8_LOWER.indexOf(ch.toLowerCase());
    return upper >= 0 ? 0xe0 + upper : ch.charCodeAt(0);
  });
}

const RUSSIAN = 'Городской совет во вторник проголосовал за продление трамвайной линии на север города.';
const FRENCH = 'Le café était très célèbre à Paris; un élève déjà là, où le garçon rêvait. ';

describe('fetch: undeclared Cyrillic and Western pages', () => {
  it('checks the hand encoders against known bytes', () => {
    expect(cp1251('Привет')).toEqual(PRIVET_1251);
    expect(koi8r('Привет')).toEqual(PRIVET_KOI8R);
  });

  it('detects an undeclared windows-1251 page', async () => {
    const got = await fetchWith(page('', cp1251(RUSSIAN)), 'text/html');
    expect(got.html).toContain(RUSSIAN);
    expect(got.encoding).toBe('windows-1251');
  });

  it('detects an undeclared koi8-r page', async () => {
    const got = await fetchWith(page('', koi8r(RUSSIAN)), 'text/html');
    expect(got.html).toContain(RUSSIAN);
    expect(got.encoding).toBe('koi8-r');
  });

  it('keeps an undeclared Western page with many accents in windows-1252', async () => {
    const text = FRENCH.repeat(4);
    const got = await fetchWith(page('', [...Buffer.from(text, 'latin1')]), 'text/html');
    expect(got.html).toContain(text);
    expect(got.encoding).toBe('windows-1252');
  });

  it('never overrides a declaration with a guess', async () => {
    const got = await fetchWith(page('', cp1251(RUSSIAN)), 'text/html; charset=windows-1252');
    expect(got.encoding).toBe('windows-1252');
  });
});

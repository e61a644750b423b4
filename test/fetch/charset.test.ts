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
});

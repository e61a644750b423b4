import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/options.js';
import { createRecordEncoder, createRecordWriter, formatRecord } from '../../src/write/format.js';
import type { OutputRecord } from '../../src/write/schema.js';
import { article, failure } from './helpers/records.js';

function encodeAll(format: Format, records: OutputRecord[], options = {}): string {
  const encoder = createRecordEncoder(format, options);
  return records.map((r) => encoder.encode(r)).join('') + encoder.end();
}

describe('json: an object for one record, an array for many', () => {
  it('prints one record as one pretty object', () => {
    const out = encodeAll('json', [article()]);
    expect(JSON.parse(out)).toEqual(article());
    expect(out).toMatch(/^\{\n {2}"schemaVersion": 1,/);
  });

  it('prints two or more records (errors included) as one pretty array', () => {
    const records = [article(), failure(), article({ title: 'Third' })];
    const out = encodeAll('json', records);
    expect(JSON.parse(out)).toEqual(records);
    expect(out).toMatch(/^\[\n {2}\{\n {4}"schemaVersion"/);
    expect(out.endsWith('\n]\n')).toBe(true);
  });

  it('prints [] for no records, and always an array with array: true', () => {
    expect(encodeAll('json', [])).toBe('[]\n');
    expect(JSON.parse(encodeAll('json', [article()], { array: true }))).toEqual([article()]);
  });
});

describe('ndjson', () => {
  it('prints one compact line per record, validated', () => {
    const lines = encodeAll('ndjson', [article(), failure()]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(failure());
    expect(() => encodeAll('ndjson', [{ ...article(), wordCount: -1 }])).toThrow();
  });
});

describe('document formats', () => {
  it('markdown: front matter then the article, documents separated by a blank line', () => {
    const out = encodeAll('markdown', [article(), article({ title: 'Two', markdown: '# Two\n' })]);
    expect(out).toBe(
      `${formatRecord(article(), 'markdown')}\n${formatRecord(article({ title: 'Two', markdown: '# Two\n' }), 'markdown')}`,
    );
    expect(formatRecord(article(), 'markdown')).toBe(
      [
        '---',
        'title: "A title"',
        'url: "https://example.com/news/a"',
        'authors:',
        '  - "Ann Author"',
        'date: "2024-05-01T10:00:00+03:00"',
        'site: "Example News"',
        'language: "en"',
        'tags:',
        '  - "politics"',
        '---',
        '',
        '# A title',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
  });

  it('text: title, blank line, body; documents separated by a form feed line', () => {
    expect(formatRecord(article(), 'text')).toBe('A title\n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(formatRecord(article({ title: null }), 'text')).toBe('First paragraph.\n\nSecond paragraph.\n');
    expect(encodeAll('text', [article({ text: 'one' }), article({ text: 'two' })])).toBe(
      'A title\n\none\n\f\nA title\n\ntwo\n',
    );
  });

  it('html: a standalone document around the fragment, with escaped metadata', () => {
    const doc = formatRecord(article({ title: 'A "quoted" <title>', language: 'en"><script>' }), 'html');
    expect(doc.startsWith('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(doc).toContain('<title>A &quot;quoted&quot; &lt;title&gt;</title>');
    expect(doc).toContain('<link rel="canonical" href="https://example.com/news/a">');
    expect(doc).toContain('<meta name="author" content="Ann Author">');
    expect(doc).toContain(article().html!.trimEnd());
    expect(doc).not.toContain('<script');
    expect(formatRecord(article(), 'html')).toContain('<html lang="en">');
  });

  it('error records print nothing in markdown, text and html', () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      expect(encodeAll(format, [failure()])).toBe('');
      expect(encodeAll(format, [failure(), article()])).toBe(formatRecord(article(), format));
    }
  });

  it('refuses to print markdown or html from a record that does not carry it', () => {
    expect(() => formatRecord(article({ markdown: undefined }), 'markdown')).toThrow(/include/);
    expect(() => formatRecord(article({ html: undefined }), 'html')).toThrow(/include/);
  });
});

describe('createRecordWriter', () => {
  it('writes to any sink and awaits a sink that returns a promise', async () => {
    const chunks: string[] = [];
    let pending = 0;
    const sink = {
      write(chunk: string) {
        pending++;
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            chunks.push(chunk);
            pending--;
            resolve();
          }, 5),
        );
      },
    };
    const writer = createRecordWriter('json', sink);
    await writer.write(article());
    expect(chunks).toEqual([]);
    await writer.write(failure());
    expect(pending).toBe(0);
    await writer.end();
    expect(JSON.parse(chunks.join(''))).toEqual([article(), failure()]);
  });
});

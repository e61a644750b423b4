import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { looksBinary, readLines } from '../../src/batch/read-lines.js';
import { InputError } from '../../src/errors.js';

async function collect(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), 'list'))
    out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF across chunk boundaries, keeps the last unterminated line', async () => {
    expect(await collect(['http://a/1\r\nhttp://', 'b/2\n\n# c\nhttp://c/3'])).toEqual([
      'http://a/1',
      'http://b/2',
      '',
      '# c',
      'http://c/3',
    ]);
  });

  it('drops a UTF-8 BOM and decodes a character split between chunks', async () => {
    const bytes = Buffer.from('\ufeffhttp://é.com/\n');
    expect(await collect([bytes.subarray(0, 5), bytes.subarray(5, 15), bytes.subarray(15)])).toEqual([
      'http://é.com/',
    ]);
  });

  it('rejects binary input with an InputError naming it', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(collect([png])).rejects.toThrow(InputError);
    await expect(collect([png])).rejects.toThrow(/list looks like a binary file/);
  });

  it('looksBinary accepts text and flags control-heavy bytes', () => {
    expect(looksBinary(Buffer.from('http://a.com/\n\thttp://b.com/\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 5, 104, 116]))).toBe(true);
  });
});

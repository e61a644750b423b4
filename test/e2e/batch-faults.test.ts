import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRoutes, FAST, faultRoutes, tempDir } from '../batch/pages.js';
import { ndjson, runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...articleRoutes(3), ...faultRoutes() });
});
afterAll(() => server.close());

describe('newsclean batch over a mixed list', () => {
  it('writes exactly one parseable line per distinct URL, typed errors, exit 1', async () => {
    const good = [1, 2, 3].map((i) => server.url(`/a/${i}`));
    const bad = ['/404', '/500', '/loop', '/reset', '/doc.pdf'].map((p) => server.url(p));
    const invalid = ['not a url at all', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.com/x'];
    const list = ['# news list', '', ...good, ...bad, ...invalid, `${good[0]}#again`, '   '].join('\n');
    const r = await runCli(['batch', '-', ...FAST], { input: list });
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    const bySource = new Map(records.map((rec) => [rec.source as string, rec]));
    expect(records).toHaveLength(good.length + bad.length + invalid.length);
    expect(bySource.size).toBe(records.length);
    for (const url of good)
      expect(bySource.get(url)).toMatchObject({ url, title: expect.stringContaining('Story') });
    const code = (url: string) => (bySource.get(url)?.error as { code: string } | undefined)?.code;
    expect(code(server.url('/404'))).toBe('http_status');
    expect(bySource.get(server.url('/404'))?.error).toMatchObject({ status: 404 });
    expect(code(server.url('/500'))).toBe('http_status');
    expect(code(server.url('/loop'))).toBe('too_many_redirects');
    expect(['reset', 'connect', 'network']).toContain(code(server.url('/reset')));
    expect(code(server.url('/doc.pdf'))).toBe('not_html');
    for (const line of invalid) expect(code(line)).toBe('invalid_url');
    expect(r.stderr).toMatch(/3 ok, 9 failed, 1 skipped/);
  });

  it('exits 0 when every URL gave an article, and reads a file argument', async () => {
    const file = join(await tempDir(), 'urls.txt');
    await writeFile(file, `${server.url('/a/1')}\r\n${server.url('/a/2')}\r\n`);
    const r = await runCli(['batch', file, ...FAST]);
    expect(r.code).toBe(0);
    expect(
      ndjson(r.stdout)
        .map((rec) => rec.source)
        .sort(),
    ).toEqual([server.url('/a/1'), server.url('/a/2')]);
  });
});

describe('newsclean batch with bad input lists', () => {
  it('exits 2 on a missing file', async () => {
    const r = await runCli(['batch', '/nonexistent/urls.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read /nonexistent/urls.txt: no such file');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on an empty list (only blanks and comments)', async () => {
    const r = await runCli(['batch', '-'], { input: '\n# nothing here\n   \n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no URLs in stdin');
  });

  it('exits 2 on a binary file', async () => {
    const file = join(await tempDir(), 'image.png');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]));
    const r = await runCli(['batch', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like a binary file');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a directory', async () => {
    const dir = join(await tempDir(), 'list');
    await mkdir(dir);
    const r = await runCli(['batch', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });

  it('exits 2 on a bad --concurrency or --workers value', async () => {
    for (const args of [
      ['--concurrency', '0'],
      ['--workers', 'many'],
    ]) {
      const r = await runCli(['batch', '-', ...args], { input: server.url('/a/1') });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/must be a whole number/);
    }
  });
});

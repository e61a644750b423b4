/** `newsclean parse` as a user runs it: formats, several inputs, and bad input of every kind. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ndjson, runCli } from '../helpers/cli.js';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm</title></head>
<body><article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday after a week of repairs to the sea wall damaged in the storm, the port authority said.</p>
<p>Fishing boats returned to their moorings in the afternoon, and the ferry service to the islands will resume on Wednesday.</p>
<p>Repairs cost less than expected, according to the <a href="/port">port authority</a>, and were finished ahead of schedule.</p>
</article></body></html>`;

let dir: string;
const file = (name: string, body: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclean-parse-'));
});

describe('parse: several inputs', () => {
  it('one bad input gives an error record and a stderr line; the others still run (exit 1)', async () => {
    const good = file('good.html', PAGE);
    const png = file('image.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const empty = file('empty.html', '');
    const blank = file('blank.html', ' \n\t\n');
    const missing = join(dir, 'missing.html');
    const r = await runCli(['parse', good, missing, png, empty, blank, good]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((rec) => rec.source)).toEqual([good, missing, png, empty, blank, good]);
    expect(records.map((rec) => (rec.error as { code: string } | undefined)?.code ?? 'ok')).toEqual([
      'ok',
      'input',
      'not_html',
      'empty',
      'empty',
      'ok',
    ]);
    expect(records[0]?.title).toBe('Harbour reopens after storm');
    expect(r.stderr).toContain(`${missing}: input: cannot read file: no such file`);
    expect(r.stderr).toContain(`${png}: not_html: not HTML: the input is a PNG image`);
    expect(r.stderr.trim().split('\n')).toHaveLength(4);
  });

  it('a single missing file: a clear message, exit 2 (nothing could be read: a usage error)', async () => {
    const r = await runCli(['parse', join(dir, 'nope.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.html: input: cannot read file: no such file');
    expect(r.stderr).toContain('no input could be read');
  });

  it('a directory is unreadable input too', async () => {
    const r = await runCli(['parse', dir, '--format', 'text']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is a directory');
  });

  it('an empty file alone is a failed input (exit 1), not a usage error', async () => {
    const r = await runCli(['parse', file('empty2.html', '')]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout)[0]?.error).toEqual({ code: 'empty', message: 'the input is empty' });
  });

  it('rejects a --url that is not an absolute http(s) URL (exit 2)', async () => {
    const r = await runCli(['parse', file('g.html', PAGE), '--url', 'example.com/a']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--url must be an absolute http(s) URL');
  });
});

describe('parse: decoding', () => {
  it('decodes by <meta charset>, and valid UTF-8 without one as UTF-8', async () => {
    const cyrillic =
      '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><p>Привет, мир. Это статья о погоде в Москве и в области на этой неделе.</p></article></body></html>';
    // Real windows-1251 bytes: the Cyrillic letters А..я are 0xC0..0xFF there.
    const bytes = Buffer.from(
      [...cyrillic].map((c) => {
        const code = c.charCodeAt(0);
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      }),
    );
    const cp1251 = file('cp1251.html', bytes);
    const utf8 = file('utf8.html', cyrillic.replace('<meta charset="windows-1251">', ''));
    // The same windows-1251 bytes with no declaration at all: the Cyrillic guess must pick it up.
    const undeclared = file(
      'cp1251-bare.html',
      Buffer.from(bytes.toString('latin1').replace('<meta charset="windows-1251">', ''), 'latin1'),
    );
    const r = await runCli(['parse', cp1251, utf8, undeclared]);
    expect(r.code).toBe(0);
    const [a, b, c] = ndjson(r.stdout);
    expect(a?.title).toBe('Новости');
    expect(b?.title).toBe('Новости');
    expect(c?.title).toBe('Новости');
    expect(String(a?.text)).toContain('Привет, мир.');
  });
});

describe('parse: formats', () => {
  it('json prints one object for one input and an array for several', async () => {
    const good = file('fmt.html', PAGE);
    const one = await runCli(['parse', good, '--format', 'json']);
    expect(JSON.parse(one.stdout).title).toBe('Harbour reopens after storm');
    const two = await runCli(['parse', good, good, '-f', 'json']);
    const parsed = JSON.parse(two.stdout) as unknown[];
    expect(parsed).toHaveLength(2);
  });

  it('markdown has front matter and absolute links (from --url); errors print nothing', async () => {
    const good = file('md.html', PAGE);
    const r = await runCli([
      'parse',
      good,
      join(dir, 'gone.html'),
      '-f',
      'markdown',
      '--url',
      'https://port.example/news/1',
    ]);
    expect(r.code).toBe(1);
    expect(
      r.stdout.startsWith('---\ntitle: "Harbour reopens after storm"\nurl: "https://port.example/news/1"\n'),
    ).toBe(true);
    expect(r.stdout).toContain('\n# Harbour reopens after storm\n');
    expect(r.stdout).toContain('[port authority](https://port.example/port)');
    expect(r.stdout.match(/^---$/gm)).toHaveLength(2);
  });

  it('text is the title, a blank line, then the body', async () => {
    const r = await runCli(['parse', '-', '-f', 'text'], { input: PAGE });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Harbour reopens after storm\n\nThe harbour reopened on Monday')).toBe(true);
  });

  it('--out-dir writes one stable, safely named file per article; stdout keeps NDJSON', async () => {
    const good = file('outdir.html', PAGE);
    const out = join(dir, 'articles');
    const args = ['parse', good, join(dir, 'absent.html'), '-f', 'markdown', '--out-dir', out];
    const first = await runCli(args);
    expect(first.code).toBe(1);
    expect(ndjson(first.stdout).map((r) => r.source)).toEqual([good, join(dir, 'absent.html')]);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^harbour-reopens-after-storm-[0-9a-f]{10}\.md$/);
    expect(readFileSync(join(out, files[0]!), 'utf8')).toMatch(/^---\ntitle: "Harbour reopens after storm"/);
    await runCli(args);
    expect(readdirSync(out)).toEqual(files);
  });

  it('a reader that stops early (`| head -c 1`) ends the run quietly, without an EPIPE trace', () => {
    const good = file('pipe.html', PAGE);
    const many = Array.from({ length: 300 }, () => good);
    const r = spawnSync('bash', ['-c', 'node "$0" parse "$@" | head -c 1 >/dev/null', BIN, ...many], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});

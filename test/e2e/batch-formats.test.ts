import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRoutes, FAST, tempDir } from '../batch/pages.js';
import { ndjson, runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(articleRoutes(2));
});
afterAll(() => server.close());

describe('newsclean batch output formats', () => {
  it('--out-dir writes one file per article and keeps one NDJSON line per URL on stdout', async () => {
    const dir = join(await tempDir(), 'articles');
    const input = [server.url('/a/1'), server.url('/a/2'), server.url('/missing')].join('\n');
    const r = await runCli(['batch', '-', '--out-dir', dir, '--format', 'markdown', ...FAST], { input });
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout)).toHaveLength(3);
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^story-a-\d-[0-9a-f]{10}\.md$/.test(f))).toBe(true);
    const md = await readFile(join(dir, files[0] ?? ''), 'utf8');
    expect(md).toContain('Paragraph 1 of story /a/');
  });

  it('--format text prints documents on stdout and failures on stderr', async () => {
    const input = [server.url('/a/1'), server.url('/missing')].join('\n');
    const r = await runCli(['batch', '-', '--format', 'text', ...FAST], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Paragraph 1 of story /a/1');
    expect(r.stdout).not.toContain('{');
    expect(r.stderr).toContain(`newsclean: ${server.url('/missing')}: http_status: HTTP 404`);
  });

  it('--format json prints one JSON array for several records', async () => {
    const input = [server.url('/a/1'), server.url('/a/2')].join('\n');
    const r = await runCli(['batch', '-', '--format', 'json', ...FAST], { input });
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { source: string }[];
    expect(parsed.map((p) => p.source).sort()).toEqual([server.url('/a/1'), server.url('/a/2')]);
  });
});

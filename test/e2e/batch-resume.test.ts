import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, exited, FAST, faultRoutes, sleep, tempDir, until } from '../batch/pages.js';
import { BIN, ndjson, runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
const N = 60;
beforeAll(async () => {
  server = await startServer(faultRoutes());
  for (let i = 1; i <= N; i++)
    server.route(`/s/${i}`, async (_req, res) => {
      await sleep(60);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(`s${i}`, 20));
    });
});
afterAll(() => server.close());

/** Every line parses, and each source appears once. */
function checkOneLinePerSource(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  const records = ndjson(text);
  const sources = records.map((r) => r.source);
  expect(new Set(sources).size).toBe(sources.length);
  return records;
}

describe('newsclean batch -o FILE resumes', () => {
  it('after SIGKILL mid-batch, a re-run completes with exactly one line per distinct URL', async () => {
    const dir = await tempDir();
    const list = join(dir, 'urls.txt');
    const out = join(dir, 'out.ndjson');
    const urls = Array.from({ length: N }, (_, i) => server.url(`/s/${i + 1}`));
    const extra = [server.url('/404'), server.url('/reset'), 'not a url'];
    // Duplicates (one differing only in fragment and host case) must not give second lines.
    const dupes = [urls[0], `${urls[1]}#x`, urls[2]?.replace('http://', 'HTTP://')];
    await writeFile(list, [...urls, ...extra, ...dupes].join('\n'));
    const child = spawn(
      process.execPath,
      [BIN, 'batch', list, '-o', out, '-c', '4', '--workers', '1', ...FAST.slice(0, 4)],
      {
        stdio: 'ignore',
      },
    );
    const done = exited(child);
    // Generous: starting a worker thread takes seconds on a loaded machine.
    await until(() => existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 12, 40_000);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const partial = await readFile(out, 'utf8');
    const before = ndjson(partial.slice(0, partial.lastIndexOf('\n') + 1)).length;
    expect(before).toBeLessThan(urls.length);

    const r = await runCli(['batch', list, '-o', out, ...FAST], { timeoutMs: 40_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('resuming:');
    const records = checkOneLinePerSource(await readFile(out, 'utf8'));
    expect(records).toHaveLength(urls.length + extra.length);
    expect(new Set(records.map((rec) => rec.source))).toEqual(new Set([...urls, ...extra]));

    // A third run has nothing left to do and changes nothing.
    const again = await runCli(['batch', list, '-o', out, ...FAST]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 ok, 0 failed, \d+ skipped/);
    expect(ndjson(await readFile(out, 'utf8'))).toHaveLength(urls.length + extra.length);
  }, 90_000);

  it('repairs a truncated last line and redoes its URL', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out.ndjson');
    const [u1, u2] = [server.url('/s/1'), server.url('/s/2')];
    const first = await runCli(['batch', '-', ...FAST], { input: `${u1}\n${u2}\n` });
    const lines = first.stdout.split('\n');
    const whole = lines.find((l) => l.includes(`"source":"${u1}"`)) ?? '';
    const cut = (lines.find((l) => l.includes(`"source":"${u2}"`)) ?? '').slice(0, 100);
    await writeFile(out, `${whole}\n${cut}`);

    const r = await runCli(['batch', '-', '-o', out, ...FAST], { input: `${u1}\n${u2}\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cut a truncated last line');
    const records = checkOneLinePerSource(await readFile(out, 'utf8'));
    expect(records.map((rec) => rec.source)).toEqual([u1, u2]);
    expect(records[1]).toMatchObject({ title: expect.stringContaining('Story s2') });
  });

  it('refuses -o with a format that cannot be read back for resume', async () => {
    const out = join(await tempDir(), 'out.md');
    const r = await runCli(['batch', '-', '-o', out, '--format', 'markdown'], { input: server.url('/s/1') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o FILE writes NDJSON lines');
  });
});

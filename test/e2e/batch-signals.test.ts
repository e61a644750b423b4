import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, exited, FAST, sleep, until } from '../batch/pages.js';
import { BIN, ndjson } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let started = 0;
beforeAll(async () => {
  server = await startServer();
  for (let i = 1; i <= 200; i++) {
    server.route(`/slow/${i}`, async (_req, res) => {
      started++;
      await sleep(400);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(articlePage(`slow${i}`));
    });
    // Big pages (~35 KB of text each) fill a pipe after two records.
    server.route(`/big/${i}`, (_req, res) => {
      started++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(articlePage(`big${i}`, 200));
    });
  }
  server.route('/hang', () => {
    started++; // never answers
  });
});
afterAll(() => server.close());

function spawnBatch(urls: string[], args: string[]) {
  const child = spawn(process.execPath, [BIN, 'batch', '-', ...FAST, ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  child.stdin.end(urls.join('\n'));
  return { child, out: () => stdout, err: () => stderr, done: exited(child) };
}

describe('newsclean batch and signals', () => {
  it('on SIGINT stops taking URLs, finishes pages in flight, prints the summary, exits 130', async () => {
    started = 0;
    const urls = Array.from({ length: 40 }, (_, i) => server.url(`/slow/${i + 1}`));
    const run = spawnBatch(urls, ['-c', '3', '--ignore-robots']);
    await until(() => started >= 3);
    run.child.kill('SIGINT');
    const { code } = await run.done;
    expect(code).toBe(130);
    const records = ndjson(run.out());
    // The pages in flight when the signal came were finished and written, whole.
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.length).toBeLessThan(urls.length);
    expect(records.every((r) => r.error === undefined)).toBe(true);
    expect(started).toBeLessThan(urls.length);
    expect(run.err()).toMatch(/ok, 0 failed, 0 skipped .* interrupted by SIGINT/);
  });

  it('a second SIGINT exits at once, even with a page hanging', async () => {
    started = 0;
    const run = spawnBatch([server.url('/hang'), server.url('/slow/1')], ['-c', '1', '--ignore-robots']);
    await until(() => started > 0);
    run.child.kill('SIGINT');
    await until(() => run.err().includes('again to quit'));
    const t0 = Date.now();
    run.child.kill('SIGINT');
    expect((await run.done).code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(run.out()).toBe('');
    expect(run.err()).toContain('interrupted by SIGINT');
  });

  it('SIGTERM exits 143', async () => {
    started = 0;
    const run = spawnBatch([server.url('/slow/2'), server.url('/slow/3')], ['-c', '1', '--ignore-robots']);
    await until(() => started > 0);
    run.child.kill('SIGTERM');
    expect((await run.done).code).toBe(143);
    expect(run.err()).toContain('interrupted by SIGTERM');
  });

  it('`| head -1` exits cleanly without an EPIPE trace and stops fetching', async () => {
    started = 0;
    const urls = Array.from({ length: 200 }, (_, i) => server.url(`/big/${i + 1}`)).join('\n');
    const script = `printf '%s' "$URLS" | "${process.execPath}" "${BIN}" batch - ${FAST.join(' ')} -c 2 | head -1; echo "status=\${PIPESTATUS[1]}" >&2`;
    const child = spawn('bash', ['-c', script], { env: { ...process.env, URLS: urls }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    await exited(child);
    expect(ndjson(stdout)).toHaveLength(1);
    expect(stderr).toContain('status=0');
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(started).toBeLessThan(200);
  });

  it('a slow reader slows fetching down instead of the process buffering records', async () => {
    started = 0;
    const urls = Array.from({ length: 36 }, (_, i) => server.url(`/big/${i + 1}`));
    const run = spawnBatch(urls, ['-c', '2', '--ignore-robots']);
    run.child.stdout.pause();
    await until(() => started >= 2);
    await sleep(2000);
    // The pipe, the reader's and the writer's buffers hold ~5 records; `concurrency` more are in
    // hand. Without backpressure all 36 are fetched in this time.
    expect(started).toBeLessThanOrEqual(16);
    run.child.stdout.resume();
    const { code } = await run.done;
    expect(code).toBe(0);
    expect(ndjson(run.out())).toHaveLength(urls.length);
    expect(started).toBe(urls.length);
  });
});

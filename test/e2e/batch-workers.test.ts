import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, FAST, sleep } from '../batch/pages.js';
import { ndjson, runCli } from '../helpers/cli.js';
import { type Handler, startServer, type TestServer } from '../helpers/server.js';

interface Load {
  active: number;
  max: number;
}
const servers: { server: TestServer; load: Load }[] = [];

/** A host whose pages take 60 ms, recording the most requests it ever held at once. */
async function host(): Promise<{ server: TestServer; load: Load }> {
  const load = { active: 0, max: 0 };
  const handler: Handler = async (req, res) => {
    load.active++;
    load.max = Math.max(load.max, load.active);
    await sleep(60);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(req.url ?? ''));
    load.active--;
  };
  const server = await startServer();
  for (let i = 1; i <= 10; i++) server.route(`/n/${i}`, handler);
  return { server, load };
}

beforeAll(async () => {
  servers.push(await host(), await host());
});
afterAll(() => Promise.all(servers.map((s) => s.server.close())));

const urls = () => servers.flatMap((s) => Array.from({ length: 10 }, (_, i) => s.server.url(`/n/${i + 1}`)));
const FETCH = FAST.slice(0, 4); // without FAST's --workers 0

function bySource(stdout: string) {
  const records = ndjson(stdout).map(({ fetchedAt: _t, ...rest }) => rest);
  return records.sort((a, b) => String(a.source).localeCompare(String(b.source)));
}

describe('newsclean batch, workers and per-host limits', () => {
  it('--workers 0 and --workers 2 give the same records', async () => {
    const input = urls().join('\n');
    const [main, pool] = await Promise.all([
      runCli(['batch', '-', ...FETCH, '--workers', '0'], { input, timeoutMs: 50_000 }),
      runCli(['batch', '-', ...FETCH, '--workers', '2'], { input, timeoutMs: 50_000 }),
    ]);
    expect(main.code).toBe(0);
    expect(pool.code).toBe(0);
    expect(bySource(main.stdout)).toHaveLength(20);
    expect(bySource(pool.stdout)).toEqual(bySource(main.stdout));
  }, 60_000);

  it('keeps each host at --per-host requests at once, as seen by the servers', async () => {
    for (const s of servers) s.load.max = 0;
    const r = await runCli(['batch', '-', ...FAST, '--per-host', '3', '-c', '16'], {
      input: urls().join('\n'),
    });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(20);
    for (const s of servers) expect(s.load.max).toBe(3);
  });

  it('decodes non-UTF-8 pages in the workers, as declared by <meta> or by the header', async () => {
    const server = await startServer();
    try {
      const serve = (path: string, id: string, charset: string, header: string) => {
        const html = articlePage(id).replace('charset="utf-8"', `charset="${charset}"`);
        server.route(path, (_req, res) => {
          res.writeHead(200, { 'content-type': header });
          res.end(iconv.encode(html, charset));
        });
      };
      serve('/ru', 'Новости дня', 'windows-1251', 'text/html');
      serve('/ja', '今日のニュース', 'shift_jis', 'text/html; charset=shift_jis');
      // Short enough that the body may be a slice of Node's shared Buffer pool (copied, not moved).
      serve('/tiny', 'é', 'utf-8', 'text/html; charset=utf-8');
      const paths = ['/ru', '/ja', '/tiny'];
      const input = paths.map((p) => server.url(p)).join('\n');
      const r = await runCli(['batch', '-', ...FETCH, '--workers', '2'], { input, timeoutMs: 50_000 });
      expect(r.code).toBe(0);
      const titles = Object.fromEntries(bySource(r.stdout).map((x) => [String(x.source), x.title]));
      expect(titles).toEqual({
        [server.url('/ru')]: 'Story Новости дня',
        [server.url('/ja')]: 'Story 今日のニュース',
        [server.url('/tiny')]: 'Story é',
      });
      expect(r.stdout).toContain('Paragraph 1 of story Новости дня');
    } finally {
      await server.close();
    }
  }, 60_000);
});

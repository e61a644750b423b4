/** `newsclean scrape` end to end: the built CLI as a subprocess against a real local server. */
import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, bytes, redirect, reset, sequence, status } from '../fetch/handlers.js';
import { startProxy, type TestProxy } from '../fetch/proxy.js';
import { BIN, ndjson, runCli } from '../helpers/cli.js';
import { html, startServer, type TestServer } from '../helpers/server.js';
import { unansweredPort } from '../helpers/unanswered-port.js';

let server: TestServer;
let proxy: TestProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await server?.close();
});

/** The CLI with room to start on a busy machine (module loading alone can take seconds there). */
const cli = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(args, { timeoutMs: 45_000, ...options });

/** Fast fault handling for every run: no long waits on a loaded test machine. */
const FAST = ['--timeout', '5000', '--retry-delay', '10', '--ignore-robots'];
/** windows-1251 by hand: А–я are 0xC0–0xFF in order; ASCII is itself (no ё in the test text). */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))),
  );
}

const errorCodes = (stdout: string) =>
  ndjson(stdout).map((r) => (r.error as { code?: string } | undefined)?.code ?? 'ok');

describe('newsclean scrape', { timeout: 60_000 }, () => {
  it('prints one article record per URL and exits 0', async () => {
    server = await startServer({ '/start': redirect('/news/tram'), '/news/tram': html(ARTICLE) });
    const r = await cli(['scrape', ...FAST, server.url('/start')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [rec] = ndjson(r.stdout);
    expect(rec).toMatchObject({ source: server.url('/start'), url: server.url('/news/tram'), status: 200 });
    expect(rec?.text).toContain('tram line');
    expect(Date.parse(String(rec?.fetchedAt))).not.toBeNaN();
  });

  it('prints one JSON array for several URLs with --format json', async () => {
    server = await startServer({ '/a': html(ARTICLE), '/b': html(ARTICLE) });
    const r = await cli(['scrape', ...FAST, '--format', 'json', server.url('/a'), server.url('/b')]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { source: string }[];
    expect(parsed.map((rec) => rec.source)).toEqual([server.url('/a'), server.url('/b')]);
  });

  it('writes an error record per failed URL, in input order, with a stderr line each, and exits 1', async () => {
    server = await startServer({
      '/good': html(ARTICLE),
      '/loop': redirect('/loop2'),
      '/loop2': redirect('/loop'),
      '/reset': reset,
      '/doc.pdf': bytes(Buffer.from('%PDF-1.7\n'), { 'content-type': 'application/pdf' }),
      '/empty': bytes('', { 'content-type': 'text/html' }),
      '/big': html(`<p>${'x'.repeat(50_000)}</p>`),
    });
    const urls = [
      server.url('/good'),
      server.url('/missing'),
      server.url('/loop'),
      server.url('/reset'),
      server.url('/doc.pdf'),
      'file:///etc/passwd',
      'not a url',
      server.url('/empty'),
      server.url('/big'),
    ];
    const r = await cli(['scrape', ...FAST, '--retries', '0', '--max-bytes', '20000', ...urls]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.source)).toEqual(urls);
    expect(errorCodes(r.stdout)).toEqual([
      'ok',
      'http_status',
      'too_many_redirects',
      'reset',
      'not_html',
      'invalid_url',
      'invalid_url',
      'empty',
      'too_large',
    ]);
    expect(records[1]).toMatchObject({ url: server.url('/missing'), error: { status: 404 } });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(`newsclean: ${server.url('/missing')}: http_status: HTTP 404`);
    expect(lines[4]).toMatch(/^newsclean: file:\/\/\/etc\/passwd: invalid_url: /);
  });

  it('retries a 500 and succeeds', async () => {
    server = await startServer({ '/flaky': sequence(status(500), status(502), html(ARTICLE)) });
    const r = await cli(['scrape', ...FAST, '--retries', '2', server.url('/flaky')]);
    expect(r.code).toBe(0);
    expect(server.seen).toHaveLength(3);
  });

  it('reports a 503 that outlasts the retries with its status', async () => {
    server = await startServer({ '/down': status(503) });
    const r = await cli(['scrape', ...FAST, '--retries', '1', server.url('/down')]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout)[0]).toMatchObject({ error: { code: 'http_status', status: 503 } });
    expect(server.seen).toHaveLength(2);
  });

  it('times out a slow response and a dripping body under --timeout', async () => {
    server = await startServer({
      '/slow': (_q, res) => {
        const t = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 15_000);
        res.on('close', () => clearTimeout(t));
      },
      '/drip': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const t = setInterval(() => res.write('<p>x</p>'), 20);
        res.on('close', () => clearInterval(t));
      },
    });
    const r = await cli([
      'scrape',
      '--timeout',
      '300',
      '--retries',
      '0',
      server.url('/slow'),
      server.url('/drip'),
    ]);
    // /slow would answer at 15 s and /drip never ends, so two timeout codes prove both deadlines.
    expect({ code: r.code, stderr: r.stderr.split('\n').length }).toEqual({ code: 1, stderr: 3 });
    expect(errorCodes(r.stdout)).toEqual(['timeout', 'timeout']);
  });

  it('gives up on a connection that never opens at --connect-timeout', async () => {
    const silent = await unansweredPort();
    try {
      const url = `http://127.0.0.1:${silent.port}/news`;
      const r = await cli([
        'scrape',
        '--connect-timeout',
        '300',
        '--timeout',
        '60000',
        '--retries',
        '0',
        url,
      ]);
      expect(r.code).toBe(1);
      expect(ndjson(r.stdout)).toEqual([
        expect.objectContaining({ url, error: expect.objectContaining({ code: 'timeout' }) }),
      ]);
      expect(r.stderr).toMatch(/connect/i);
    } finally {
      silent.close();
    }
  });

  it('passes a cookie-check redirect wall and reports the chain', async () => {
    server = await startServer({
      '/story': (req, res) => {
        if (req.headers.cookie === 'consent=yes') html(ARTICLE)(req, res);
        else res.writeHead(302, { location: '/consent', 'set-cookie': 'consent=yes; Path=/' }).end();
      },
      '/consent': redirect('/story'),
    });
    const r = await cli(['scrape', ...FAST, server.url('/story')]);
    expect(r.code).toBe(0);
    const [record] = ndjson(r.stdout);
    expect(record).toMatchObject({ url: server.url('/story'), status: 200 });
    expect(record!.text).toContain('tram line');
  });

  it('decodes a windows-1251 page that has no charset header', async () => {
    const sentence =
      'Городской совет во вторник проголосовал за продление трамвайной линии на север города. ';
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"><title>t</title></head><body><article><p>'),
      cp1251(sentence.repeat(3)),
      Buffer.from('</p><p>'),
      cp1251(sentence.repeat(3)),
      Buffer.from('</p></article></body></html>'),
    ]);
    server = await startServer({ '/ru': bytes(page, { 'content-type': 'text/html' }) });
    const r = await cli(['scrape', ...FAST, server.url('/ru')]);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)[0]?.text).toContain('Городской совет во вторник');
  });
});

describe('newsclean scrape: politeness and settings', { timeout: 60_000 }, () => {
  it('honours robots.txt by default and --ignore-robots opts out', async () => {
    server = await startServer({
      '/robots.txt': bytes('User-agent: *\nDisallow: /news/\n', { 'content-type': 'text/plain' }),
      '/news/tram': html(ARTICLE),
    });
    const denied = await cli(['scrape', '--retry-delay', '10', server.url('/news/tram')]);
    expect(denied.code).toBe(1);
    expect(errorCodes(denied.stdout)).toEqual(['robots_disallowed']);
    expect(denied.stderr).toContain('robots_disallowed');
    const allowed = await cli(['scrape', '--ignore-robots', server.url('/news/tram')]);
    expect(allowed.code).toBe(0);
    expect(server.seen.map((s) => s.path)).toEqual(['/robots.txt', '/news/tram']);
  });

  it('sends --user-agent and spaces requests to one host by --delay', async () => {
    server = await startServer({ '/a': html(ARTICLE), '/b': html(ARTICLE), '/c': html(ARTICLE) });
    const ua = 'TestBot/1.0 (+https://example.org/bot)';
    const r = await cli([
      'scrape',
      ...FAST,
      '--user-agent',
      ua,
      '--delay',
      '300',
      ...['/a', '/b', '/c'].map(server.url),
    ]);
    expect(r.code).toBe(0);
    expect(server.seen.map((s) => s.headers['user-agent'])).toEqual([ua, ua, ua]);
    // Two gaps of 300 ms; arrivals carry some jitter on a busy machine.
    const at = server.seen.map((s) => s.at);
    expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(400);
  });

  it('uses HTTP_PROXY, and NO_PROXY exempts hosts', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    proxy = await startProxy();
    const via = await cli(['scrape', ...FAST, server.url('/p')], {
      env: { HTTP_PROXY: proxy.url, NO_PROXY: '' },
    });
    expect(via.code).toBe(0);
    expect(proxy.seen).toEqual([server.url('/p')]);
    const direct = await cli(['scrape', ...FAST, server.url('/p')], {
      env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' },
    });
    expect(direct.code).toBe(0);
    expect(proxy.seen).toHaveLength(1);
    expect(server.seen).toHaveLength(2);
  });

  it('stops quietly when stdout closes early (| head -1)', async () => {
    server = await startServer({ '/p': html(ARTICLE) });
    const urls = Array.from({ length: 12 }, (_, i) => `'${server.url(`/p?i=${i}`)}'`).join(' ');
    const script = `'${process.execPath}' '${BIN}' scrape --ignore-robots ${urls} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile('bash', ['-c', script], { timeout: 45_000 }, (err, so, se) =>
        err ? reject(err) : resolve({ stdout: so, stderr: se }),
      ),
    );
    expect(ndjson(stdout)).toHaveLength(1);
    expect(stderr.trim()).toBe('exit=0');
  });

  it.each([
    [['scrape']],
    [['scrape', '--retries', '-1', 'http://127.0.0.1:9/']],
    [['scrape', '--timeout', 'soon', 'http://127.0.0.1:9/']],
    [['scrape', '--per-host', '0', 'http://127.0.0.1:9/']],
  ])('exits 2 with a message and no output on bad usage: %j', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});

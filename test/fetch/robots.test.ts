import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CRAWL_DELAY_MS, parseRules, robotsAgent } from '../../src/fetch/robots.js';
import type { Fetcher } from '../../src/fetch/types.js';
import { type Handler, html, startServer, type TestServer } from '../helpers/server.js';
import { ARTICLE, delayed, failure, status, testFetcher } from './handlers.js';

let server: TestServer;
let fetcher: Fetcher;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

function robots(text: string): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(text);
  };
}

const pages = { '/news/a': html(ARTICLE), '/news/b': html(ARTICLE), '/private/x': html(ARTICLE) };
const paths = () => server.seen.map((s) => s.path);

describe('fetch: robots.txt', () => {
  it('refuses a disallowed URL with robots_disallowed and never requests it', async () => {
    server = await startServer({ ...pages, '/robots.txt': robots('User-agent: *\nDisallow: /private/\n') });
    fetcher = testFetcher({ respectRobots: true });
    expect(await failure(fetcher.fetch(server.url('/private/x')))).toMatchObject({
      code: 'robots_disallowed',
    });
    expect((await fetcher.fetch(server.url('/news/a'))).status).toBe(200);
    expect(paths()).toEqual(['/robots.txt', '/news/a']);
  });

  it('fetches robots.txt once per origin, even for concurrent requests', async () => {
    server = await startServer({
      ...pages,
      '/robots.txt': delayed(100, robots('User-agent: *\nAllow: /\n')),
    });
    fetcher = testFetcher({ respectRobots: true });
    await Promise.all(['/news/a', '/news/b', '/news/a'].map((p) => fetcher.fetch(server.url(p))));
    expect(paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
  });

  it('obeys the group naming newsclean over the * group', async () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: newsclean\nDisallow: /private/\n';
    server = await startServer({ ...pages, '/robots.txt': robots(text) });
    fetcher = testFetcher({ respectRobots: true });
    expect((await fetcher.fetch(server.url('/news/a'))).status).toBe(200);
    expect(await failure(fetcher.fetch(server.url('/private/x')))).toMatchObject({
      code: 'robots_disallowed',
    });
  });

  it.each([
    ['404', status(404)],
    ['401', status(401)],
    ['403', status(403)],
    ['500', status(500)],
  ])('allows everything when robots.txt answers %s', async (_name, handler) => {
    server = await startServer({ ...pages, '/robots.txt': handler });
    fetcher = testFetcher({ respectRobots: true });
    expect((await fetcher.fetch(server.url('/private/x'))).status).toBe(200);
  });

  it('allows everything when robots.txt times out', async () => {
    server = await startServer({
      ...pages,
      '/robots.txt': delayed(5000, robots('User-agent: *\nDisallow: /\n')),
    });
    fetcher = testFetcher({ respectRobots: true, headersTimeout: 200 });
    expect((await fetcher.fetch(server.url('/news/a'))).status).toBe(200);
  });

  it('follows a redirected robots.txt', async () => {
    server = await startServer({
      ...pages,
      '/robots.txt': (_q, res) => {
        res.writeHead(301, { location: '/real-robots.txt' });
        res.end();
      },
      '/real-robots.txt': robots('User-agent: *\nDisallow: /private/\n'),
    });
    fetcher = testFetcher({ respectRobots: true });
    expect(await failure(fetcher.fetch(server.url('/private/x')))).toMatchObject({
      code: 'robots_disallowed',
    });
  });

  it('checks robots.txt again for each redirect hop', async () => {
    server = await startServer({
      ...pages,
      '/go': (_q, res) => {
        res.writeHead(302, { location: '/private/x' });
        res.end();
      },
      '/robots.txt': robots('User-agent: *\nDisallow: /private/\n'),
    });
    fetcher = testFetcher({ respectRobots: true });
    expect(await failure(fetcher.fetch(server.url('/go')))).toMatchObject({ code: 'robots_disallowed' });
    expect(paths()).not.toContain('/private/x');
  });

  it('spaces requests by Crawl-delay, observed from the server', async () => {
    server = await startServer({ ...pages, '/robots.txt': robots('User-agent: *\nCrawl-delay: 0.3\n') });
    fetcher = testFetcher({ respectRobots: true, perHostConcurrency: 4 });
    await Promise.all(['/news/a', '/news/b', '/news/a', '/news/b'].map((p) => fetcher.fetch(server.url(p))));
    const starts = server.seen.filter((s) => s.path.startsWith('/news/')).map((s) => s.at);
    expect(starts).toHaveLength(4);
    // 3 gaps of 300 ms = 900 ms; arrivals carry event-loop jitter on a busy machine, hence the slack.
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(600);
  });

  it('does not fetch robots.txt with respectRobots off', async () => {
    server = await startServer({ ...pages, '/robots.txt': robots('User-agent: *\nDisallow: /\n') });
    fetcher = testFetcher({ respectRobots: false });
    expect((await fetcher.fetch(server.url('/private/x'))).status).toBe(200);
    expect(paths()).toEqual(['/private/x']);
  });

  it('matches groups by the User-Agent product token', () => {
    expect(robotsAgent('newsclean/0.1.0 (+https://example.org)')).toBe('newsclean');
    expect(robotsAgent('MyBot')).toBe('MyBot');
    expect(robotsAgent('  ')).toBe('*');
  });
});

describe('parseRules', () => {
  it('caps a huge Crawl-delay and ignores a bad one', () => {
    const url = 'https://example.org/robots.txt';
    expect(parseRules(url, 'User-agent: *\nCrawl-delay: 3600\n', 'newsclean').crawlDelayMs).toBe(
      MAX_CRAWL_DELAY_MS,
    );
    expect(MAX_CRAWL_DELAY_MS).toBe(30_000);
    expect(parseRules(url, 'User-agent: *\nCrawl-delay: 2\n', 'newsclean').crawlDelayMs).toBe(2000);
    expect(parseRules(url, 'User-agent: *\nCrawl-delay: soon\n', 'newsclean').crawlDelayMs).toBeNull();
    expect(parseRules(url, 'User-agent: other\nCrawl-delay: 5\n', 'newsclean').crawlDelayMs).toBeNull();
  });

  it('treats an empty or garbage robots.txt as allow all', () => {
    expect(
      parseRules('https://example.org/robots.txt', '', 'newsclean').isAllowed('https://example.org/a'),
    ).toBe(true);
    const junk = parseRules('https://example.org/robots.txt', '<html>oops</html>', 'newsclean');
    expect(junk.isAllowed('https://example.org/a')).toBe(true);
  });
});

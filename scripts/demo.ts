/**
 * `npm run demo`: the main job, offline. Serves every bundled fixture page (fixtures/<case>/page.html)
 * from a local node:http server on 127.0.0.1 (random port), writes their URLs to a list, and runs the
 * real CLI (`bin/newsclean.js batch <list>`) over it: fetch, robots.txt, extraction and output, with
 * the records on stdout. Extra arguments go to `newsclean batch`, e.g. `npm run demo -- --format text`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');

/** Fixture name → page bytes (served as they are, so the fetcher sniffs their charset). */
function loadPages(): Map<string, Buffer> {
  const pages = new Map<string, Buffer>();
  if (!existsSync(fixtures)) return pages;
  for (const name of readdirSync(fixtures).sort()) {
    const file = join(fixtures, name, 'page.html');
    if (existsSync(file)) pages.set(name, readFileSync(file));
  }
  return pages;
}

const pages = loadPages();
if (pages.size === 0) {
  process.stderr.write(`demo: no fixture pages found under ${fixtures}\n`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  if (path === '/robots.txt') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('User-agent: *\nAllow: /\n');
    return;
  }
  const page = pages.get(path.replace(/^\/news\/|\/$/g, ''));
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(page);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-demo-'));
  const list = join(dir, 'urls.txt');
  const urls = [...pages.keys()].map((name) => `http://127.0.0.1:${port}/news/${encodeURIComponent(name)}/`);
  writeFileSync(list, `# newsclean demo: the bundled fixture pages\n${urls.join('\n')}\n`);
  process.stderr.write(
    `demo: serving ${pages.size} fixture pages on http://127.0.0.1:${port}\n` +
      `demo: newsclean batch ${list} ${process.argv.slice(2).join(' ')}\n`,
  );
  const bin = join(root, 'bin', 'newsclean.js');
  const child = spawn(process.execPath, [bin, 'batch', list, ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('close', (code, signal) => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = code ?? (signal ? 1 : 0);
  });
});

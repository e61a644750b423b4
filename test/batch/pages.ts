/**
 * Helpers for batch tests: a generated news-like article page, a server route table with every
 * fault a batch must survive, and small file/process utilities.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Handler, html } from '../helpers/server.js';

/** An article page with `paragraphs` paragraphs of distinct text (bigger pages fill pipes sooner). */
export function articlePage(id: string, paragraphs = 6): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1} of story ${id}: the council met on Tuesday to discuss the budget, ` +
      'and residents spoke for and against the plan to rebuild the old bridge over the river.</p>',
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${id} - Daily Test</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story ${id}</h1>${body}</article>
<footer>© Daily Test</footer></body></html>`;
}

/** Routes for the faults of a mixed batch: 404, 500, redirect loop, reset, PDF. */
export function faultRoutes(): Record<string, Handler> {
  return {
    '/404': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>gone</p>');
    },
    '/500': (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<p>oops</p>');
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/reset': (req) => {
      req.socket.destroy();
    },
    '/doc.pdf': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\n');
    },
  };
}

/** Routes /a/1 … /a/n serving distinct article pages. */
export function articleRoutes(n: number, paragraphs = 6, prefix = '/a/'): Record<string, Handler> {
  const routes: Record<string, Handler> = {};
  for (let i = 1; i <= n; i++) routes[`${prefix}${i}`] = html(articlePage(`${prefix}${i}`, paragraphs));
  return routes;
}

/**
 * Flags that keep a test batch quick: no retry waits, short timeouts, and extraction on the main
 * thread (starting worker threads costs seconds on a loaded 2-core machine; the worker path has its
 * own tests).
 */
export const FAST = ['--retries', '0', '--timeout', '3000', '--workers', '0'];

export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'newsclean-batch-'));
}

/** Resolves when the child exits, with its code and signal. */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wait until `check()` is true (polling), or fail after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(20);
  }
}

/**
 * The batch bench's web: 50 hosts (listeners on 127.0.0.2 … 127.0.0.51, all loopback on Linux)
 * serving real pages with a per-request latency and a fixed share of faults, chosen from the path
 * number so every run sees the same mix. robots.txt allows everything.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What /a/<n> serves. About 6% of paths are faults. */
export type Outcome = 'page' | '404' | '500' | 'reset' | 'redirect' | 'pdf';

export function outcomeOf(n: number): Outcome {
  const slot = n % 100;
  if (slot < 2) return '404';
  if (slot === 2) return '500';
  if (slot === 3) return 'reset';
  if (slot === 4) return 'redirect';
  if (slot === 5) return 'pdf';
  return 'page';
}

/** Deterministic latency of 20–140 ms (a cheap hash of n), like a mix of near and far servers. */
export function latencyOf(n: number): number {
  return 20 + ((n * 2654435761) % 121);
}

export interface BenchWeb {
  /** Origins, one per host, e.g. http://127.0.0.7:40213 */
  origins: string[];
  requests: number;
  close(): Promise<void>;
}

export async function startBenchWeb(pages: Buffer[], hosts: number): Promise<BenchWeb> {
  const web: BenchWeb = { origins: [], requests: 0, close: async () => {} };
  const servers: Server[] = [];
  const handler = (path: string, res: import('node:http').ServerResponse, destroy: () => void) => {
    web.requests++;
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nAllow: /\n');
      return;
    }
    const match = /^\/a\/(\d+)(r?)$/.exec(path);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const n = Number(match[1]);
    const outcome = match[2] ? 'page' : outcomeOf(n);
    setTimeout(() => {
      if (outcome === 'reset') return destroy();
      if (outcome === '404' || outcome === '500') return res.writeHead(Number(outcome)).end('error');
      if (outcome === 'redirect') return res.writeHead(301, { location: `/a/${n}r` }).end();
      if (outcome === 'pdf')
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(pages[n % pages.length]);
    }, latencyOf(n));
  };
  for (let h = 0; h < hosts; h++) {
    const server = createServer((req, res) => handler(req.url ?? '/', res, () => req.socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h + 2}`, resolve));
    const { address, port } = server.address() as AddressInfo;
    web.origins.push(`http://${address}:${port}`);
    servers.push(server);
  }
  web.close = () =>
    Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    ).then(() => {});
  return web;
}

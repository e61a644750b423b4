/**
 * A real node:http server on 127.0.0.1 and a random port, for tests that fetch. Routes map a path
 * to a handler; anything unrouted is a 404. Every request is recorded so tests can assert what the
 * server saw (per-host concurrency, User-Agent, retries).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  port: number;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map<string, Handler>(Object.entries(routes));
  const seen: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    seen.push({ method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() });
    const handler = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    try {
      if (handler) await handler(req, res);
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => table.set(path, handler),
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves a fixed HTML body. */
export function html(body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
}

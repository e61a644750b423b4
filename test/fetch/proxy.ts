/**
 * A tiny forward proxy for tests: a node:http server that takes plain-HTTP absolute-form requests
 * (`GET http://host:port/path`) and CONNECT tunnels (for https), forwards them and records what it saw.
 */
import { createServer, request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

export interface TestProxy {
  /** e.g. http://127.0.0.1:40001 */
  url: string;
  /** Request targets as received: absolute-form URLs, or `CONNECT host:port`. */
  seen: string[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<TestProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const target = req.url ?? '';
    seen.push(target);
    if (!/^https?:\/\//.test(target)) {
      res.writeHead(400).end('absolute-form only');
      return;
    }
    const upstream = request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    seen.push(`CONNECT ${target}`);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

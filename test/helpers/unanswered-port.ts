/**
 * A loopback port where a TCP connect never completes, to test the connect timeout without the
 * internet. A child process listens with a backlog of 1 and then blocks its event loop, so it never
 * accepts; two filler connections fill the kernel's accept queue, after which Linux drops further
 * SYNs and a new connect hangs until the client gives up.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';

const LISTENER = `
const net = require('node:net');
const srv = net.createServer();
srv.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  process.stdout.write(srv.address().port + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
`;

export interface UnansweredPort {
  port: number;
  close(): void;
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
}

export async function unansweredPort(): Promise<UnansweredPort> {
  const child: ChildProcess = spawn(process.execPath, ['-e', LISTENER], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
  });
  // backlog + 1 handshakes complete in the kernel; these two use them up.
  const fillers = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
  await Promise.all(fillers.map(connected));
  return {
    port,
    close() {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
    },
  };
}

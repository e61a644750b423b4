/**
 * Where batch lines go. Each line is handed over in a single write call, so output only ever holds
 * whole lines: a file is opened for append and written synchronously (a SIGKILL lands between two
 * write(2) calls, never inside one); a stream (stdout) gets one `write()` per line and the caller
 * waits for 'drain' when it returns false, which is how a slow reader slows the whole batch down.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export interface LineSink {
  /** Write one whole line (with its newline); resolves when the sink can take another. */
  write(line: string): Promise<void>;
  /** True once the reader has gone away (EPIPE): stop producing. */
  readonly closed: boolean;
  /** The write error that closed the sink, unless it was EPIPE (the reader leaving is not an error). */
  readonly error: Error | null;
  /** Bytes handed over but not yet flushed. */
  readonly pending: number;
  close(): void;
}

/** Append lines to a file with one synchronous write per line. */
export function fileSink(path: string): LineSink {
  const fd = openSync(path, 'a');
  let open = true;
  return {
    async write(line) {
      let buf = Buffer.from(line);
      // A regular file takes the whole buffer in one call; loop only for a short write (disk full).
      while (buf.length > 0) buf = buf.subarray(writeSync(fd, buf));
    },
    get closed() {
      return !open;
    },
    pending: 0,
    error: null,
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Write lines to a stream, honouring backpressure; EPIPE (reader gone) closes the sink quietly. */
export function streamSink(stream: NodeJS.WritableStream & { writableLength?: number }): LineSink {
  let closed = false;
  let error: Error | null = null;
  let waiting: (() => void) | null = null;
  const release = () => {
    const w = waiting;
    waiting = null;
    w?.();
  };
  const onError = (err: NodeJS.ErrnoException) => {
    // EPIPE is the normal end of `newsclean batch … | head`; any other write error also ends output.
    closed = true;
    if (err.code !== 'EPIPE') error = err;
    release();
  };
  stream.on('error', onError);
  stream.on('drain', release);
  return {
    async write(line) {
      if (closed) return;
      if (stream.write(line)) return;
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
    },
    get closed() {
      return closed;
    },
    get error() {
      return error;
    },
    get pending() {
      return stream.writableLength ?? 0;
    },
    close() {
      stream.off('drain', release);
      // Keep an error handler: a late EPIPE after we are done must not crash the process.
    },
  };
}

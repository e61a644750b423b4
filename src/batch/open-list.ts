/**
 * Open a URL list (`-` = the given stdin stream) as a stream of lines, failing early and clearly:
 * a missing file, a directory or an unreadable file is an InputError before any work starts.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readLines } from './read-lines.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return (e.code && REASONS[e.code]) ?? e.message;
}

/** Lines of `file`, or of `stdin` when file is "-". */
export async function openUrlList(
  file: string,
  stdin: NodeJS.ReadableStream,
): Promise<AsyncGenerator<string>> {
  if (file === '-') return readLines(stdin as AsyncIterable<Buffer>, 'stdin');
  try {
    const handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return readLines(readOrExplain(handle.createReadStream(), file), file);
  } catch (err) {
    throw new InputError('input', `cannot read ${file}: ${reason(err)}`, { cause: err });
  }
}

async function* readOrExplain(stream: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  try {
    yield* stream;
  } catch (err) {
    throw new InputError('input', `cannot read ${file}: ${reason(err)}`, { cause: err });
  }
}

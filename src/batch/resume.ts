/**
 * Resume support for `-o FILE`: read what a previous run wrote, collect the URLs already done, and
 * cut off a truncated last line (a run killed mid-write in an older version, or a disk that filled)
 * so its URL is fetched again. Streams the file: a run's output may be far larger than memory.
 */
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { sourceKey } from './url-key.js';

export interface ResumeState {
  /** Normalised keys of the sources already written. */
  done: Set<string>;
  /** Whole lines found. */
  lines: number;
  /** Bytes of a partial last line that were cut off (0 when the file ended cleanly). */
  repairedBytes: number;
}

/** Scan an output file (missing = empty). Lines that do not parse or carry no `source` are ignored. */
export async function loadResume(file: string): Promise<ResumeState> {
  const state: ResumeState = { done: new Set(), lines: 0, repairedBytes: 0 };
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return state;
    throw err;
  }
  if (size === 0) return state;
  let offset = 0;
  let wholeEnd = 0; // byte offset just past the last '\n'
  let partial: Buffer[] = [];
  for await (const chunk of createReadStream(file, { end: size - 1 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      partial.push(chunk.subarray(start, nl));
      addLine(state, Buffer.concat(partial).toString('utf8'));
      partial = [];
      start = nl + 1;
      wholeEnd = offset + start;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
    offset += chunk.length;
  }
  if (wholeEnd < size) {
    await truncate(file, wholeEnd);
    state.repairedBytes = size - wholeEnd;
  }
  return state;
}

function addLine(state: ResumeState, line: string): void {
  if (!line.trim()) return;
  try {
    const record = JSON.parse(line) as { source?: unknown };
    if (typeof record.source !== 'string') return;
    state.done.add(sourceKey(record.source));
    state.lines++;
  } catch {
    // A whole line that is not JSON was not written by newsclean; leave it and redo nothing for it.
  }
}

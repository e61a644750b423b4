import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResume } from '../../src/batch/resume.js';
import { tempDir } from './pages.js';

const line = (source: string) => `${JSON.stringify({ schemaVersion: 1, url: source, source })}\n`;

describe('loadResume', () => {
  it('treats a missing file as empty', async () => {
    const state = await loadResume(join(await tempDir(), 'none.ndjson'));
    expect(state).toEqual({ done: new Set(), lines: 0, repairedBytes: 0 });
  });

  it('collects normalised sources of whole lines', async () => {
    const file = join(await tempDir(), 'out.ndjson');
    await writeFile(file, line('HTTP://A.com/1#x') + line('http://a.com/2') + line('garbage'));
    const state = await loadResume(file);
    expect([...state.done].sort()).toEqual(['garbage', 'http://a.com/1', 'http://a.com/2']);
    expect(state.lines).toBe(3);
    expect(state.repairedBytes).toBe(0);
  });

  it('cuts a truncated last line so its URL is redone', async () => {
    const file = join(await tempDir(), 'out.ndjson');
    const whole = line('http://a.com/1');
    const half = line('http://a.com/2').slice(0, 20);
    await writeFile(file, whole + half);
    const state = await loadResume(file);
    expect(state.done.has('http://a.com/2')).toBe(false);
    expect(state.repairedBytes).toBe(20);
    expect(await readFile(file, 'utf8')).toBe(whole);
  });
});

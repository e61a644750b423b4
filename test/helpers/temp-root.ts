/**
 * Vitest global setup: every test (and every CLI it spawns) writes its temporary files under one
 * directory made for the run, removed when the run ends. Tests call `mkdtemp(tmpdir())` freely;
 * `os.tmpdir()` reads TMPDIR on each call, and the test workers and their subprocesses inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'newsclean-test-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}

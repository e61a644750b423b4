import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllPages } from '../../bench/lib/run-cli.js';

const article = (n: number) =>
  `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>` +
  `<p>${'This is a sentence of the article body, long enough to count. '.repeat(8)}</p>` +
  `<p>${'Another paragraph follows with more words in it for the extractor. '.repeat(8)}</p></article></body></html>`;

/**
 * A stand-in process for the harness's own failure handling: it prints a record per path, but
 * crashes on a path containing "crash" and hangs on one containing "hang".
 */
const FLAKY_CLI = `
const paths = process.argv.slice(3);
for (const path of paths) {
  if (path.includes('crash')) process.exit(3);
  if (path.includes('hang')) setInterval(() => {}, 1000);
  if (path.includes('hang')) break;
  process.stdout.write(JSON.stringify({ source: path, text: 'text of ' + path }) + '\\n');
}
`;

describe('parseAllPages', () => {
  it('runs the built CLI over many pages, one record per page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-bench-cli-'));
    const pages = [1, 2, 3].map((n) => ({ id: `p${n}`, path: join(dir, `p${n}.html`) }));
    for (const [i, p] of pages.entries()) writeFileSync(p.path, article(i + 1));
    const missing = { id: 'missing', path: join(dir, 'missing.html') };
    const outcomes = await parseAllPages([pages[0]!, missing, pages[1]!, pages[2]!], { timeoutMs: 15_000 });
    expect(outcomes.get('missing')?.record).toBeNull();
    expect(outcomes.get('missing')?.failure).toMatch(/error record|no record/);
    for (const id of ['p1', 'p2', 'p3']) {
      expect(outcomes.get(id)?.failure, id).toBeNull();
      expect(outcomes.get(id)?.record?.text, id).toContain('sentence of the article body');
    }
  }, 30_000);

  it('fails the page a process crashed or hung on, and carries on with the rest in a new process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-bench-flaky-'));
    const bin = join(dir, 'flaky.mjs');
    writeFileSync(bin, FLAKY_CLI);
    const ids = ['a', 'crash', 'b', 'hang', 'c'];
    const outcomes = await parseAllPages(
      ids.map((id) => ({ id, path: `/pages/${id}.html` })),
      // Room for a slow start on a busy machine; only the hung page should reach it.
      { timeoutMs: 5000, bin },
    );
    expect(outcomes.get('crash')?.failure).toMatch(/^no record \(exit 3\)/);
    expect(outcomes.get('hang')?.failure).toBe('timeout');
    for (const id of ['a', 'b', 'c'])
      expect(outcomes.get(id)?.record?.text, id).toBe(`text of /pages/${id}.html`);
  }, 60_000);
});

/**
 * Golden records: every `fixtures/<case>/page.html` is extracted through the same pipeline the CLI
 * uses and compared, whole, with `fixtures/<case>/expected.json`. The page's address comes from
 * `url.txt` when present. To accept a deliberate change, regenerate and review the diff:
 *   UPDATE_GOLDENS=1 npx vitest run test/fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToRecord } from '../src/pipeline.js';

const ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'page.html')))
  .map((d) => d.name)
  .sort();

function recordFor(name: string): unknown {
  const dir = join(ROOT, name);
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  const urlFile = join(dir, 'url.txt');
  const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
  return htmlToRecord(html, 'page.html', url, { extract: { explain: false, include: [] } });
}

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    it(`${name}: the whole record matches expected.json`, () => {
      const record = recordFor(name);
      const expectedFile = join(ROOT, name, 'expected.json');
      if (UPDATE || !existsSync(expectedFile)) {
        if (!UPDATE) throw new Error(`${name}: no expected.json (run with UPDATE_GOLDENS=1 and review it)`);
        writeFileSync(expectedFile, `${JSON.stringify(record, null, 2)}\n`);
      }
      expect(record).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

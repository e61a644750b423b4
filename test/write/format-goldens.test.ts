/**
 * Golden Markdown, text and HTML for every fixture: `fixtures/<case>/expected.md|.txt|.html`, made
 * through the same pipeline as `newsclean parse --format …`. Each is also checked for structure
 * (no raw HTML in Markdown, absolute links, headings in order; only safe elements in HTML). When the
 * extraction changes on purpose, regenerate with the record goldens and review the diff:
 *   UPDATE_GOLDENS=1 npx vitest run test/fixtures.test.ts test/write/format-goldens.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToRecord } from '../../src/pipeline.js';
import { formatRecord } from '../../src/write/format.js';
import { isErrorRecord } from '../../src/write/schema.js';
import { htmlProblems, markdownProblems } from './helpers/sanity.js';

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const FORMATS = [
  { format: 'markdown', file: 'expected.md' },
  { format: 'text', file: 'expected.txt' },
  { format: 'html', file: 'expected.html' },
] as const;

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'page.html')))
  .map((d) => d.name)
  .sort();

function recordFor(name: string) {
  const dir = join(ROOT, name);
  const urlFile = join(dir, 'url.txt');
  const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  return htmlToRecord(html, 'page.html', url, { extract: { explain: false, include: ['markdown', 'html'] } });
}

describe('format goldens', () => {
  it('has fixtures to render', () => {
    expect(cases.length).toBeGreaterThan(3);
  });

  for (const name of cases) {
    describe(name, () => {
      const record = recordFor(name);
      if (isErrorRecord(record)) {
        it('is an error record, which prints nothing in the document formats', () => {
          for (const { format } of FORMATS) expect(formatRecord(record, format)).toBe('');
        });
        return;
      }
      for (const { format, file } of FORMATS) {
        it(`${format} matches ${file}`, () => {
          const out = formatRecord(record, format);
          const path = join(ROOT, name, file);
          if (UPDATE) writeFileSync(path, out);
          else if (!existsSync(path))
            throw new Error(`${name}: no ${file} (run with UPDATE_GOLDENS=1 and review it)`);
          expect(out).toBe(readFileSync(path, 'utf8'));
        });
      }
      it('markdown and html are structurally sound', () => {
        expect(markdownProblems(formatRecord(record, 'markdown'))).toEqual([]);
        expect(htmlProblems(formatRecord(record, 'html'))).toEqual([]);
      });
    });
  }
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spliceQualitySection } from '../../bench/lib/results-file.js';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'newsclean-results-')), 'RESULTS.md');

describe('spliceQualitySection', () => {
  it('replaces only the quality section and keeps the batch section', () => {
    const path = tmp();
    writeFileSync(
      path,
      '# R\n\n<!-- batch:start -->\nbatch figures\n<!-- batch:end -->\n\n<!-- quality:start -->\nold\n<!-- quality:end -->\n',
    );
    spliceQualitySection(path, 'new table');
    const doc = readFileSync(path, 'utf8');
    expect(doc).toContain('<!-- batch:start -->\nbatch figures\n<!-- batch:end -->');
    expect(doc).toContain('<!-- quality:start -->\nnew table\n<!-- quality:end -->');
    expect(doc).not.toContain('old');
  });

  it('creates the file with both sections when it is missing', () => {
    const path = tmp();
    spliceQualitySection(path, 'first');
    const doc = readFileSync(path, 'utf8');
    expect(doc).toContain('<!-- quality:start -->\nfirst\n<!-- quality:end -->');
    expect(doc).toContain('<!-- batch:start -->');
  });

  it('appends the markers to a file that lacks them', () => {
    const path = tmp();
    writeFileSync(path, '# Someone else’s notes\n');
    spliceQualitySection(path, 'added');
    const doc = readFileSync(path, 'utf8');
    expect(doc.startsWith('# Someone else’s notes')).toBe(true);
    expect(doc).toContain('<!-- quality:start -->\nadded\n<!-- quality:end -->');
  });
});

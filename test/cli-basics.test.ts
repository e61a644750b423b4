import { describe, expect, it } from 'vitest';
import { ndjson, runCli } from './helpers/cli.js';

describe('cli basics', () => {
  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on an unknown command', async () => {
    const r = await runCli(['bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('parses HTML from stdin', async () => {
    const r = await runCli(['parse', '-'], {
      input:
        '<html><body><article><p>Hello world. The harbour reopened on Monday after a week of storms, officials said.</p></article></body></html>',
    });
    expect(r.code).toBe(0);
    const [rec] = ndjson(r.stdout);
    expect(rec?.source).toBe('-');
    expect(rec?.text).toContain('Hello world. The harbour reopened');
  });
});

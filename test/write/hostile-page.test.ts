/**
 * A hostile page through the real CLI: whatever the extractor keeps, the html output carries no
 * script, style, event handler, iframe, svg, form, object or javascript:/data:/vbscript: URL, and the
 * Markdown has no raw HTML and only absolute links.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, ndjson, runCli } from '../helpers/cli.js';
import { htmlProblems, markdownProblems } from './helpers/sanity.js';

const PAGE = fileURLToPath(new URL('./hostile-page.html.txt', import.meta.url));
const URL_ARG = ['--url', 'https://news.example.com/2024/05/bridge'];

describe('hostile page', () => {
  let html: CliResult;
  let markdown: CliResult;
  let record: Record<string, unknown>;
  beforeAll(async () => {
    [html, markdown] = await Promise.all([
      runCli(['parse', PAGE, ...URL_ARG, '--format', 'html']),
      runCli(['parse', PAGE, ...URL_ARG, '--format', 'markdown']),
    ]);
    const lines = await runCli(['parse', PAGE, ...URL_ARG, '--include', 'markdown,html']);
    record = ndjson(lines.stdout)[0]!;
  });

  it('html output has only safe elements, attributes and URLs', () => {
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<!DOCTYPE html>');
    expect(htmlProblems(html.stdout)).toEqual([]);
    expect(html.stdout).not.toMatch(/<(script|style|iframe|svg|form|object|embed|math)\b/i);
    expect(html.stdout).not.toMatch(/\son\w+\s*=/i);
    expect(html.stdout).not.toMatch(/(javascript|vbscript|data):/i);
  });

  it('keeps the article text', () => {
    expect(html.stdout).toContain('Council approves the new river bridge');
    expect(String(record.text)).toContain('The city council voted on Tuesday');
  });

  it('markdown output has no raw HTML and only absolute links', () => {
    expect(markdown.code).toBe(0);
    expect(markdownProblems(markdown.stdout)).toEqual([]);
    expect(markdown.stdout).not.toMatch(/(javascript|vbscript|data):/i);
  });

  it('the markdown and html fields of the record are the same documents', () => {
    expect(htmlProblems(String(record.html))).toEqual([]);
    expect(markdownProblems(String(record.markdown))).toEqual([]);
    expect(html.stdout).toContain(String(record.html).trimEnd());
    expect(markdown.stdout.endsWith(String(record.markdown))).toBe(true);
  });
});

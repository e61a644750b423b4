/**
 * The library API as users get it: imported by package name through the `exports` map, both from
 * inside this package (self-reference) and from a scratch project that depends on the repository,
 * type-checked against the shipped .d.ts, and free of process-level side effects. Needs `npm run
 * build` first (npm test does it): the package entry points are the compiled dist/ files.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, startServer, type TestServer } from '../helpers/server.js';
import { createScratchProject, REPO, type ScratchProject } from './scratch-project.js';

const run = promisify(execFile);
const here = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

const PAGE = `<html><head><title>Served article</title><meta property="og:site_name" content="Local News"></head>
<body><article><h1>Served article</h1>
<p>This article is served by a real HTTP server on the loopback interface for the library test.</p>
<p>It has a second paragraph so that the extractor has some body text to find and keep.</p></article></body></html>`;

let server: TestServer;
let project: ScratchProject;

beforeAll(async () => {
  server = await startServer({ '/article': html(PAGE) });
  project = createScratchProject();
});

afterAll(async () => {
  await server.close();
  project.remove();
});

describe('import by package name', () => {
  it('resolves newsclean to the built entry point through the exports map (self-reference)', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('newsclean'); console.log(import.meta.resolve('newsclean'), typeof m.extract, typeof m.scrape, typeof m.batch)",
      ],
      { cwd: REPO },
    );
    expect(stdout.trim()).toBe(
      `${new URL('dist/index.js', `file://${REPO}`).href} function function function`,
    );
  });

  it('a dependent project can extract, scrape and batch, with no stdout, stderr or exit', async () => {
    const script = project.write('use.mjs', here('user-script.mjs.txt'));
    const { stdout } = await run(process.execPath, [script, server.origin], {
      cwd: project.dir,
      timeout: 20_000,
    });
    const out = JSON.parse(stdout);
    expect(out.seen).toEqual({ stdout: [], stderr: [], exit: [] });
    expect(out.exports).toEqual(
      expect.arrayContaining(['extract', 'scrape', 'batch', 'NewscleanError', 'recordJsonSchema']),
    );
    expect(out.extract.title).toBe('Local page');
    expect(out.extract.markdown).toContain('[somewhere](https://example.com/more)');
    expect(out.extract.html).toContain('<a href="https://example.com/more">somewhere</a>');
    expect(out.scrape).toMatchObject({
      title: 'Served article',
      status: 200,
      url: `${server.origin}/article`,
    });
    expect(out.scrapeError).toEqual({ isNewscleanError: true, name: 'FetchError', code: 'http_status' });
    const codes = out.batch.map((r: { error?: { code: string } }) => r.error?.code ?? 'ok').sort();
    expect(codes).toEqual(['http_status', 'invalid_url', 'ok']);
    expect(out.formatted.startsWith('---\ntitle: "Local page"\n')).toBe(true);
  });

  it('the shipped .d.ts type-checks a user program (and types are not any)', async () => {
    project.write('check.ts', here('user-types.ts.txt'));
    project.write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2023',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ['check.ts'],
      }),
    );
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', project.dir], { cwd: project.dir }).catch(
      (e) => e,
    );
    expect(`${result.stdout}${result.stderr ?? ''}`).toBe('');
  });
});

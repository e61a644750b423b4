/**
 * The library's whole import graph (every module reachable from dist/index.js, static and dynamic
 * imports) never touches the process: no process.exit/exitCode, stdout/stderr, signal or event
 * handlers, or console. Read with the TypeScript parser, so comments and strings do not count.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './scratch-project.js';

const FORBIDDEN = new Set([
  'exit',
  'exitCode',
  'stdout',
  'stderr',
  'on',
  'once',
  'addListener',
  'kill',
  'abort',
]);

function scan(file: string): { imports: string[]; uses: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const imports: string[] = [];
  const uses: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      imports.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) imports.push(arg.text);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text;
      if ((owner === 'process' && FORBIDDEN.has(node.name.text)) || owner === 'console') {
        uses.push(`${owner}.${node.name.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, uses };
}

describe('library import graph', () => {
  it('has no process-level side effects in any module it loads', () => {
    const entry = join(REPO, 'dist', 'index.js');
    const seen = new Set<string>();
    const queue = [entry];
    const offenders: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { imports, uses } = scan(file);
      for (const use of uses) offenders.push(`${relative(REPO, file)}: ${use}`);
      for (const spec of imports) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].some((f) => f.endsWith(join('batch', 'run-batch.js')))).toBe(true);
    expect(offenders).toEqual([]);
  });
});

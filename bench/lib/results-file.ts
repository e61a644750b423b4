/** Write quality.json and splice the report into RESULTS.md, leaving other sections untouched. */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKELETON = `# Benchmark results

Figures from the latest bench runs on this repository. Regenerate with \`npm run bench\`.

<!-- quality:start -->
<!-- quality:end -->

<!-- batch:start -->
<!-- batch:end -->
`;

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` (creating the file or the
 * markers if missing), so each bench owns its section of RESULTS.md and leaves the others alone.
 */
export function spliceSection(path: string, name: string, section: string): void {
  const open = `<!-- ${name}:start -->`;
  const close = `<!-- ${name}:end -->`;
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON;
  if (!doc.includes(open) || !doc.includes(close)) doc = `${doc.trimEnd()}\n\n${open}\n${close}\n`;
  const start = doc.indexOf(open) + open.length;
  writeFileSync(path, `${doc.slice(0, start)}\n${section}\n${doc.slice(doc.indexOf(close))}`);
}

/** Replace the quality section of RESULTS.md. */
export function spliceQualitySection(path: string, section: string): void {
  spliceSection(path, 'quality', section);
}

const BIOME = fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url));

/**
 * Let biome lay out the whole file (other sections included), so `npm run lint` stays green after a
 * bench run. Best effort: without biome the file is still valid Markdown.
 */
export function formatWithBiome(path: string): void {
  spawnSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
}

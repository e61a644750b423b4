/** Write quality.json and splice the report into RESULTS.md, leaving other sections untouched. */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUALITY_START = '<!-- quality:start -->';
const QUALITY_END = '<!-- quality:end -->';

const SKELETON = `# Benchmark results

Figures from the latest bench runs on this repository. Regenerate with \`npm run bench\`.

${QUALITY_START}
${QUALITY_END}

<!-- batch:start -->
<!-- batch:end -->
`;

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Replace the text between the quality markers (creating the file or the markers if missing). */
export function spliceQualitySection(path: string, section: string): void {
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON;
  if (!doc.includes(QUALITY_START) || !doc.includes(QUALITY_END)) {
    doc = `${doc.trimEnd()}\n\n${QUALITY_START}\n${QUALITY_END}\n`;
  }
  const start = doc.indexOf(QUALITY_START) + QUALITY_START.length;
  const end = doc.indexOf(QUALITY_END);
  writeFileSync(path, `${doc.slice(0, start)}\n${section}\n${doc.slice(end)}`);
}

const BIOME = fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url));

/**
 * Let biome lay out the whole file (other sections included), so `npm run lint` stays green after a
 * bench run. Best effort: without biome the file is still valid Markdown.
 */
export function formatWithBiome(path: string): void {
  spawnSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
}

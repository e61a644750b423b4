/**
 * A scratch project in a temp dir that depends on this repository, the way `npm install <repo path>`
 * lays it out: node_modules/newsclean is a symlink to the repo (npm links a local directory rather
 * than copying it; running npm itself here would take half a minute and want the network). Only
 * the package's `exports` map and the built dist/ are visible from there.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ScratchProject {
  dir: string;
  write(name: string, text: string): string;
  remove(): void;
}

export function createScratchProject(): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-user-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'scratch',
      private: true,
      type: 'module',
      dependencies: { newsclean: `file:${REPO}` },
    }),
  );
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(REPO, join(dir, 'node_modules', 'newsclean'), 'dir');
  // A TypeScript user has Node's types installed; lend ours.
  symlinkSync(
    join(REPO, 'node_modules', '@types', 'node'),
    join(dir, 'node_modules', '@types', 'node'),
    'dir',
  );
  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Start-up bench: `newsclean --version` against a bare `node -e 0`, measured alternately in the same
 * run so machine noise hits both. Target (issue 2): within 2x. Prints medians and the ratio.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/newsclean.js', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 15);

function timeOnce(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const bare: number[] = [];
const cli: number[] = [];
timeOnce(['-e', '0']);
timeOnce([BIN, '--version']);
for (let i = 0; i < RUNS; i++) {
  bare.push(timeOnce(['-e', '0']));
  cli.push(timeOnce([BIN, '--version']));
}
const ratio = median(cli) / median(bare);
console.log('| command | median ms |');
console.log('|---|---|');
console.log(`| node -e 0 | ${median(bare).toFixed(1)} |`);
console.log(`| newsclean --version | ${median(cli).toFixed(1)} |`);
console.log(`\nratio: ${ratio.toFixed(2)}x (target ≤ 2x) over ${RUNS} alternating runs`);

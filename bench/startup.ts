/**
 * Start-up bench: `newsclean --version` against a bare `node -e 0`, measured alternately in the same
 * run so machine noise hits both. Target (issue 2): within 2x. Prints the table and writes it into
 * bench/RESULTS.md (its own section) and bench/results/startup.json.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatWithBiome, spliceSection, writeJson } from './lib/results-file.js';

const BIN = fileURLToPath(new URL('../bin/newsclean.js', import.meta.url));
const RESULTS_MD = fileURLToPath(new URL('RESULTS.md', import.meta.url));
const RESULTS_JSON = fileURLToPath(new URL('results/startup.json', import.meta.url));
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
const date = new Date().toISOString();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), node ${process.version}`;
const table = [
  '## Start-up (`npm run bench:startup`)',
  '',
  `Run ${date} on ${machine}; load average ${loadavg()[0]?.toFixed(1)} at the start. ${RUNS} alternating runs.`,
  '',
  '| command | median ms |',
  '| --- | --- |',
  `| node -e 0 | ${median(bare).toFixed(1)} |`,
  `| newsclean --version | ${median(cli).toFixed(1)} |`,
  '',
  `Ratio: **${ratio.toFixed(2)}x** (target ≤ 2x: ${ratio <= 2 ? 'met' : '**missed**'}).`,
].join('\n');
console.log(table);
writeJson(RESULTS_JSON, { date, machine, runs: RUNS, bareMs: median(bare), cliMs: median(cli), ratio });
spliceSection(RESULTS_MD, 'startup', table);
formatWithBiome(RESULTS_MD);

/** Write bench/results/batch.json and the batch table into bench/RESULTS.md (between its markers only). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spliceSection } from './lib/results-file.js';

export interface BatchResult {
  date: string;
  machine: { cpus: number; model: string | null; node: string };
  cli: string;
  urls: number;
  hosts: number;
  distinctPages: number;
  lines: number;
  parseable: number;
  distinctSources: number;
  articles: number;
  extracted: number;
  byCode: Record<string, number>;
  seconds: number;
  pagesPerSecond: number;
  extractedPerSecond: number;
  peakRssMb: number;
  extractOnlySingleThread: { pages: number; perSecond: number; perCpuSecond: number; helperShare: number };
  /** Extract-only pages/s measured before and after the batch (pooled above). */
  extractOnlyBeforeAfter: [number, number];
  ratio: number;
  /** No network: a worker's whole task (decode + extract + record) on one thread. */
  fromBytes: { singleThread: number };
  loadAverage: { before: number; after: number };
  cpuSeconds: number;
  /** CPU time of the CLI's main thread alone: fetching, decoding, handing pages over, output. */
  mainThreadCpuSeconds: number;
  /** The CLI's CPU by thread: main, the extraction workers, V8's GC/compiler helpers and libuv. */
  threadCpuSeconds: { main: number; workers: number; other: number };
  /** Cores ÷ cores that single-thread extract-only keeps busy: the most any batch could reach. */
  ceilingRatio: number;
  extractedPerCpuSecond: number;
  projectedRatio: number;
}

const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function perLine(cpuSeconds: number, r: BatchResult): string {
  return `${((cpuSeconds * 1000) / r.lines).toFixed(1)} ms`;
}

function table(r: BatchResult): string {
  const codes = Object.entries(r.byCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    '## Batch',
    '',
    `\`npm run bench:batch\` — ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus} cores ` +
      `(${r.machine.model ?? 'unknown CPU'}), Node ${r.machine.node}. ${r.urls} URLs on ${r.hosts} local hosts ` +
      `(${r.distinctPages} distinct pages, 20–140 ms latency, ~6% faults), run as \`${r.cli}\`.`,
    '',
    '| Figure | Value | Target |',
    '|---|---|---|',
    `| Lines out / URLs in | ${r.lines} / ${r.urls} | ${r.urls} — ${mark(r.lines === r.urls)} |`,
    `| Parseable lines, distinct sources | ${r.parseable}, ${r.distinctSources} | all — ${mark(r.parseable === r.urls && r.distinctSources === r.urls)} |`,
    `| Peak RSS of the CLI (incl. workers) | ${r.peakRssMb.toFixed(0)} MB | < 300 MB — ${mark(r.peakRssMb < 300)} |`,
    `| Wall time | ${r.seconds.toFixed(1)} s | |`,
    `| Batch throughput, all lines | ${r.pagesPerSecond.toFixed(1)} pages/s | |`,
    `| Batch throughput, pages extracted | ${r.extractedPerSecond.toFixed(1)} pages/s | |`,
    `| Extract-only, one thread, same pages (before / after the batch) | ${r.extractOnlySingleThread.perSecond.toFixed(1)} pages/s (${r.extractOnlyBeforeAfter.map((x) => x.toFixed(1)).join(' / ')}) | |`,
    `| Ratio (extracted/s ÷ extract-only) | ${r.ratio.toFixed(2)}× | ≥ 1.6× on 2 cores — ${mark(r.ratio >= 1.6)} |`,
    `| One thread from the bytes (decode + extract + record), same pages | ${r.fromBytes.singleThread.toFixed(1)} pages/s | |`,
    `| Load average (1 min) before / after | ${r.loadAverage.before.toFixed(1)} / ${r.loadAverage.after.toFixed(1)} | |`,
    `| CPU time of the CLI: all threads / main thread | ${r.cpuSeconds.toFixed(0)} s / ${r.mainThreadCpuSeconds.toFixed(0)} s | |`,
    `| CPU per line: main thread / extraction workers / V8 helpers (GC, compiler) and libuv | ${perLine(r.threadCpuSeconds.main, r)} / ${perLine(r.threadCpuSeconds.workers, r)} / ${perLine(r.threadCpuSeconds.other, r)} | |`,
    `| Extract-only: cores kept busy (share on V8 helper threads) | ${(r.extractOnlySingleThread.perSecond / r.extractOnlySingleThread.perCpuSecond).toFixed(2)} (${(100 * r.extractOnlySingleThread.helperShare).toFixed(0)}%) | |`,
    `| Ceiling: ${r.machine.cpus} cores ÷ cores extract-only keeps busy | ${r.ceilingRatio.toFixed(2)}× | |`,
    `| Pages extracted per CPU-second: batch / extract-only | ${r.extractedPerCpuSecond.toFixed(1)} / ${r.extractOnlySingleThread.perCpuSecond.toFixed(1)} | |`,
    `| Projected ratio, ${r.machine.cpus} idle cores (CPU-time based) | ${r.projectedRatio.toFixed(2)}× | ≥ 1.6× |`,
    '',
    'On a shared machine (load average above the core count) wall-clock throughput measures the',
    'neighbours as much as newsclean; the CPU-time rows say what each page costs and what the run',
    'would reach with the cores to itself.',
    '',
    `Records: ${r.articles} articles; errors by code: ${codes || 'none'}.`,
  ].join('\n');
}

export function writeBatchResults(root: string, result: BatchResult): void {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'batch.json'), `${JSON.stringify(result, null, 2)}\n`);
  spliceSection(join(root, 'bench', 'RESULTS.md'), 'batch', table(result));
}

/**
 * `npm run bench:batch`: `newsclean batch` over 10,000 URLs on 50 local hosts (bench/batch-server.ts:
 * real pages, 20–140 ms latency, ~6% faults), run as the real CLI with `-o FILE`. Reports pages/s,
 * the CLI's peak RSS, its CPU time (all threads, and the main thread alone) and the line count, and —
 * in the same run, on the same pages — single-thread extract-only throughput (measured before and
 * after the batch, pooled), to show what the worker pool buys. Targets (issue 5): one parseable line
 * per URL, peak RSS < 300 MB, batch ≥ 1.6× extract-only on 2 cores.
 * Pages: the repo's fixtures plus a fixed sample of ../shared/bench/trafilatura-eval (read in place).
 * Usage: npm run bench:batch [-- --urls N] [-- <extra newsclean batch flags>]
 */
import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeBatchResults } from './batch-report.js';
import { startBenchWeb } from './batch-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const URLS = Number(process.argv[process.argv.indexOf('--urls') + 1]) || 10_000;
const HOSTS = 50;
const dashes = process.argv.indexOf('--');
/** The CLI's defaults (concurrency 32, per-host 2, one worker per core, retries 2), plus any extra flags. */
const CLI_ARGS = dashes > 0 ? process.argv.slice(dashes + 1) : [];
const SHARED_SAMPLE = 40;
/** Extraction threads the CLI runs: its `--workers` flag if given, else one per core (its default). */
const WORKERS = CLI_ARGS.includes('--workers')
  ? Number(CLI_ARGS[CLI_ARGS.indexOf('--workers') + 1])
  : availableParallelism();
/** Fetch-stage error codes: pages that never reached extraction. */
const FETCH_FAULTS = new Set([
  'http_status',
  'reset',
  'connect',
  'not_html',
  'too_many_redirects',
  'timeout',
]);

function loadPages(): Buffer[] {
  const pages: Buffer[] = [];
  const fixtures = join(ROOT, 'fixtures');
  for (const name of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    const file = join(fixtures, name, 'page.html');
    if (existsSync(file)) pages.push(readFileSync(file));
  }
  const shared = join(ROOT, '..', 'shared', 'bench', 'trafilatura-eval', 'pages');
  if (existsSync(shared)) {
    const files = readdirSync(shared)
      .filter((f) => f.endsWith('.html'))
      .sort();
    const step = Math.max(1, Math.floor(files.length / SHARED_SAMPLE));
    for (let i = 0; i < files.length && pages.length < SHARED_SAMPLE + 20; i += step)
      pages.push(readFileSync(join(shared, files[i] ?? '')));
  }
  return pages;
}

/** Single-thread pageToRecord over the pages the batch will extract, in the same proportions. */
async function extractOnly(
  pages: Buffer[],
  budgetMs: number,
): Promise<{ pages: number; perSecond: number; perCpuSecond: number; helperShare: number }> {
  const { pageToRecord } = await import(join(ROOT, 'dist', 'pipeline.js'));
  const { decodeHtml } = await import(join(ROOT, 'dist', 'fetch', 'decode.js'));
  const { outcomeOf } = await import('./batch-server.js');
  const decoded = pages.map((p) => decodeHtml(p, 'text/html').html as string);
  const options = { extract: { explain: false, include: [] } };
  const page = (n: number, html: string) => {
    const url = `http://127.0.0.2/a/${n}`;
    const fetchedAt = new Date().toISOString();
    return {
      inputUrl: url,
      finalUrl: url,
      status: 200,
      headers: {},
      html,
      encoding: 'utf-8',
      fetchedAt,
      redirects: [],
    };
  };
  // One untimed pass first: the batch's workers run warm for most of a long run, so compare warm code.
  for (const [n, html] of decoded.entries()) pageToRecord(page(n, html), options);
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const threads0 = threadTicks(process.pid);
  let n = 0;
  let done = 0;
  for (; performance.now() - start < budgetMs; n++) {
    if (outcomeOf(n) !== 'page' && outcomeOf(n) !== 'redirect') continue;
    const url = `http://127.0.0.2/a/${n}`;
    const html = decoded[n % decoded.length] ?? '';
    pageToRecord(
      {
        inputUrl: url,
        finalUrl: url,
        status: 200,
        headers: {},
        html,
        encoding: 'utf-8',
        fetchedAt: new Date().toISOString(),
        redirects: [],
      },
      options,
    );
    done++;
  }
  const { user, system } = process.cpuUsage(cpu0);
  const cpuSeconds = (user + system) / 1e6;
  const split = splitTicks(threads0, threadTicks(process.pid), process.pid, 0);
  return {
    pages: done,
    perSecond: done / ((performance.now() - start) / 1000),
    perCpuSecond: done / cpuSeconds,
    // The extracting thread itself, and V8's helper threads (concurrent GC marking, parallel
    // scavenging, background compiles), which a lone thread gets on an otherwise idle core.
    helperShare: split.other / Math.max(1, split.main + split.other),
  };
}

/** CPU ticks (1/100 s) of every thread of a process, by thread id. */
function threadTicks(pid: number): Map<string, number> {
  const ticks = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      ticks.set(tid, cpuTicksOf(`/proc/${pid}/task/${tid}/stat`));
  } catch {
    // the process has exited, or /proc is missing (not Linux)
  }
  return ticks;
}

/**
 * Ticks spent between two samples, split into the main thread, the `workers` busiest other threads
 * (the extraction workers: piscina's threads run JavaScript all the time) and the rest (V8's GC and
 * compiler helpers, libuv). Threads have no names on Node 20, so the busiest ones stand in.
 */
function splitTicks(
  before: Map<string, number>,
  after: Map<string, number>,
  pid: number,
  workers: number,
): { main: number; workers: number; other: number } {
  const spent = [...after].map(([tid, t]) => [tid, t - (before.get(tid) ?? 0)] as const);
  const main = spent.find(([tid]) => tid === String(pid))?.[1] ?? 0;
  const others = spent
    .filter(([tid]) => tid !== String(pid))
    .map(([, t]) => t)
    .sort((a, b) => b - a);
  const busiest = others.slice(0, workers).reduce((a, b) => a + b, 0);
  const rest = others.slice(workers).reduce((a, b) => a + b, 0);
  return { main, workers: busiest, other: rest };
}

/**
 * A yardstick beside extract-only, on the same pages with no network: one thread doing a worker's
 * whole task (decode the bytes, extract, build the record), which the batch must do per page and
 * extract-only (from decoded strings) leaves out.
 */
async function fromBytes(pages: Buffer[], budgetMs: number): Promise<{ singleThread: number }> {
  const { bodyToRecord } = await import(join(ROOT, 'dist', 'batch', 'body-record.js'));
  const { outcomeOf } = await import('./batch-server.js');
  const options = { extract: { explain: false, include: [] } };
  const meta = (n: number) => {
    const url = `http://127.0.0.2/a/${n}`;
    const headers = { 'content-type': 'text/html' };
    return {
      inputUrl: url,
      finalUrl: url,
      status: 200,
      headers,
      fetchedAt: new Date().toISOString(),
      redirects: [],
    };
  };
  for (const [n, body] of pages.entries()) bodyToRecord(meta(n), body, options);
  const start = performance.now();
  let done = 0;
  for (let n = 0; performance.now() - start < budgetMs; n++) {
    if (outcomeOf(n) !== 'page' && outcomeOf(n) !== 'redirect') continue;
    bodyToRecord(meta(n), pages[n % pages.length], options);
    done++;
  }
  return { singleThread: done / ((performance.now() - start) / 1000) };
}

/** utime + stime (fields 14 and 15) of a /proc stat file, in clock ticks of 1/100 s. */
function cpuTicksOf(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

type SingleThread = Awaited<ReturnType<typeof extractOnly>>;

/** Two extract-only windows as one: total pages over total wall and CPU time. */
function pooled(a: SingleThread, b: SingleThread): SingleThread {
  const pages = a.pages + b.pages;
  return {
    pages,
    perSecond: pages / (a.pages / a.perSecond + b.pages / b.perSecond),
    perCpuSecond: pages / (a.pages / a.perCpuSecond + b.pages / b.perCpuSecond),
    helperShare: (a.helperShare * a.pages + b.helperShare * b.pages) / Math.max(1, pages),
  };
}

/** Run the CLI, sampling its peak RSS (VmHWM covers the worker threads: same process). */
function runCli(
  list: string,
  out: string,
): Promise<{
  seconds: number;
  cpuSeconds: number;
  mainThreadCpuSeconds: number;
  threads: { main: number; workers: number; other: number };
  peakRssMb: number;
  code: number | null;
  stderr: string;
}> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'newsclean.js'), 'batch', list, '-o', out, ...CLI_ARGS],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  let peakKb = 0;
  let cpuTicks = 0;
  let mainTicks = 0;
  // Last reading of every thread seen (a thread that ended keeps its last count).
  const threads = new Map<string, number>();
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      peakKb = Math.max(peakKb, Number(m?.[1] ?? 0));
      cpuTicks = cpuTicksOf(`/proc/${child.pid}/stat`);
      // The main thread's task id is the pid: fetching, decoding, IPC and output, without the workers.
      mainTicks = cpuTicksOf(`/proc/${child.pid}/task/${child.pid}/stat`);
      for (const [tid, t] of threadTicks(child.pid ?? 0)) threads.set(tid, t);
    } catch {
      // the process has exited
    }
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      resolve({
        seconds,
        cpuSeconds: cpuTicks / 100,
        mainThreadCpuSeconds: mainTicks / 100,
        threads: splitTicks(new Map(), threads, child.pid ?? 0, WORKERS),
        peakRssMb: peakKb / 1024,
        code,
        stderr,
      });
    });
  });
}

async function countLines(file: string) {
  const counts = { lines: 0, parseable: 0, articles: 0, extracted: 0, byCode: {} as Record<string, number> };
  const sources = new Set<string>();
  for await (const line of createInterface({ input: createReadStream(file) })) {
    counts.lines++;
    try {
      const rec = JSON.parse(line) as { source: string; error?: { code: string } };
      counts.parseable++;
      sources.add(rec.source);
      if (!rec.error) counts.articles++;
      else counts.byCode[rec.error.code] = (counts.byCode[rec.error.code] ?? 0) + 1;
      if (!rec.error || !FETCH_FAULTS.has(rec.error.code)) counts.extracted++;
    } catch {
      // counted as a line, not as parseable
    }
  }
  return { ...counts, distinctSources: sources.size };
}

/**
 * Consecutive URLs go to consecutive hosts, shifted by one every 100 URLs so that each fault (chosen
 * by the URL's number mod 100, batch-server.ts) falls on every host in turn: plain `i % 50` put every
 * 500 on one host and every reset on another, and those two hosts' retries then set the run's length.
 */
function hostOf(i: number): number {
  return (i + Math.floor(i / 100)) % HOSTS;
}

const pages = loadPages();
const web = await startBenchWeb(pages, HOSTS);
const dir = mkdtempSync(join(tmpdir(), 'newsclean-bench-'));
const list = join(dir, 'urls.txt');
const out = join(dir, 'out.ndjson');
writeFileSync(
  list,
  `${Array.from({ length: URLS }, (_, i) => `${web.origins[hostOf(i)]}/a/${i}`).join('\n')}\n`,
);
console.error(`bench:batch: ${URLS} URLs on ${HOSTS} hosts, ${pages.length} distinct pages`);
const measureSingle = async () =>
  process.argv.includes('--no-extract-only')
    ? { pages: 0, perSecond: Number.NaN, perCpuSecond: Number.NaN, helperShare: Number.NaN }
    : await extractOnly(pages, 5000);
const singleBefore = await measureSingle();
const bytesYardsticks = process.argv.includes('--no-extract-only')
  ? { singleThread: Number.NaN }
  : await fromBytes(pages, 5000);
console.error(
  `bench:batch: from the bytes (decode + extract), one thread: ${bytesYardsticks.singleThread.toFixed(1)} pages/s`,
);
console.error(`bench:batch: extract-only, one thread: ${singleBefore.perSecond.toFixed(1)} pages/s`);
const loadBefore = loadavg()[0] ?? 0;
const run = await runCli(list, out);
const loadAfter = loadavg()[0] ?? 0;
// Measured again after the batch: on a shared machine the load moves during a two-minute run, and
// the pooled figure of both windows is a fairer yardstick than either one.
const singleAfter = await measureSingle();
console.error(
  `bench:batch: extract-only again, after the batch: ${singleAfter.perSecond.toFixed(1)} pages/s`,
);
const single = pooled(singleBefore, singleAfter);
const lines = await countLines(out);
await web.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? null, node: process.version },
  cli: `newsclean batch urls.txt -o out.ndjson ${CLI_ARGS.join(' ')}`.trim(),
  urls: URLS,
  hosts: HOSTS,
  distinctPages: pages.length,
  exitCode: run.code,
  seconds: run.seconds,
  ...lines,
  pagesPerSecond: lines.lines / run.seconds,
  extractedPerSecond: lines.extracted / run.seconds,
  peakRssMb: run.peakRssMb,
  extractOnlySingleThread: single,
  extractOnlyBeforeAfter: [singleBefore.perSecond, singleAfter.perSecond] as [number, number],
  ratio: lines.extracted / run.seconds / single.perSecond,
  fromBytes: bytesYardsticks,
  // The machine may be shared: the CPU time actually used tells what each page costs, whatever the
  // load. Projected: the batch given every core, against extract-only given one.
  loadAverage: { before: loadBefore, after: loadAfter },
  cpuSeconds: run.cpuSeconds,
  mainThreadCpuSeconds: run.mainThreadCpuSeconds,
  threadCpuSeconds: {
    main: run.threads.main / 100,
    workers: run.threads.workers / 100,
    other: run.threads.other / 100,
  },
  // Extract-only keeps more than one core busy (V8's helpers run beside it), so even a batch with
  // free fetching and perfect workers cannot beat cores ÷ (cores extract-only uses).
  ceilingRatio: availableParallelism() / (single.perSecond / single.perCpuSecond),
  extractedPerCpuSecond: lines.extracted / run.cpuSeconds,
  projectedRatio: (availableParallelism() * lines.extracted) / run.cpuSeconds / single.perCpuSecond,
  summary: run.stderr.trim().split('\n').at(-1) ?? '',
};
writeBatchResults(ROOT, result);
console.log(JSON.stringify(result, null, 2));

/**
 * Quality comes from the real CLI: `node bin/newsclean.js parse …` as a subprocess, its NDJSON
 * records read back. A page whose process crashes, times out or prints no record is reported as a
 * failure (and scores 0) instead of stopping the bench.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/newsclean.js', import.meta.url));

/** The fields of a record the bench reads (article records; error records carry `error`). */
export interface BenchRecord {
  source: string;
  url?: string | null;
  title?: string | null;
  authors?: string[];
  publishedAt?: string | null;
  modifiedAt?: string | null;
  language?: string | null;
  siteName?: string | null;
  description?: string | null;
  tags?: string[];
  text?: string;
  error?: { code: string; message: string };
}

export interface CliOutcome {
  record: BenchRecord | null;
  /** Why there is no usable record: crash, timeout, error record, unparseable output. */
  failure: string | null;
}

interface Exit {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

/**
 * Run the CLI; kill it when it has printed nothing for `idleTimeoutMs` (a hung page), however many
 * pages it is working through.
 */
function runNode(args: string[], idleTimeoutMs: number, bin: string = BIN): Promise<Exit> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const kill = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(kill, idleTimeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      clearTimeout(timer);
      timer = setTimeout(kill, idleTimeoutMs);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ stdout: Buffer.concat(out).toString('utf8'), stderr, code, timedOut });
    });
  });
}

function parseLines(stdout: string): (BenchRecord | null)[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      try {
        return JSON.parse(l) as BenchRecord;
      } catch {
        return null;
      }
    });
}

/** One line, short enough for a table cell. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 160);

function outcomeOf(record: BenchRecord | null | undefined, exit: Exit): CliOutcome {
  if (!record) {
    const why = exit.timedOut ? 'timeout' : `no record (exit ${exit.code}) ${oneLine(exit.stderr)}`;
    return { record: null, failure: why };
  }
  if (record.error) {
    return { record: null, failure: `error record: ${record.error.code} ${oneLine(record.error.message)}` };
  }
  return { record, failure: null };
}

/** One process per page, `--url` given when known; `concurrency` processes at a time. */
export async function parseEachPage(
  pages: { id: string; path: string; url: string | null }[],
  options: { concurrency: number; timeoutMs: number },
): Promise<Map<string, CliOutcome>> {
  const results = new Map<string, CliOutcome>();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < pages.length) {
      const page = pages[next++]!;
      const args = ['parse', page.path, ...(page.url ? ['--url', page.url] : [])];
      const exit = await runNode(args, options.timeoutMs);
      results.set(page.id, outcomeOf(parseLines(exit.stdout)[0], exit));
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results;
}

/**
 * One process over many pages (records come back in input order, `source` = path): fast, so the gate
 * and the default bench use it. If the process dies or hangs (no output for `timeoutMs`) part-way,
 * the page it stopped on is a failure and a new process takes the pages after it.
 */
export async function parseAllPages(
  pages: { id: string; path: string }[],
  options: { timeoutMs: number; bin?: string },
): Promise<Map<string, CliOutcome>> {
  const results = new Map<string, CliOutcome>();
  let rest = pages;
  while (rest.length > 0) {
    const exit = await runNode(['parse', ...rest.map((p) => p.path)], options.timeoutMs, options.bin);
    const bySource = new Map<string, BenchRecord>();
    for (const record of parseLines(exit.stdout)) if (record) bySource.set(record.source, record);
    const stop = rest.findIndex((p) => !bySource.has(p.path));
    for (const page of stop === -1 ? rest : rest.slice(0, stop)) {
      results.set(page.id, outcomeOf(bySource.get(page.path), exit));
    }
    if (stop === -1) break;
    results.set(rest[stop]!.id, outcomeOf(undefined, exit));
    rest = rest.slice(stop + 1);
  }
  return results;
}

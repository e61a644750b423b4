/**
 * Batch counters, the end-of-run summary line and the TTY progress bar. Text only: the CLI decides
 * where it goes (stderr) and whether the bar is shown (stderr is a TTY).
 */
export interface BatchStats {
  ok: number;
  failed: number;
  /** Duplicates of an earlier line, plus URLs already in the output file (resume). */
  skipped: number;
  /** URL lines read so far (blank lines and comments not counted). */
  read: number;
  startedAt: number;
}

export function newStats(now = Date.now()): BatchStats {
  return { ok: 0, failed: 0, skipped: 0, read: 0, startedAt: now };
}

function rate(stats: BatchStats, now: number): { seconds: number; perSecond: number } {
  const seconds = Math.max(0.001, (now - stats.startedAt) / 1000);
  return { seconds, perSecond: (stats.ok + stats.failed) / seconds };
}

/** e.g. "batch: 98 ok, 2 failed, 5 skipped in 3.2s (31.3 pages/s)" plus an interruption note. */
export function summaryLine(stats: BatchStats, now = Date.now(), interrupted: string | null = null): string {
  const { seconds, perSecond } = rate(stats, now);
  const note = interrupted ? ` — interrupted by ${interrupted}; re-run with the same -o to resume` : '';
  return (
    `newsclean batch: ${stats.ok} ok, ${stats.failed} failed, ${stats.skipped} skipped ` +
    `in ${seconds.toFixed(1)}s (${perSecond.toFixed(1)} pages/s)${note}\n`
  );
}

/** One progress-bar frame (starts with \r and clears the line; no newline). */
export function progressFrame(stats: BatchStats, now = Date.now(), width = 24): string {
  const done = stats.ok + stats.failed + stats.skipped;
  const total = Math.max(stats.read, done, 1);
  const filled = Math.round((done / total) * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  const { perSecond } = rate(stats, now);
  return (
    `\r\x1b[K[${bar}] ${done}/${stats.read} · ${stats.ok} ok · ${stats.failed} failed · ` +
    `${stats.skipped} skipped · ${perSecond.toFixed(1)}/s`
  );
}

/** Clears the progress line. */
export const CLEAR_LINE = '\r\x1b[K';

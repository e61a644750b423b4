import { describe, expect, it } from 'vitest';
import { newStats, progressFrame, summaryLine } from '../../src/batch/progress.js';

describe('batch progress text', () => {
  const stats = { ...newStats(0), ok: 8, failed: 2, skipped: 3, read: 20 };

  it('summarises counts, elapsed time and rate in one line', () => {
    expect(summaryLine(stats, 2000)).toBe(
      'newsclean batch: 8 ok, 2 failed, 3 skipped in 2.0s (5.0 pages/s)\n',
    );
  });

  it('names the signal and how to resume when interrupted', () => {
    expect(summaryLine(stats, 2000, 'SIGINT')).toContain(
      '— interrupted by SIGINT; re-run with the same -o to resume\n',
    );
  });

  it('draws a bar of done over read, rewriting one line', () => {
    const frame = progressFrame(stats, 1000, 10);
    expect(frame.startsWith('\r\x1b[K[')).toBe(true);
    expect(frame).toContain('[#######---] 13/20');
    expect(frame).not.toContain('\n');
  });
});

/**
 * The probe gate: every seed-style probe set in bench/probes (synthetic pages written for this
 * repo, so it runs from the repo alone) against bench/probe-floors.json: no fewer pages clean, no
 * more article lines lost and no more boilerplate lines kept than when the floors were last set.
 * Raise the floors by hand as sets get cleaner (`npm run bench:probes` prints the figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probeSets, runSet, summary } from '../bench/lib/probes.js';

type Floors = Record<string, { clean: number; lost: number; kept: number }>;
const floors = JSON.parse(
  readFileSync(new URL('../bench/probe-floors.json', import.meta.url), 'utf8'),
) as Floors;

describe('probe gate', () => {
  it('has floors for every probe set', () => {
    expect(probeSets()).toEqual(Object.keys(floors).sort());
  });

  for (const set of probeSets()) {
    it(`${set}: pages clean, article lines lost and boilerplate kept hold their floors`, () => {
      const floor = floors[set];
      const t = summary(runSet(set));
      expect(t.lost, `${set}: article lines lost`).toBeLessThanOrEqual(floor?.lost ?? 0);
      expect(t.kept, `${set}: boilerplate lines kept`).toBeLessThanOrEqual(floor?.kept ?? 0);
      expect(t.clean, `${set}: pages clean`).toBeGreaterThanOrEqual(floor?.clean ?? t.pages);
      expect(t.tags, `${set}: hashtags missing from tags`).toBe(0);
    });
  }
});

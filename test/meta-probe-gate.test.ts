/**
 * The metadata probe gate: every set in bench/meta-probes (synthetic pages written for this repo,
 * so it runs from the repo alone) against bench/meta-probe-floors.json: no fewer pages clean, no
 * more fields wrong or invented, no more fields missing and no fewer tags found than when the
 * floors were last set. Raise the floors by hand (`npm run bench:meta-probes` prints the figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaProbeSets, metaSummary, runMetaSet } from '../bench/lib/meta-probes.js';

type Floors = Record<string, { clean: number; wrong: number; missing: number; tags: number }>;
const floors = JSON.parse(
  readFileSync(new URL('../bench/meta-probe-floors.json', import.meta.url), 'utf8'),
) as Floors;

describe('metadata probe gate', () => {
  it('has floors for every metadata probe set', () => {
    expect(metaProbeSets()).toEqual(Object.keys(floors).sort());
  });

  for (const set of metaProbeSets()) {
    it(`${set}: pages clean, fields wrong and missing, tags found hold their floors`, () => {
      const floor = floors[set]!;
      const t = metaSummary(runMetaSet(set));
      expect(t.wrong, `${set}: fields wrong or invented`).toBeLessThanOrEqual(floor.wrong);
      expect(t.missing, `${set}: fields missing`).toBeLessThanOrEqual(floor.missing);
      expect(t.clean, `${set}: pages clean`).toBeGreaterThanOrEqual(floor.clean);
      expect(t.tags.found, `${set}: tags found`).toBeGreaterThanOrEqual(floor.tags);
    });
  }
});

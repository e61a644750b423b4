import { describe, expect, it } from 'vitest';
import { gateSlice, SYNTHETIC_PAGES } from '../../bench/lib/datasets.js';
import { belowFloor, floorsFrom, GATED, readFloors } from '../../bench/lib/gate.js';

const pages = (ids: string[]) => ids.map((id) => ({ id, path: `${id}.html`, truth: {} }));

describe('gate slice', () => {
  const ids = Array.from({ length: 50 }, (_, i) => `page-${i}`);

  it('is deterministic, of the asked size, sorted by id and independent of input order', () => {
    const a = gateSlice(pages(ids), 10).map((p) => p.id);
    const b = gateSlice(pages([...ids].reverse()), 10).map((p) => p.id);
    expect(a).toHaveLength(10);
    expect(a).toEqual(b);
    expect(a).toEqual([...a].sort());
  });

  it('leaves out the synthetic unit cases', () => {
    const slice = gateSlice(pages([...SYNTHETIC_PAGES, 'real-a', 'real-b']), 10).map((p) => p.id);
    expect(slice).toEqual(['real-a', 'real-b']);
  });
});

describe('floors', () => {
  it('sets each gated floor a margin under the measured figure, rounded down, never below 0', () => {
    const measured = Object.fromEntries(GATED.map((k) => [k, 0.9274]));
    measured[GATED[1]] = 0.004;
    const floors = floorsFrom({ ...measured, 'trafilatura-eval.snippetRecall': 0.9 }, 0.01);
    expect(Object.keys(floors).sort()).toEqual([...GATED].sort());
    expect(floors[GATED[0]]).toBe(0.917);
    expect(floors[GATED[1]]).toBe(0);
  });

  it('reports the figures under their floor (a missing figure counts as 0)', () => {
    const below = belowFloor({ a: 0.5, b: 0.95 }, { a: 0.6, b: 0.9, c: 0.1 });
    expect(below).toEqual([
      { name: 'a', value: 0.5, floor: 0.6 },
      { name: 'c', value: 0, floor: 0.1 },
    ]);
  });

  it('the committed floors file gates every gated figure with a real (non-zero) floor', () => {
    const file = readFloors();
    for (const name of GATED) expect(file.floors[name], name).toBeGreaterThan(0.5);
    expect(file.sliceSize).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/extract/regex.js';

describe('execAll', () => {
  it('yields every match with its groups and index, and leaves the regexp reset', () => {
    const re = /(\d+)-(\d+)/g;
    const found = [...execAll(re, 'a 1-2 b 30-40')].map((m) => [m.index, m[1], m[2]]);
    expect(found).toEqual([
      [2, '1', '2'],
      [8, '30', '40'],
    ]);
    expect(re.lastIndex).toBe(0);
  });

  it('is reset when the caller stops early, and survives zero-length matches', () => {
    const re = /x*/g;
    const it = execAll(re, 'axxb');
    it.next();
    it.return(undefined);
    expect(re.lastIndex).toBe(0);
    expect([...execAll(re, 'axxb')].map((m) => m[0])).toEqual(['', 'xx', '', '']);
  });
});

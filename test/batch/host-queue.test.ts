import { describe, expect, it } from 'vitest';
import { HostQueue } from '../../src/batch/host-queue.js';

describe('HostQueue', () => {
  it('never hands out more than perHost URLs of one host until one is released', () => {
    const q = new HostQueue(2);
    for (let i = 0; i < 4; i++) q.push({ source: `a${i}`, host: 'a' });
    q.push({ source: 'b0', host: 'b' });
    const taken = [q.take(), q.take(), q.take(), q.take()].map((t) => t?.source);
    // Two of a, then b, then nothing: host a is full.
    expect(taken).toEqual(['a0', 'b0', 'a1', undefined]);
    q.release('a');
    expect(q.take()?.source).toBe('a2');
    expect(q.size).toBe(1);
  });

  it('rotates between hosts so one long run of a host does not starve the next', () => {
    const q = new HostQueue(10);
    for (const s of ['a1', 'a2', 'a3', 'b1', 'c1']) q.push({ source: s, host: s[0] ?? '' });
    const order = Array.from({ length: 5 }, () => q.take()?.source);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'a3']);
  });

  it('clear drops everything not yet taken', () => {
    const q = new HostQueue(1);
    q.push({ source: 'x', host: 'h' });
    q.clear();
    expect(q.size).toBe(0);
    expect(q.take()).toBeUndefined();
  });
});

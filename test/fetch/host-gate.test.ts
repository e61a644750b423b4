import { describe, expect, it } from 'vitest';
import { HostGate } from '../../src/fetch/host-gate.js';

const never = new AbortController().signal;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('HostGate', () => {
  it('grants at most `concurrency` slots per host and hands a freed slot to the next waiter', async () => {
    const gate = new HostGate(2, 0);
    const granted: number[] = [];
    const releases = await Promise.all([gate.acquire('a', never), gate.acquire('a', never)]);
    const third = gate.acquire('a', never).then((r) => {
      granted.push(3);
      return r;
    });
    await wait(20);
    expect(granted).toEqual([]);
    releases[0]!();
    releases[0]!(); // a second call is ignored, not a second free slot
    (await third)();
    expect(granted).toEqual([3]);
    const fourth = gate.acquire('a', never);
    const fifth = Promise.race([
      gate.acquire('a', never).then(() => 'granted'),
      wait(30).then(() => 'waiting'),
    ]);
    (await fourth)();
    expect(await fifth).toBe('granted');
    releases[1]!();
  });

  it('keeps hosts independent', async () => {
    const gate = new HostGate(1, 0);
    await gate.acquire('slow.example', never); // never released
    const other = await Promise.race([gate.acquire('fast.example', never).then(() => 'granted'), wait(50)]);
    expect(other).toBe('granted');
  });

  it('spaces grants to one host by the delay, raised per host by setDelay', async () => {
    const gate = new HostGate(5, 150);
    gate.setDelay('slow.example', 300);
    gate.setDelay('fast.example', 10); // below the default: ignored
    const start = Date.now();
    /** When each of three requests to `host` was granted, in ms after the start. */
    const times = async (host: string) => {
      const at: number[] = [];
      await Promise.all(
        [0, 1, 2].map(() =>
          gate.acquire(host, never).then((release) => {
            at.push(Date.now() - start);
            release();
          }),
        ),
      );
      return at.sort((a, b) => a - b);
    };
    const [fast, slow] = await Promise.all([times('fast.example'), times('slow.example')]);
    // The k-th grant comes no sooner than k delays after the start. Measured from the start, not
    // between grants: a callback that runs late on a busy machine can only make a time later.
    for (const [k, t] of fast.entries()) expect(t).toBeGreaterThanOrEqual(k * 150 - 5);
    for (const [k, t] of slow.entries()) expect(t).toBeGreaterThanOrEqual(k * 300 - 5);
  });

  it('rejects a queued waiter whose signal aborts, and frees its place', async () => {
    const gate = new HostGate(1, 0);
    const first = await gate.acquire('a', never);
    const controller = new AbortController();
    const queued = gate.acquire('a', controller.signal);
    controller.abort();
    await expect(queued).rejects.toMatchObject({ code: 'aborted' });
    const next = gate.acquire('a', never);
    first();
    (await next)();
  });
});

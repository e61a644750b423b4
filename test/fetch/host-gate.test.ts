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
    const times = async (host: string) => {
      const at: number[] = [];
      await Promise.all(
        [0, 1, 2].map(() =>
          gate.acquire(host, never).then((release) => {
            at.push(Date.now());
            release();
          }),
        ),
      );
      return at.slice(1).map((t, i) => t - at[i]!);
    };
    const [fast, slow] = await Promise.all([times('fast.example'), times('slow.example')]);
    // Grants are exact; the callbacks that record them can run late on a busy machine, hence slack.
    for (const gap of fast) expect(gap).toBeGreaterThanOrEqual(110);
    for (const gap of slow) expect(gap).toBeGreaterThanOrEqual(260);
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

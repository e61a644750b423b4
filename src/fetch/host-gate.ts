/**
 * Per-host politeness: at most `concurrency` requests in flight to one host, and request starts
 * to one host at least `delay` ms apart. Each host has its own queue, so a slow host only holds
 * back its own requests, never other hosts'.
 */
import { abortedError } from './sleep.js';

/** Call once when the request is done (idempotent). */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
}

interface HostState {
  active: number;
  nextStart: number;
  waiters: Waiter[];
  timer: NodeJS.Timeout | null;
}

export class HostGate {
  readonly #hosts = new Map<string, HostState>();
  /** Per-host delays raised above the default (by robots.txt Crawl-delay). */
  readonly #delays = new Map<string, number>();

  constructor(
    readonly concurrency: number,
    readonly delay: number,
  ) {}

  /** Raise one host's minimum gap between request starts (never lowers it below the default). */
  setDelay(host: string, ms: number): void {
    if (ms > this.delay) this.#delays.set(host, ms);
  }

  delayFor(host: string): number {
    return this.#delays.get(host) ?? this.delay;
  }

  /** Wait for a slot on `host`; rejects with `aborted` if `signal` fires while queued. */
  acquire(host: string, signal: AbortSignal): Promise<Release> {
    if (signal.aborted) return Promise.reject(abortedError());
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiters: [], timer: null };
      this.#hosts.set(host, state);
    }
    const hostState = state;
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        const i = hostState.waiters.indexOf(waiter);
        if (i >= 0) hostState.waiters.splice(i, 1);
        this.#forgetIfIdle(host, hostState);
        reject(abortedError());
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      hostState.waiters.push(waiter);
      this.#pump(host, hostState);
    });
  }

  #pump(host: string, state: HostState): void {
    while (state.active < this.concurrency && state.waiters.length > 0) {
      const now = Date.now();
      if (now < state.nextStart) {
        state.timer ??= setTimeout(() => {
          state.timer = null;
          this.#pump(host, state);
          this.#forgetIfIdle(host, state);
        }, state.nextStart - now);
        return;
      }
      const waiter = state.waiters.shift()!;
      state.active++;
      state.nextStart = now + this.delayFor(host);
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        state.active--;
        this.#pump(host, state);
        this.#forgetIfIdle(host, state);
      });
    }
  }

  /** Drop idle hosts whose delay has passed, so a 100,000-host run does not keep them all. */
  #forgetIfIdle(host: string, state: HostState): void {
    if (state.active === 0 && state.waiters.length === 0 && state.timer === null) {
      if (Date.now() >= state.nextStart) this.#hosts.delete(host);
    }
  }
}

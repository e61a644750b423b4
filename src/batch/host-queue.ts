/**
 * The batch's look-ahead buffer, grouped by host. Taking the next URL skips hosts that already
 * have their share of pages being fetched, so one slow host cannot fill every global slot and stall
 * the others (the fetcher still enforces its own per-host cap, delay and robots rules).
 */
export interface QueuedUrl {
  /** The input line, verbatim (trimmed). */
  source: string;
  host: string;
}

export class HostQueue {
  private readonly byHost = new Map<string, QueuedUrl[]>();
  private readonly running = new Map<string, number>();
  private count = 0;

  constructor(private readonly perHost: number) {}

  get size(): number {
    return this.count;
  }

  push(item: QueuedUrl): void {
    const list = this.byHost.get(item.host);
    if (list) list.push(item);
    else this.byHost.set(item.host, [item]);
    this.count++;
  }

  /** Next URL whose host has room, round-robin across hosts; marks it running. */
  take(): QueuedUrl | undefined {
    for (const [host, list] of this.byHost) {
      if ((this.running.get(host) ?? 0) >= this.perHost) continue;
      const item = list.shift();
      if (!item) continue;
      this.count--;
      // Re-insert at the end so the next take starts with another host.
      this.byHost.delete(host);
      if (list.length > 0) this.byHost.set(host, list);
      this.running.set(host, (this.running.get(host) ?? 0) + 1);
      return item;
    }
    return undefined;
  }

  /** A page taken from this queue has been fetched (or has failed): its host has room again. */
  release(host: string): void {
    const n = (this.running.get(host) ?? 1) - 1;
    if (n <= 0) this.running.delete(host);
    else this.running.set(host, n);
  }

  /** Forget everything not yet taken (on stop). */
  clear(): void {
    this.byHost.clear();
    this.count = 0;
  }
}

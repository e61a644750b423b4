/** Helpers for the `removed` list that `--explain` prints. */
import type { RemovalCategory, RemovedBlock } from '../types.js';

const WORDS = 12;

/** The first dozen words of a text, with an ellipsis when it is longer. */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= WORDS) return words.join(' ');
  return `${words.slice(0, WORDS).join(' ')} …`;
}

/** Collects removals; `enabled` false keeps only which categories were removed, so normal runs pay nothing. */
export class Removals {
  readonly items: RemovedBlock[] = [];
  private readonly seen = new Set<string>();
  /** Categories removed so far, kept even when listing is off: later cleaners ask. */
  private readonly categories = new Set<RemovalCategory>();
  constructor(readonly enabled: boolean) {}

  /** Record a removal; repeats of the same text by the same rule are listed once. */
  add(category: RemovalCategory, rule: string, text: string): void {
    this.categories.add(category);
    if (!this.enabled) return;
    const words = firstWords(text);
    const key = `${category}\u0000${rule}\u0000${words}`;
    if (!words || this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ category, rule, text: words });
  }

  /** A fresh list that already knows this one's categories, for a trial pass (see `adopt`). */
  fork(): Removals {
    const trial = new Removals(this.enabled);
    for (const c of this.categories) trial.categories.add(c);
    return trial;
  }

  /** Take over a trial's removals whose text passes `keep`, with their categories. */
  adopt(trial: Removals, keep: (item: RemovedBlock) => boolean): void {
    for (const item of trial.items) if (keep(item)) this.add(item.category, item.rule, item.text);
  }

  /** Whether anything of `category` was removed on this page (by any pass so far). */
  has(category: RemovalCategory): boolean {
    return this.categories.has(category);
  }
}

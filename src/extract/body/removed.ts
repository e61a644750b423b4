/** Helpers for the `removed` list that `--explain` prints. */
import type { RemovalCategory, RemovedBlock } from '../types.js';

const WORDS = 12;

/** The first dozen words of a text, with an ellipsis when it is longer. */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= WORDS) return words.join(' ');
  return `${words.slice(0, WORDS).join(' ')} …`;
}

/** Collects removals; `enabled` false makes it a no-op so normal runs pay nothing. */
export class Removals {
  readonly items: RemovedBlock[] = [];
  constructor(readonly enabled: boolean) {}

  add(category: RemovalCategory, rule: string, text: string): void {
    if (!this.enabled) return;
    const words = firstWords(text);
    if (words) this.items.push({ category, rule, text: words });
  }
}

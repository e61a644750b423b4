/**
 * Iterate a global regexp's matches with `exec`, not `String.prototype.matchAll`: matchAll clones
 * the regexp on every call, and in the memory-capped extraction workers the clones of Unicode
 * patterns (`\p{L}`) are recompiled again and again after GC drops their code (measured: about a
 * tenth of a worker's CPU). `re` must have the `g` flag; it is reset first and left reset (also
 * when the caller stops early: a `for … of` that breaks calls `return`).
 */
export function execAll(re: RegExp, text: string): RegExpMatches {
  return new RegExpMatches(re, text);
}

/**
 * The iterator `execAll` returns. A class, not a generator: the topic check runs it over every word
 * of every block, and resuming a generator (a fresh result object per match) cost about 3% of
 * extraction time.
 */
export class RegExpMatches implements IterableIterator<RegExpExecArray> {
  private done = false;

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {
    re.lastIndex = 0;
  }

  [Symbol.iterator](): RegExpMatches {
    return this;
  }

  next(): IteratorResult<RegExpExecArray, undefined> {
    if (this.done) return { done: true, value: undefined };
    const m = this.re.exec(this.text);
    if (m === null) return this.return();
    // A zero-length match would match again at the same place forever.
    if (m[0] === '') this.re.lastIndex++;
    return { done: false, value: m };
  }

  return(_value?: unknown): IteratorResult<RegExpExecArray, undefined> {
    if (!this.done) {
      this.done = true;
      this.re.lastIndex = 0;
    }
    return { done: true, value: undefined };
  }
}

/**
 * Iterate a global regexp's matches with `exec`, not `String.prototype.matchAll`: matchAll clones
 * the regexp on every call, and in the memory-capped extraction workers the clones of Unicode
 * patterns (`\p{L}`) are recompiled again and again after GC drops their code (measured: about a
 * tenth of a worker's CPU). `re` must have the `g` flag; it is reset first and left reset.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      yield m;
      // A zero-length match would match again at the same place forever.
      if (m[0] === '') re.lastIndex++;
    }
  } finally {
    re.lastIndex = 0;
  }
}

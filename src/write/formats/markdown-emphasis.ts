/**
 * Emphasis delimiters that a CommonMark parser will actually read as emphasis. The inline renderer
 * marks emphasis with placeholders; this pass turns each pair into `*`/`**` only when both ends
 * are flanking (so `czytamy<em>.</em>` or `foo<em>"bar"</em>baz` do not leave stray asterisks)
 * and never right after another delimiter (`<b>S</b><b>un</b>` must not become `**S****un**`).
 * A pair that cannot be written keeps its text without the emphasis.
 */

export const EM_OPEN = '\uE000';
export const EM_CLOSE = '\uE001';
export const STRONG_OPEN = '\uE002';
export const STRONG_CLOSE = '\uE003';
/** Code span placeholders (`\uE004<index>\uE005`); they read as backticks for the flanking rules. */
export const CODE_OPEN = '\uE004';
export const CODE_CLOSE = '\uE005';
export const CODE_RUN = /(?:\uE004\d+\uE005)+/g;

const MARKS: Record<string, string> = {
  [EM_OPEN]: '*',
  [EM_CLOSE]: '*',
  [STRONG_OPEN]: '**',
  [STRONG_CLOSE]: '**',
};
const isMark = (c: string | undefined) => c !== undefined && c in MARKS;
const isOpen = (c: string | undefined) => c === EM_OPEN || c === STRONG_OPEN;
const isSpace = (c: string) => c === '' || /\s/u.test(c);
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c);

const asText = (c: string) => (c === CODE_OPEN || c === CODE_CLOSE ? '`' : c);

function textBefore(chars: string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (!isMark(chars[j])) return asText(chars[j]!);
  return '';
}

function textAfter(chars: string[], i: number): string {
  for (let j = i + 1; j < chars.length; j++) if (!isMark(chars[j])) return asText(chars[j]!);
  return '';
}

/** CommonMark's left-flanking rule for a delimiter run between `prev` and `next`. */
function canOpen(prev: string, next: string): boolean {
  return !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev));
}

/** CommonMark's right-flanking rule. */
function canClose(prev: string, next: string): boolean {
  return !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next));
}

/** Replace the placeholders with delimiters, or drop a pair that would not parse. */
export function resolveEmphasis(text: string): string {
  if (!/[\uE000-\uE003]/.test(text)) return text;
  const chars = [...text];
  const partner = new Map<number, number>();
  const stack: number[] = [];
  chars.forEach((c, i) => {
    if (isOpen(c)) stack.push(i);
    else if (isMark(c)) {
      const open = stack.pop();
      if (open !== undefined) partner.set(open, i);
    }
  });
  const kept = new Set<number>();
  let out = '';
  let afterMark = false;
  chars.forEach((c, i) => {
    if (!isMark(c)) {
      out += c;
      afterMark = false;
      return;
    }
    if (isOpen(c)) {
      const close = partner.get(i);
      const ok =
        close !== undefined &&
        !afterMark &&
        canOpen(textBefore(chars, i), textAfter(chars, i)) &&
        canClose(textBefore(chars, close), textAfter(chars, close));
      if (!ok) return;
      kept.add(close);
    } else if (!kept.has(i)) return;
    out += MARKS[c];
    afterMark = true;
  });
  return out;
}

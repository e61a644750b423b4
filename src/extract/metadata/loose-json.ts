/**
 * A forgiving JSON reader for JSON-LD as sites actually ship it: wrapped in HTML comments or CDATA,
 * with comments between its members, trailing commas, raw control characters inside strings, or several objects back to back.
 * Returns the parsed values (possibly none); never throws.
 */

/** Parse `source` strictly first, then after a series of increasingly bold repairs. */
export function parseLooseJson(source: string): unknown[] {
  const text = source.trim();
  if (!text) return [];
  const strict = tryParse(text);
  if (strict.ok) return [strict.value];
  const repaired = repair(text);
  const second = tryParse(repaired);
  if (second.ok) return [second.value];
  return splitTopLevel(repaired).flatMap((chunk) => {
    const parsed = tryParse(chunk);
    return parsed.ok ? [parsed.value] : [];
  });
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function tryParse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function repair(text: string): string {
  return (
    text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // A comment left between the members ("<!-- image: TODO -->").
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Raw newlines and tabs inside strings are invalid JSON but common; outside strings they are
      // whitespace anyway, so a space is safe everywhere.
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/;\s*$/, '')
      .trim()
  );
}

/** Cut text holding several top-level values (`{…}{…}` or `{…},{…}`) into one chunk per value. */
function splitTopLevel(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        chunks.push(text.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) depth = 0;
    }
  }
  return chunks;
}

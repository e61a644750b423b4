/** The `articleBody` of the page's JSON-LD, used as a second opinion on the extracted body. */
function findArticleBody(value: unknown, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleBody(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const body = record.articleBody ?? record.text;
  if (typeof body === 'string' && body.trim().length > 0 && record.articleBody !== undefined) return body;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findArticleBody(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** The longest JSON-LD `articleBody` among the scripts' texts (HTML tags stripped), or null. */
export function jsonLdArticleBody(scripts: string[]): string | null {
  let best: string | null = null;
  for (const raw of scripts) {
    if (!raw.includes('articleBody')) continue;
    try {
      const body = findArticleBody(JSON.parse(raw), 0);
      if (body && (!best || body.length > best.length)) best = body;
    } catch {
      // Broken JSON-LD is common; it is only a second opinion.
    }
  }
  if (best === null) return null;
  return best.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ');
}

import { describe, expect, it } from 'vitest';
import { frontMatter, yamlString } from '../../src/write/formats/front-matter.js';
import { article } from './helpers/records.js';

/** Read back a YAML double-quoted scalar the way a YAML 1.2 parser does for these escapes. */
function readYamlString(scalar: string): string {
  return JSON.parse(scalar) as string;
}

describe('front matter', () => {
  it.each([
    'Plain title',
    'Colon: and # hash',
    'no',
    '2024-01-01',
    'null',
    '"quoted" \\ backslash',
    'line\nbreak\ttab',
    '---',
    'emoji 🎉 and Кириллица',
  ])('keeps %j a single-line string', (title) => {
    const yaml = yamlString(title);
    expect(yaml).toMatch(/^"[^\n]*"$/);
    expect(readYamlString(yaml)).toBe(title);
  });

  it('escapes characters YAML treats as line breaks or forbids (NEL, LS, PS, DEL, BOM)', () => {
    const yaml = yamlString('a\u0085b\u2028c\u2029d\u007Fe\uFEFF');
    expect(yaml).toBe('"a\\u0085b\\u2028c\\u2029d\\u007Fe\\uFEFF"');
    expect(yaml).not.toMatch(/[\u0085\u2028\u2029\u007F\uFEFF]/);
  });

  it('writes null for unknown fields and [] for empty lists', () => {
    const out = frontMatter(article({ title: null, url: null, authors: [], publishedAt: null, tags: [] }));
    expect(out).toContain('title: null\nurl: null\nauthors: []\ndate: null\n');
    expect(out).toContain('tags: []\n---\n');
  });
});

/**
 * Seeded random inline trees made of Markdown-hostile text: whatever the nesting, the Markdown must
 * parse back (with a real CommonMark parser) to the same words, with no raw HTML and only absolute
 * links. Deterministic: the same seeds run every time.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/extract/types.js';
import { blocksToMarkdown } from '../../src/write/formats/markdown.js';
import { meta } from './helpers/blocks.js';
import { markdownProblems } from './helpers/sanity.js';

const parser = new MarkdownIt({ html: true });
const PIECES = [
  'word',
  'Ünïcødé',
  '*',
  '**',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<b>',
  '</i>',
  '&amp;',
  '&',
  '#',
  '# ',
  '1.',
  '- ',
  '> ',
  '|',
  '~~',
  '\\',
  '!',
  '"',
  '.',
  ',',
  ':',
  '---',
  '===',
  'http://x.example',
  '<http://y.example>',
  ' ',
  '  ',
];
const HREFS = [
  'https://ok.example/a_(b)',
  '/relative',
  'javascript:alert(1)',
  'mailto:a@b.example',
  'data:,x',
  '#frag',
];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(r: () => number): string {
  let s = '';
  const n = 1 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function randomInlines(r: () => number, depth: number): Inline[] {
  const out: Inline[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (depth > 2 || k < 0.4) out.push({ type: 'text', text: randomText(r) });
    else if (k < 0.5) out.push({ type: 'code', text: randomText(r).trim() || 'c' });
    else if (k < 0.6) out.push({ type: 'break' });
    else if (k < 0.73) out.push({ type: 'emphasis', children: randomInlines(r, depth + 1) });
    else if (k < 0.86) out.push({ type: 'strong', children: randomInlines(r, depth + 1) });
    else
      out.push({
        type: 'link',
        href: HREFS[Math.floor(r() * HREFS.length)]!,
        children: randomInlines(r, depth + 1),
      });
  }
  return out;
}

function plain(nodes: Inline[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' || n.type === 'code' ? n.text : n.type === 'break' ? ' ' : plain(n.children),
    )
    .join('');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

describe('markdown fuzz', () => {
  it('300 random paragraphs parse back to their words, with no raw HTML and absolute links only', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const inlines = randomInlines(rng(seed), 0);
      const md = blocksToMarkdown([{ type: 'paragraph', children: inlines }], meta(), {
        baseUrl: 'https://base.example/x',
      });
      const tokens = parser.parse(md, {});
      const text = tokens
        .filter((tk) => tk.type === 'inline')
        .map((tk) =>
          (tk.children ?? [])
            .map((c) =>
              c.type === 'text' || c.type === 'code_inline' ? c.content : c.type.endsWith('break') ? ' ' : '',
            )
            .join(''),
        )
        .join(' ');
      const problems = markdownProblems(md);
      if (words(text) !== words(plain(inlines)) || problems.length) {
        failures.push(
          `seed ${seed}: ${JSON.stringify(md)} → ${JSON.stringify(words(text))} ≠ ${JSON.stringify(words(plain(inlines)))} ${problems.join('; ')}`,
        );
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

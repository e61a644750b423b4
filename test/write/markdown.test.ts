import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/extract/types.js';
import { blocksToMarkdown } from '../../src/write/formats/markdown.js';
import { a, br, code, em, h, img, meta, NASTY_TEXT, ol, p, quote, strong, t, ul } from './helpers/blocks.js';

const BASE = 'https://example.com/news/story';
const md = (blocks: Block[], title: string | null = null) =>
  blocksToMarkdown(blocks, meta({ title }), { baseUrl: BASE });
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** A real CommonMark + GFM parser, with raw HTML recognised so that we can assert there is none. */
const parser = new MarkdownIt({ html: true });

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((c) =>
      c.type === 'text' || c.type === 'code_inline' ? c.content : c.type.endsWith('break') ? ' ' : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('markdown: text stays text', () => {
  it.each(NASTY_TEXT)('parses back to the same text: %s', (text) => {
    const tokens = parser.parse(md([p(t(text))]), {});
    expect(tokens.map((tk) => tk.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    expect(inlineText(tokens[1]!)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('escapes text in headings, list items, quotes and table cells too', () => {
    const nasty = NASTY_TEXT.join(' ');
    const out = md([
      h(2, nasty),
      ul([p(t(nasty))]),
      quote(p(t(nasty))),
      { type: 'table', rows: [{ header: true, cells: [[t(nasty)], [t('b')]] }] },
    ]);
    const tokens = parser.parse(out, {});
    expect(tokens.filter((tk) => tk.type.startsWith('html'))).toEqual([]);
    const texts = tokens.filter((tk) => tk.type === 'inline').map(inlineText);
    expect(texts).toEqual([nasty, nasty, nasty, nasty, 'b'].map((s) => s.replace(/\s+/g, ' ')));
  });
});

describe('markdown: structure', () => {
  it('puts the title first as the only level-1 heading and drops a repeated title heading', () => {
    const out = md([h(1, 'The Title'), p(t('Body.')), h(1, 'Section')], 'The Title');
    expect(out).toBe('# The Title\n\nBody.\n\n## Section\n');
  });

  it('renumbers heading levels so they never skip', () => {
    const out = md([h(4, 'A'), p(t('x')), h(6, 'B'), h(3, 'C'), h(2, 'D')], 'T');
    const levels = parser
      .parse(out, {})
      .filter((tk) => tk.type === 'heading_open')
      .map((tk) => Number(tk.tag.slice(1)));
    expect(levels).toEqual([1, 2, 3, 3, 2]);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });

  it('renders emphasis, strong, code spans, absolute links and hard breaks', () => {
    const out = md([
      p(t('a '), em(t(' soft ')), t(' '), strong(t('hard')), br, code('x `y`'), t(' '), a('/rel', t('rel'))),
    ]);
    expect(out).toBe('a *soft* **hard**\\\n`` x `y` `` [rel](https://example.com/rel)\n');
  });

  it('nests lists by indentation, tight when items are single paragraphs', () => {
    const out = md([ul([p(t('one')), ol([p(t('a'))], [p(t('b'))])], [p(t('two'))])]);
    expect(out).toBe('- one\n  1. a\n  2. b\n- two\n');
    const tokens = parser.parse(out, {});
    expect(tokens.filter((tk) => tk.type === 'ordered_list_open')[0]?.level).toBe(2);
  });

  it('keeps two lists in a row apart by switching the marker', () => {
    const out = md([ul([p(t('a'))]), ul([p(t('b'))])]);
    expect(parser.parse(out, {}).filter((tk) => tk.type === 'bullet_list_open')).toHaveLength(2);
  });

  it('renders loose list items with several blocks, quotes and fenced code', () => {
    const out = md([
      ul([p(t('para 1')), p(t('para 2'))]),
      quote(p(t('q1')), p(t('q2'))),
      {
        type: 'code',
        text: 'a ``` b\n',
        language: 'js" onload="x',
      },
    ]);
    expect(out).toContain('- para 1\n\n  para 2');
    expect(out).toContain('> q1\n>\n> q2');
    const fence = parser.parse(out, {}).find((tk) => tk.type === 'fence');
    expect(fence?.content).toBe('a ``` b\n');
    expect(fence?.info).toBe('');
  });

  it('renders GFM tables, with an empty header row when the table has none', () => {
    const withHeader = md([
      {
        type: 'table',
        rows: [
          { header: true, cells: [[t('Name')], [t('Score')]] },
          { header: false, cells: [[t('A|B')], [t('1')]] },
        ],
      },
    ]);
    expect(withHeader).toBe('| Name | Score |\n| --- | --- |\n| A\\|B | 1 |\n');
    const headless = md([{ type: 'table', rows: [{ header: false, cells: [[t('x')], [t('y')]] }] }]);
    const tokens = parser.parse(headless, {});
    expect(tokens.some((tk) => tk.type === 'table_open')).toBe(true);
    expect(tokens.filter((tk) => tk.type === 'td_open')).toHaveLength(2);
  });

  it('escapes a pipe inside a code span in a table cell', () => {
    const out = md([{ type: 'table', rows: [{ header: true, cells: [[code('a | b')], [t('c')]] }] }]);
    const cells = parser.parse(out, {}).filter((tk) => tk.type === 'inline');
    expect(cells.map((tk) => tk.children?.map((c) => c.content).join(''))).toEqual(['a | b', 'c']);
  });

  it('renders images with alt text and caption; drops data: and relative-without-base images', () => {
    const out = md([img('/pic.jpg', 'A [cat]', 'The cat.'), img('data:image/png;base64,AAAA', 'pixel')]);
    expect(out).toBe('![A \\[cat\\]](https://example.com/pic.jpg)\n\n*The cat.*\n');
    expect(blocksToMarkdown([img('pic.jpg', 'x')], meta())).toBe('');
  });
});

describe('markdown: emphasis that parses', () => {
  const cases: [string, Block, string][] = [
    ['punctuation-only emphasis after a word', p(t('czytamy'), em(t('.')), t(' Dalej')), 'czytamy. Dalej'],
    ['emphasis opening on punctuation inside a word', p(t('foo'), em(t('"bar"')), t('baz')), 'foo"bar"baz'],
    ['two strong runs side by side', p(strong(t('S')), strong(t('unshine')), t(': text')), 'Sunshine: text'],
    ['emphasis right after strong', p(strong(t('a')), em(t('b'))), 'ab'],
    ['strong inside a word', p(strong(t('b')), t('y Your Name')), 'by Your Name'],
    ['emphasis inside strong', p(strong(t('x '), em(t('y')), t(' z'))), 'x y z'],
  ];
  it.each(cases)('%s leaves no stray asterisks', (_name, block, text) => {
    const out = md([block]);
    const inline = parser.parse(out, {})[1]!;
    expect(inlineText(inline)).toBe(text);
    expect(out.replace(/\\\*/g, '')).not.toMatch(/\*{3,}/);
  });

  it('keeps emphasis where it parses', () => {
    expect(md([p(t('a '), em(t('b')), t(', '), strong(t('c')), t('d'))])).toBe('a *b*, **c**d\n');
  });
});

describe('markdown: links', () => {
  it('keeps only absolute http(s) and mailto links; others keep their text', () => {
    const hrefs = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
    ];
    const out = md(hrefs.map((href) => p(a(href, t('click')))));
    expect(out).not.toMatch(/\]\(/);
    expect(out.match(/click/g)).toHaveLength(hrefs.length);
    expect(md([p(a('mailto:x@example.com', t('mail')))])).toContain('[mail](mailto:x@example.com)');
  });

  it('every link in the output is absolute, and destinations with parens and spaces survive', () => {
    const out = md([
      p(a('/wiki/A_(b) c', t('wiki')), t(' '), a('#top', t('top')), t(' '), a('?q=1', t('q'))),
    ]);
    const links = parser
      .parse(out, {})
      .flatMap((tk) => tk.children ?? [])
      .filter((tk) => tk.type === 'link_open')
      .map((tk) => tk.attrGet('href'));
    expect(links).toEqual([
      'https://example.com/wiki/A_%28b%29%20c',
      'https://example.com/news/story#top',
      'https://example.com/news/story?q=1',
    ]);
  });

  it('drops relative links when there is no base URL', () => {
    expect(blocksToMarkdown([p(a('/x', t('x')))], meta())).toBe('x\n');
  });
});

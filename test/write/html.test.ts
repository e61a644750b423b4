import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/extract/types.js';
import { blocksToHtml } from '../../src/write/formats/html.js';
import { a, br, code, em, h, img, meta, ol, p, quote, strong, t, ul } from './helpers/blocks.js';

const BASE = 'https://example.com/news/story';
const html = (blocks: Block[], title: string | null = null) =>
  blocksToHtml(blocks, meta({ title }), { baseUrl: BASE });

/** Every element name and attribute in a fragment, as a real HTML parser sees them. */
function inventory(fragment: string): { tags: Set<string>; attrs: [string, string, string][] } {
  const tags = new Set<string>();
  const attrs: [string, string, string][] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as {
      type: string;
      name: string;
      attribs: Record<string, string>;
    }[]) {
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        tags.add(child.name);
        for (const [k, v] of Object.entries(child.attribs)) attrs.push([child.name, k, v]);
      }
      walk(child as { children?: unknown[] });
    }
  };
  walk(parseDocument(fragment));
  return { tags, attrs };
}

const ALLOWED_TAGS = new Set(
  'article h1 h2 h3 h4 h5 h6 p ul ol li blockquote pre code table thead tbody tr th td figure img figcaption hr a em strong br'.split(
    ' ',
  ),
);

describe('html fragment', () => {
  it('renders the structure with the title as h1 and escaped text', () => {
    const out = html(
      [
        h(1, 'Title'),
        p(t('a < b & "c" '), em(t('e')), t(' '), strong(t('s')), br, code('<x>')),
        h(3, 'Sub'),
        ul([p(t('one'))], [p(t('two')), ol([p(t('n'))])]),
        quote(p(t('q'))),
        { type: 'code', text: 'if (a < b) {}\n', language: 'js' },
        {
          type: 'table',
          rows: [
            { header: true, cells: [[t('H')]] },
            { header: false, cells: [[t('D')]] },
          ],
        },
        img('/i.png', 'alt "x"', 'Cap'),
        { type: 'rule' },
      ],
      'Title',
    );
    expect(out).toBe(
      [
        '<article>',
        '<h1>Title</h1>',
        '<p>a &lt; b &amp; &quot;c&quot; <em>e</em> <strong>s</strong><br><code>&lt;x&gt;</code></p>',
        '<h2>Sub</h2>',
        '<ul>\n<li>one</li>\n<li><p>two</p>\n<ol>\n<li>n</li>\n</ol></li>\n</ul>',
        '<blockquote>\n<p>q</p>\n</blockquote>',
        '<pre><code class="language-js">if (a &lt; b) {}</code></pre>',
        '<table>\n<thead>\n<tr><th>H</th></tr>\n</thead>\n<tbody>\n<tr><td>D</td></tr>\n</tbody>\n</table>',
        '<figure><img src="https://example.com/i.png" alt="alt &quot;x&quot;"><figcaption>Cap</figcaption></figure>',
        '<hr>',
        '</article>',
        '',
      ].join('\n'),
    );
  });

  it('a hostile block tree yields only allowed tags, safe attributes and absolute http(s) URLs', () => {
    const hostile: Block[] = [
      p(t('<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="//x"></iframe>')),
      p(a('javascript:alert(1)', t('js'))),
      p(a(' \n javascript:alert(1)', t('js with whitespace'))),
      p(a('JAVA\tSCRIPT:alert(1)', t('js with tab'))),
      p(a('&#106;avascript:alert(1)', t('entity text'))),
      p(a('data:text/html;base64,PHNjcmlwdD4=', t('data link'))),
      p(a('vbscript:msgbox(1)', t('vb'))),
      p(a('https://ok.example/" onclick="alert(1)', t('quote breakout'))),
      img('data:image/svg+xml,<svg onload=alert(1)>', 'svg'),
      img('javascript:alert(1)', 'js img'),
      img('https://ok.example/a.png" onerror="alert(1)', 'x" onerror="alert(1)', '<svg onload=alert(1)>'),
      { type: 'code', text: '</code></pre><script>alert(1)</script>', language: '"><script>' },
      h(2, '<style>body{}</style>'),
    ];
    const out = html(hostile, '<script>alert("title")</script>');
    const { tags, attrs } = inventory(out);
    for (const tag of tags) expect(ALLOWED_TAGS).toContain(tag);
    for (const [tag, name, value] of attrs) {
      expect(['href', 'src', 'alt', 'class']).toContain(name);
      if (name === 'href' || name === 'src') expect(value, `${tag} ${name}`).toMatch(/^https?:\/\//);
      if (name === 'class') expect(value).toMatch(/^language-[\w+#.-]+$/);
    }
    expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(out).toContain('js with whitespace');
  });

  it('drops relative links and images when there is no base URL, keeping link text', () => {
    expect(blocksToHtml([p(a('/x', t('text'))), img('/i.png', 'i')], meta())).toBe(
      '<article>\n<p>text</p>\n</article>\n',
    );
  });
});

/** Small builders for hand-made Block trees (so renderer tests do not depend on the extractor). */
import type { Block, Inline, Metadata } from '../../../src/extract/types.js';

export const t = (text: string): Inline => ({ type: 'text', text });
export const a = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
export const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
export const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
export const code = (text: string): Inline => ({ type: 'code', text });
export const br: Inline = { type: 'break' };

export const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, text: string): Block => ({
  type: 'heading',
  level,
  children: [t(text)],
});
export const ul = (...items: Block[][]): Block => ({ type: 'list', ordered: false, items });
export const ol = (...items: Block[][]): Block => ({ type: 'list', ordered: true, items });
export const quote = (...children: Block[]): Block => ({ type: 'blockquote', children });
export const img = (src: string, alt: string, caption: string | null = null): Block => ({
  type: 'image',
  src,
  alt,
  caption,
});

export function meta(overrides: Partial<Metadata> = {}): Metadata {
  return {
    title: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    language: null,
    siteName: null,
    description: null,
    image: null,
    canonicalUrl: null,
    section: null,
    tags: [],
    ...overrides,
  };
}

/** Text that is Markdown or HTML syntax if it is not escaped. */
export const NASTY_TEXT = [
  '1. not a list',
  '2) not a list either',
  '- not a bullet',
  '+ nor this',
  '* nor this',
  '# not a heading',
  '> not a quote',
  '---',
  '===',
  '<b>bold?</b> <script>alert(1)</script>',
  'a *star* and _under_ and **double**',
  '[not](a link) and ![not](an image)',
  'back`tick` and ``two``',
  'pipe | in | text',
  '~~strike~~ ~tilde~',
  'entity &amp; &copy; &#169; & plain',
  'back\\slash \\* escaped',
  'trailing hash #',
  'http://bare.example/url',
  '    four leading spaces',
];

/** Structural checks any Markdown or HTML newsclean writes must pass, whatever the page was. */
import { parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: true });

/** Problems in a Markdown document: raw HTML, non-absolute links or images, skipped heading levels. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tokens = parser.parse(body, {});
  let previous = 0;
  for (const token of tokens) {
    if (token.type === 'html_block') problems.push(`raw HTML block: ${token.content.slice(0, 60)}`);
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (level > previous + 1) problems.push(`heading level jumps from ${previous} to ${level}`);
      previous = level;
    }
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline') problems.push(`raw HTML inline: ${child.content}`);
      const url =
        child.type === 'link_open'
          ? child.attrGet('href')
          : child.type === 'image'
            ? child.attrGet('src')
            : null;
      if (url !== null && !/^(https?:\/\/|mailto:)/.test(String(url))) problems.push(`not absolute: ${url}`);
    }
  }
  return problems;
}

const HTML_TAGS = new Set(
  'html head meta title link body article footer h1 h2 h3 h4 h5 h6 p ul ol li blockquote pre code table thead tbody tr th td figure img figcaption hr a em strong br time'.split(
    ' ',
  ),
);
const URL_ATTRS = new Set(['href', 'src']);
const OTHER_ATTRS = new Set([
  'alt',
  'class',
  'charset',
  'http-equiv',
  'content',
  'name',
  'property',
  'rel',
  'lang',
  'datetime',
]);

/** Problems in an HTML document or fragment: unexpected elements, handlers, unsafe URLs. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as {
      type: string;
      name: string;
      attribs: Record<string, string>;
    }[]) {
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        if (!HTML_TAGS.has(child.name)) problems.push(`element <${child.name}>`);
        for (const [name, value] of Object.entries(child.attribs)) {
          if (URL_ATTRS.has(name)) {
            if (!/^(https?:\/\/|mailto:)/.test(value)) problems.push(`${child.name} ${name}=${value}`);
          } else if (!OTHER_ATTRS.has(name)) problems.push(`attribute ${name} on <${child.name}>`);
        }
      }
      walk(child as { children?: unknown[] });
    }
  };
  walk(parseDocument(html));
  return problems;
}

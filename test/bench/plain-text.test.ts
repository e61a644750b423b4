import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../bench/lib/plain-text.js';

describe('htmlToPlainText (the rules the readability-pages truth was made with)', () => {
  it('separates block elements with a blank line and collapses other whitespace', () => {
    const html = '<div><h1>Title</h1><p>One\n   two <b>bold</b></p><ul><li>a</li><li>b</li></ul></div>';
    expect(htmlToPlainText(html)).toBe('Title\n\nOne two bold\n\na\n\nb');
  });
  it('turns <br> into one newline inside a paragraph and trims each line', () => {
    expect(htmlToPlainText('<p>line one <br>  line two</p>')).toBe('line one\nline two');
  });
  it('skips head, script, style, noscript and template, and ignores alt text', () => {
    const html =
      '<html><head><title>T</title></head><body><script>x()</script><style>p{}</style>' +
      '<noscript>n</noscript><template>t</template><p>kept<img alt="alt"></p></body></html>';
    expect(htmlToPlainText(html)).toBe('kept');
  });
  it('drops empty paragraphs and decodes entities', () => {
    expect(htmlToPlainText('<p> </p><p>a&amp;b&nbsp;c</p><div></div>')).toBe('a&b c');
  });
  it('keeps inline elements inside the paragraph', () => {
    expect(htmlToPlainText('<p>a <a href="#">link</a> and <span>span</span>.</p>')).toBe('a link and span.');
  });
});

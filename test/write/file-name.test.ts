import { describe, expect, it } from 'vitest';
import { recordFileName, slugify } from '../../src/write/file-name.js';

const url = 'https://example.com/news/2024/my-story.html';

describe('file names for --out-dir', () => {
  it('is a slug of the title plus a short hash of the URL, stable across calls', () => {
    const name = recordFileName({ source: url, title: 'Crème brûlée: “Talks” stalled?' }, 'markdown');
    expect(name).toMatch(/^creme-brulee-talks-stalled-[0-9a-f]{10}\.md$/);
    expect(recordFileName({ source: url, title: 'Crème brûlée: “Talks” stalled?' }, 'markdown')).toBe(name);
  });

  it('differs for different URLs with the same title', () => {
    const a = recordFileName({ source: `${url}?a`, title: 'Same' }, 'text');
    const b = recordFileName({ source: `${url}?b`, title: 'Same' }, 'text');
    expect(a).not.toBe(b);
    expect(a.endsWith('.txt')).toBe(true);
  });

  it('falls back to the URL path, then the host, then "article"', () => {
    expect(recordFileName({ source: url, title: null }, 'html')).toMatch(/^my-story-[0-9a-f]{10}\.html$/);
    expect(recordFileName({ source: 'https://example.com/', title: '!!!' }, 'json')).toMatch(/^example-com-/);
    expect(recordFileName({ source: '-', title: null }, 'markdown')).toMatch(/^article-[0-9a-f]{10}\.md$/);
  });

  it('keeps letters of other scripts, and never produces path separators, dots or over-long names', () => {
    expect(slugify('Москва: новости дня')).toBe('москва-новости-дня');
    const hostile = recordFileName(
      { source: url, title: `../../etc/passwd ${'x'.repeat(300)} \\ : * ? < > |` },
      'markdown',
    );
    expect(hostile).not.toMatch(/[/\\:*?<>|]|\.\./);
    expect(Buffer.byteLength(hostile)).toBeLessThan(255);
  });
});

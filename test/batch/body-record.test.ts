import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bodyToRecord, type PageMeta } from '../../src/batch/body-record.js';
import { articlePage } from './pages.js';

const meta = (contentType: string): PageMeta => ({
  inputUrl: 'http://x.test/a',
  finalUrl: 'http://x.test/a',
  status: 200,
  headers: { 'content-type': contentType },
  fetchedAt: '2026-01-01T00:00:00.000Z',
  redirects: [],
});
const options = { extract: { explain: false, include: [] } };

describe('bodyToRecord', () => {
  it('decodes by the header charset before extracting', () => {
    const html = articlePage('Новости').replace('<meta charset="utf-8">', '');
    const record = bodyToRecord(meta('text/html; charset=koi8-r'), iconv.encode(html, 'koi8-r'), options);
    expect(record).toMatchObject({ title: 'Story Новости', url: 'http://x.test/a' });
  });

  it('turns a body that cannot be decoded into an error record instead of throwing', () => {
    const record = bodyToRecord(meta('text/html'), null as unknown as Buffer, options);
    expect(record).toMatchObject({ source: 'http://x.test/a', fetchedAt: null, error: { code: 'network' } });
  });
});

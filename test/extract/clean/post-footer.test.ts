import { describe, expect, it } from 'vitest';
import { postFooterRule, removePostFooters } from '../../../src/extract/clean/post-footer.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('post footers', () => {
  it('knows filed-under and tagged lines in several languages', () => {
    expect(
      postFooterRule('This entry was posted in News and tagged rain, wind. Bookmark the permalink.'),
    ).not.toBeNull();
    expect(
      postFooterRule('Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials.'),
    ).not.toBeNull();
    expect(
      postFooterRule('Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin.'),
    ).not.toBeNull();
    expect(postFooterRule('Posted in Politics | 3 comments')).not.toBeNull();
    expect(postFooterRule('Publicado em Economia, Brasil')).not.toBeNull();
  });

  it('keeps prose that mentions posting or publishing mid-sentence', () => {
    expect(postFooterRule('The photo was first posted in a tweet by the mayor on Sunday.')).toBeNull();
    expect(postFooterRule('O estudo foi publicado em março na revista Nature.')).toBeNull();
  });

  it('only looks at the last blocks, and removes them as category other', () => {
    const ctx = context();
    const html = `<p>Posted in News at the start is not a footer here.</p>${prose(4)}<p>Filed under: Weather, Storms</p>`;
    const kept = removePostFooters(blocksFrom(html), ctx);
    expect(textOf(kept)).toContain('Posted in News at the start');
    expect(textOf(kept)).not.toContain('Filed under');
    expect(ctx.removals.items).toHaveLength(1);
    expect(ctx.removals.items[0]?.category).toBe('other');
  });
});

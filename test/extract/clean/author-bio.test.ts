import { describe, expect, it } from 'vitest';
import { isAuthorBio, removePostFooters } from '../../../src/extract/clean/post-footer.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('author bios at the end of the text', () => {
  it('recognises a name, a copula and a newsroom role, in several languages', () => {
    expect(
      isAuthorBio('Jörg Lehmann ist Redakteur im Ressort Verkehr und Infrastruktur. Er lebt in Bautzen.'),
    ).toBe(true);
    expect(isAuthorBio('Joana Pereira é jornalista da Gazeta do Centro desde 2019.')).toBe(true);
    expect(isAuthorBio('Jane Doe is a staff writer covering housing and transport.')).toBe(true);
    expect(isAuthorBio('Иван Петров — корреспондент отдела культуры.')).toBe(true);
    // Quote marks around the outlet's name are a title's, not speech.
    expect(isAuthorBio('Олена Коваль — журналістка «Полтавського вісника», пише про освіту.')).toBe(true);
  });

  it('leaves the article talking about a journalist', () => {
    expect(isAuthorBio('Jane Doe, a reporter who was detained in March, was released on Tuesday.')).toBe(
      false,
    );
    expect(isAuthorBio('Jane Doe is a reporter, “and I will keep reporting”, she said.')).toBe(false);
    expect(isAuthorBio('Police said the editor of the weekly had been questioned.')).toBe(false);
    // The name must be capitalised words: a sentence opening in lower case is no name.
    expect(isAuthorBio('the new chief is a former editor of the weekly.')).toBe(false);
  });

  it('removes a bio only among the last blocks, as category other', () => {
    const bio = '<p>Jane Doe is a reporter covering the city council.</p>';
    const ctx = context();
    const kept = removePostFooters(blocksFrom(`${prose(1)}${bio}${prose(4, 2)}${bio}`), ctx);
    const text = textOf(kept);
    expect(text.match(/Jane Doe is a reporter/g)).toHaveLength(1);
    expect(text).toContain('Article paragraph 5');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'other', rule: 'text-cues:author-bio' });
  });
});

describe('CJK author bios', () => {
  it('recognises a name, a space and a newsroom role', () => {
    expect(isAuthorBio('中村由紀　社会部記者。福祉と子どもの貧困をテーマに取材を続けている。')).toBe(true);
    expect(isAuthorBio('王磊 本报记者，长期关注城市交通。')).toBe(true);
  });

  it('keeps a sentence about a reporter, which has no space after the name', () => {
    expect(isAuthorBio('中村記者は市役所で取材を続けた。')).toBe(false);
    expect(isAuthorBio('社会部記者の中村由紀さんが、現地から報告した。')).toBe(false);
  });
});

describe("the byline author's bio box", () => {
  const withAuthors = (authors: string[]) => ({ ...context(), authors });

  it("takes a name line and the line opening with that author's name, in any language", () => {
    for (const [author, label, bio] of [
      [
        'Sanne de Boer',
        'Sanne de Boer',
        'Sanne de Boer is verslaggever wonen en ruimtelijke ordening bij Dagblad Oost.',
      ],
      [
        '石巻支局・佐藤亮',
        '石巻支局・佐藤亮',
        '佐藤亮：石巻支局記者。水産業と沿岸部の暮らしを取材している。',
      ],
      ['林嘉怡', '林嘉怡', '林嘉怡，南方观察劳动与社会保障领域记者。'],
    ]) {
      const ctx = withAuthors([author!]);
      const html = `${prose(3)}<div><strong>${label}</strong><p>${bio}</p></div>`;
      const kept = textOf(removePostFooters(blocksFrom(html), ctx));
      expect(kept, bio).not.toContain(bio!);
      expect(kept, bio).not.toContain(label!);
      expect(kept).toContain('Article paragraph 3');
      expect(ctx.removals.items[0]).toMatchObject({ category: 'other', rule: 'text-cues:author-bio' });
    }
  });

  it('takes the name line over a bio its role word already gives away', () => {
    const ctx = withAuthors(['Joana Pereira']);
    const html = `${prose(3)}<div><strong>Joana Pereira</strong><p>Joana Pereira é jornalista da Gazeta do Centro desde 2019.</p></div>`;
    const kept = textOf(removePostFooters(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Joana Pereira/);
    expect(kept).toContain('Article paragraph 3');
  });

  it("keeps a column's closing tagline with no name line over it, and a bio of someone else", () => {
    const tagline =
      '<p>Marieke van Dijk is klarinettist en schrijft elke maand een column voor De Polderpost.</p>';
    expect(
      textOf(removePostFooters(blocksFrom(`${prose(3)}${tagline}`), withAuthors(['Marieke van Dijk']))),
    ).toContain('klarinettist');
    const other = '<div><strong>Jan Smit</strong><p>Jan Smit is wethouder van de gemeente.</p></div>';
    expect(
      textOf(removePostFooters(blocksFrom(`${prose(3)}${other}`), withAuthors(['Sanne de Boer']))),
    ).toContain('wethouder');
  });
});

import { describe, expect, it } from 'vitest';
import {
  authorsMatchByline,
  authorsMatchBylineNames,
  authorsMatchTrafilatura,
  authorsMatchTrafilaturaJoined,
  authorViolation,
  bylineNames,
  dateViolation,
  hasValue,
  itemsFound,
  primaryLanguage,
  sameDate,
  sameLanguage,
  sameText,
} from '../../bench/lib/metadata-metrics.js';

describe('field comparisons', () => {
  it('compares text exactly after collapsing whitespace', () => {
    expect(sameText(' Big\n news ', 'Big news')).toBe(true);
    expect(sameText('Big News', 'Big news')).toBe(false);
    expect(sameText(null, 'x')).toBe(false);
  });
  it('knows which truth values are present', () => {
    expect([
      hasValue(null),
      hasValue(''),
      hasValue('  '),
      hasValue([]),
      hasValue(['']),
      hasValue(['a']),
    ]).toEqual([false, false, false, false, false, true]);
  });
  it('matches dates by calendar day, in the page offset or in UTC', () => {
    expect(sameDate('2015-07-10T09:53:00-04:00', '2015-07-10')).toBe(true);
    expect(sameDate('2021-11-01T10:52:50+01:00', '2021-11-01T10:52:50+0100')).toBe(true);
    expect(sameDate('2017-11-03T03:01:00Z', '2017-11-03 03:01:00.000000')).toBe(true);
    // 23:30 at -05:00 is the next day in UTC; either reading matches.
    expect(sameDate('2020-01-09T04:30:00Z', '2020-01-08T23:30:00-05:00')).toBe(true);
    expect(sameDate('2015-07-11', '2015-07-10')).toBe(false);
    expect(sameDate(null, '2015-07-10')).toBe(false);
  });
  it('compares languages by primary subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(sameLanguage('EN', 'en-gb')).toBe(true);
    expect(sameLanguage('de', 'en')).toBe(false);
    expect(sameLanguage(null, null)).toBe(false);
  });
  it('matches a byline string against a list of names', () => {
    expect(authorsMatchByline(['Ann Lee'], ' Ann  Lee')).toBe(true);
    expect(authorsMatchByline(['Ann Lee', 'Bo Ng'], 'Ann Lee and Bo Ng')).toBe(true);
    expect(authorsMatchByline(['Ann Lee', 'Bo Ng'], 'Ann Lee, Bo Ng')).toBe(true);
    expect(authorsMatchByline(['Ann Lee'], 'By Ann Lee')).toBe(false);
    expect(authorsMatchByline([], 'Ann Lee')).toBe(false);
  });
  it("uses trafilatura's convention: several authors joined with '; ', values trimmed", () => {
    expect(authorsMatchTrafilatura(['Walter von Aachen'], ' Walter von Aachen')).toBe(true);
    expect(authorsMatchTrafilatura(['A B', 'C D'], ['A B', 'C D'])).toBe(true);
    expect(authorsMatchTrafilatura(['A B', 'C D'], 'A B; C D')).toBe(true);
    expect(authorsMatchTrafilatura(['C D', 'A B'], 'A B; C D')).toBe(false);
    expect(authorsMatchTrafilatura([], '')).toBe(false);
  });
  it('counts truth tags found among ours, case-insensitively and without duplicates', () => {
    expect(itemsFound(['Japan', 'film'], [' japan', 'Film', 'Film', 'Walter'])).toEqual({
      found: 2,
      total: 3,
    });
  });
});

describe('record invariants', () => {
  it('flags authors that are URLs, dates or too long', () => {
    expect(authorViolation('Jane Doe')).toBeNull();
    expect(authorViolation('https://example.com/jane')).toBe('looks like a URL');
    expect(authorViolation('example.com/authors/jane')).toBe('looks like a URL');
    expect(authorViolation('2020-01-08')).toBe('looks like a date');
    expect(authorViolation('14.03.2025')).toBe('looks like a date');
    expect(authorViolation('March 14, 2025')).toBe('looks like a date');
    expect(authorViolation('x'.repeat(81))).toBe('over 80 characters');
  });
  it('flags dates in the future, before 1990, or unparseable', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(dateViolation('2025-12-31T10:00:00+02:00', now)).toBeNull();
    expect(dateViolation('2026-03-01', now)).toBe('in the future');
    expect(dateViolation('1989-12-31', now)).toBe('before 1990');
    expect(dateViolation('yesterday', now)).toBe('not a parseable date');
  });
  it('lenient author: a single truth string may join our names with "and", "und" or ","', () => {
    const two = ['Lars Fischer', 'Alina Schadwinkel'];
    expect(authorsMatchTrafilatura(two, 'Lars Fischer und Alina Schadwinkel')).toBe(false);
    expect(authorsMatchTrafilaturaJoined(two, 'Lars Fischer und Alina Schadwinkel')).toBe(true);
    expect(authorsMatchTrafilaturaJoined(two, 'Lars Fischer, Alina Schadwinkel')).toBe(true);
    expect(authorsMatchTrafilaturaJoined(two, ['Lars Fischer', 'Alina Schadwinkel'])).toBe(true);
    // Case, "/" credits and a single name are still compared strictly.
    expect(authorsMatchTrafilaturaJoined(['AFP', 'The Local'], 'AFP/The Local')).toBe(false);
    expect(authorsMatchTrafilaturaJoined(['Tanja Karrasch'], 'TANJA KARRASCH')).toBe(false);
    expect(authorsMatchTrafilaturaJoined(['Glen Owen'], 'Glen Owen and Brendan Carlin')).toBe(false);
  });
  it('lenient byline: drops a leading "By", date-only lines and bracketed URLs from the byline', () => {
    expect(bylineNames('By Nathan Willis\n     March 25, 2015')).toBe('Nathan Willis');
    expect(bylineNames('By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(bylineNames('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toBe('Bradley M. Kuhn');
    expect(bylineNames('By Kelli  Miller\n   WebMD Health News')).toBe('Kelli Miller WebMD Health News');
    expect(authorsMatchByline(['Erin Cunningham'], 'By Erin Cunningham')).toBe(false);
    expect(authorsMatchBylineNames(['Erin Cunningham'], 'By Erin Cunningham')).toBe(true);
    expect(authorsMatchBylineNames(['Erin Cunningham'], 'Last Updated: January 7, 2025')).toBe(false);
  });
});

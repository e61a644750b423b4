import { describe, expect, it } from 'vitest';
import { parseDateLine, parseDateText } from '../../../src/extract/metadata/date-text.js';
import { formatDate, normalizeDate } from '../../../src/extract/metadata/dates.js';
import { dateFromUrl, monthFromUrl } from '../../../src/extract/metadata/url-date.js';
import { NOW } from './helpers.js';

const text = (s: string, hints = {}) => {
  const parts = parseDateText(s, hints);
  return parts ? formatDate(parts, NOW) : null;
};

describe('normalizeDate (machine dates)', () => {
  it('keeps the page offset, normalising its form', () => {
    expect(normalizeDate('2025-03-14T12:31:00+01:00', NOW)).toBe('2025-03-14T12:31:00+01:00');
    expect(normalizeDate('2025-03-14T12:31:00+0100', NOW)).toBe('2025-03-14T12:31:00+01:00');
    expect(normalizeDate('2025-03-14T12:31:00.123456Z', NOW)).toBe('2025-03-14T12:31:00.123Z');
    expect(normalizeDate('2025-03-14 12:31', NOW)).toBe('2025-03-14T12:31:00');
  });

  it('keeps a date without time as a date', () => {
    expect(normalizeDate('2025-03-14', NOW)).toBe('2025-03-14');
    expect(normalizeDate('20250314', NOW)).toBe('2025-03-14');
  });

  it('reads RFC 2822 style dates', () => {
    expect(normalizeDate('Fri, 14 Mar 2025 12:31:00 GMT', NOW)).toBe('2025-03-14T12:31:00+00:00');
  });

  it('rejects future dates, dates before 1990, impossible dates and junk', () => {
    expect(normalizeDate('2025-06-03T00:00:00Z', NOW)).toBeNull();
    expect(normalizeDate('2099-01-01', NOW)).toBeNull();
    expect(normalizeDate('1989-12-31', NOW)).toBeNull();
    expect(normalizeDate('2025-02-30', NOW)).toBeNull();
    expect(normalizeDate('2025-13-01', NOW)).toBeNull();
    expect(normalizeDate('not a date', NOW)).toBeNull();
    expect(normalizeDate('', NOW)).toBeNull();
  });

  it('judges "future" by the instant, using the offset', () => {
    // 2025-06-01T23:00 at UTC-10 is 09:00 UTC on June 2: more than 12 hours after NOW.
    expect(normalizeDate('2025-06-01T23:00:00-10:00', NOW)).toBeNull();
    expect(normalizeDate('2025-06-01T20:00:00+02:00', NOW)).toBe('2025-06-01T20:00:00+02:00');
  });
});

describe('parseDateText (visible dates)', () => {
  it.each([
    ['14 March 2025', '2025-03-14'],
    ['Published: March 14, 2025', '2025-03-14'],
    ['March 14, 2025 12:31 PM EST', '2025-03-14T12:31:00-05:00'],
    ['Updated Mar. 3, 2025, 9:05 a.m. PDT', '2025-03-03T09:05:00-07:00'],
    ['14.03.2025', '2025-03-14'],
    ['14.03.2025, 08:15 Uhr', '2025-03-14T08:15:00'],
    ['3. März 2025', '2025-03-03'],
    ['le 14 mars 2025 à 18h30', '2025-03-14T18:30:00'],
    ['14 de marzo de 2025', '2025-03-14'],
    ['14 марта 2025', '2025-03-14'],
    ['2025年3月14日 10:00', '2025-03-14T10:00:00'],
    ['1st May 2024', '2024-05-01'],
    ['2025/03/14', '2025-03-14'],
    ['Posted 14 Mar 2025 14:00 GMT', '2025-03-14T14:00:00+00:00'],
    ['14 martie 2025', '2025-03-14'],
    ['14. ožujka 2025.', '2025-03-14'],
    ['14 березня 2025', '2025-03-14'],
    ['14 Μαρτίου 2025', '2025-03-14'],
    ['الجمعة 8 فيفري 2019', '2019-02-08'],
    ['14 مارس 2025', '2025-03-14'],
    ['14 maret 2025', '2025-03-14'],
    ['2025. március 14.', '2025-03-14'],
    // The time after the date, with each language's word or mark between them.
    ['posted on April 21, 2015, at 11:29 a.m.', '2015-04-21T11:29:00'],
    ['Publicado em 22/08/2024 às 14h32', '2024-08-22T14:32:00'],
    ['21 maggio 2025 ore 14:30', '2025-05-21T14:30:00'],
    ['Opublikowano: 21.05.2025, godz. 6:00', '2025-05-21T06:00:00'],
    ['21 sierpnia 2024 r., godz. 06:00', '2024-08-21T06:00:00'],
    ['22 мая 2025 г., 07:15', '2025-05-22T07:15:00'],
    ['5 березня 2025 о 08:30', '2025-03-05T08:30:00'],
    ['12 de febrero de 2025 · 18:05', '2025-02-12T18:05:00'],
    ['2025年2月18日 19時05分', '2025-02-18T19:05:00'],
    ['2025年4月2日 10时18分', '2025-04-02T10:18:00'],
    // Past a weekday in brackets.
    ['2025年1月21日（火）19:30', '2025-01-21T19:30:00'],
    ['2025年5月9日(金) 18時12分', '2025-05-09T18:12:00'],
  ])('%s → %s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('ignores relative dates: there is no anchor time to resolve them against', () => {
    expect(parseDateText('2 hours ago')).toBeNull();
    expect(parseDateText('vor 3 Tagen')).toBeNull();
    expect(parseDateText('yesterday at 5pm')).toBeNull();
  });

  it('reads ambiguous numeric dates only with a hint, or when one part cannot be a month', () => {
    expect(text('03/04/2025')).toBeNull();
    expect(text('03/04/2025', { monthFirst: true })).toBe('2025-03-04');
    expect(text('03/04/2025', { monthFirst: false })).toBe('2025-04-03');
    expect(text('25/04/2025')).toBe('2025-04-25');
  });

  it('takes the earliest date in the text', () => {
    expect(text('14 March 2025, updated 16 March 2025')).toBe('2025-03-14');
  });

  it('does not take a word before a year for a month', () => {
    expect(parseDateText('Chapter 12 2025 edition')).toBeNull();
    expect(parseDateText('In 2024 may 3 people win')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/, yyyy-mm-dd and yyyymmdd paths', () => {
    expect(dateFromUrl('https://x.example/2025/03/14/slug')).toEqual({ year: 2025, month: 3, day: 14 });
    expect(dateFromUrl('https://x.example/news/2025-03-14-slug')).toEqual({ year: 2025, month: 3, day: 14 });
    expect(dateFromUrl('https://x.example/a/20250314/slug')).toEqual({ year: 2025, month: 3, day: 14 });
    expect(dateFromUrl('https://x.example/news/2012-06/04/content_1.htm')).toEqual({
      year: 2012,
      month: 6,
      day: 4,
    });
  });

  it('says nothing for month-only paths, ids and bad input', () => {
    expect(dateFromUrl('https://x.example/2025/03/slug')).toBeNull();
    expect(dateFromUrl('https://x.example/article/123456789')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('parseDateLine', () => {
  it('adds dotted two-digit-year dates to parseDateText when they are the whole text', () => {
    expect(parseDateLine('23.09.22')).toEqual({ year: 2022, month: 9, day: 23 });
    expect(parseDateLine('1.2.99')).toEqual({ year: 1999, month: 2, day: 1 });
    expect(parseDateLine('am 23.09.22')).toBeNull();
    expect(parseDateLine('14 March 2025')).toEqual({ year: 2025, month: 3, day: 14 });
  });

  it('rejects a date that follows a clock phrase', () => {
    expect(parseDateText('Aktuelle Zeit: 14.10.2020, 12:18')).toBeNull();
    expect(parseDateText('Last visit was: 14 March 2025')).toBeNull();
  });
});

describe('monthFromUrl', () => {
  it('reads /yyyy/mm/ paths only', () => {
    expect(monthFromUrl('https://b.example/2013/10/post.html')).toEqual({ year: 2013, month: 10 });
    expect(monthFromUrl('https://b.example/2013/13/post.html')).toBeNull();
    expect(monthFromUrl('https://b.example/posts/2013-10')).toBeNull();
  });
});

describe('Japanese era years', () => {
  it('reads Reiwa and Heisei years as Western ones (元年 is the first)', () => {
    expect(parseDateText('令和7年3月14日')).toMatchObject({ year: 2025, month: 3, day: 14 });
    expect(parseDateText('令和元年5月1日')).toMatchObject({ year: 2019, month: 5, day: 1 });
    expect(parseDateText('平成31年4月30日')).toMatchObject({ year: 2019, month: 4, day: 30 });
    expect(parseDateText('令和7年度の予算')).toBeNull();
  });
});

// Runs under two far-apart time zones (vite.config.ts): a written date is the same day in both.
import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import { parseLooseDate } from './dates';

const may14 = fromParts(2025, 5, 14);

describe('parseLooseDate', () => {
  it.each([
    '2025-05-14',
    '2025-5-14',
    '2025/05/14',
    ' 2025-05-14 ',
    '2025-05-14T22:30:00Z',
    '2025-05-14T23:59:59-11:00',
    '2025-05-14T00:30:00+14:00',
    '2025-05-14 10:00',
    '2025-05-14 10:00:05.123',
    '14 May 2025',
    '14-May-2025',
    '14 May, 2025',
    '14 may 2025',
    '14 MAY 2025',
    'May 14, 2025',
    'May 14 2025',
    'may 14th, 2025',
    '14/05/2025',
    '05/14/2025',
  ])('reads %j as 14 May 2025', (text) => {
    expect(parseLooseDate(text)).toEqual({ day: may14, precision: 'day' });
  });

  it('takes the calendar date as written, never converting zones', () => {
    expect(parseLooseDate('2025-12-31T23:30:00-08:00')).toEqual({
      day: fromParts(2025, 12, 31),
      precision: 'day',
    });
    expect(parseLooseDate('2026-01-01T00:10:00+14:00')).toEqual({
      day: fromParts(2026, 1, 1),
      precision: 'day',
    });
  });

  it.each([
    ['14 September 2025', fromParts(2025, 9, 14)],
    ['3 Sep 2025', fromParts(2025, 9, 3)],
    ['December 1, 1999', fromParts(1999, 12, 1)],
    ['29 Feb 2024', fromParts(2024, 2, 29)],
    ['1900-01-01', fromParts(1900, 1, 1)],
    ['2100-12-31', fromParts(2100, 12, 31)],
    ['06/06/2025', fromParts(2025, 6, 6)],
  ])('reads %j', (text, day) => {
    expect(parseLooseDate(text)).toEqual({ day, precision: 'day' });
  });

  it('reads a month alone as its 1st, with month precision', () => {
    expect(parseLooseDate('2025-05')).toEqual({ day: fromParts(2025, 5, 1), precision: 'month' });
    expect(parseLooseDate('May 2025')).toEqual({ day: fromParts(2025, 5, 1), precision: 'month' });
  });

  it.each([
    ['2025-02-30', 'date "2025-02-30" is not a real calendar date'],
    ['2025-13-01', 'date "2025-13-01" is not a real calendar date'],
    ['2025-00', 'date "2025-00" is not a real calendar date'],
    ['31 Apr 2025', 'date "31 Apr 2025" is not a real calendar date'],
    ['29/02/2025', 'date "29/02/2025" is not a real calendar date'],
    ['', 'date is empty'],
    ['   ', 'date is empty'],
    ['1899-12-31', 'date "1899-12-31" is not between 1900 and 2100'],
    ['2101-01-01', 'date "2101-01-01" is not between 1900 and 2100'],
    ['05/06/2025', 'date "05/06/2025" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD'],
    ['1/2/2025', 'date "1/2/2025" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD'],
    ['14 Mai 2025', 'date "14 Mai 2025" is not a date this importer can read: write it as YYYY-MM-DD'],
    ['yesterday', 'date "yesterday" is not a date this importer can read: write it as YYYY-MM-DD'],
    // 45791 was here until issue 12: it is an Excel day number, read below. A year alone is not.
    ['2025', 'date "2025" is not a date this importer can read: write it as YYYY-MM-DD'],
    ['12345678', 'date "12345678" is not a date this importer can read: write it as YYYY-MM-DD'],
    ['99999', 'date "99999", read as an Excel day number, is not between 1900 and 2100'],
    ['4133980800', 'date "4133980800", read as a Unix time in seconds, is not between 1900 and 2100'],
    [
      '2025-05-14Tnonsense',
      'date "2025-05-14Tnonsense" is not a date this importer can read: write it as YYYY-MM-DD',
    ],
  ])('rejects %j with a reason', (text, error) => {
    expect(parseLooseDate(text)).toEqual({ error });
  });

  it.each([
    ['45791', may14, 'excel-date'],
    ['45791.75', may14, 'excel-date'],
    ['45853', fromParts(2025, 7, 15), 'excel-date'],
    ['1747180800', may14, 'unix-seconds'],
    ['1747267199', may14, 'unix-seconds'],
    ['1747180800000', may14, 'unix-ms'],
    ['999999999', fromParts(2001, 9, 9), 'unix-seconds'],
  ])('reads the number %j as the day it counts to, saying how', (text, day, read) => {
    expect(parseLooseDate(text)).toEqual({ day, precision: 'day', read });
  });

  it('keeps long junk out of the reason', () => {
    const result = parseLooseDate('x'.repeat(5000));
    expect('error' in result && result.error.length).toBeLessThan(120);
  });
});

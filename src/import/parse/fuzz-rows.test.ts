// Property tests on single values and rows: dates, ACLED rows, other rows. Whatever they hold,
// the parsers return a good event or a reason, never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, fromParts, toIsoDate } from '../../data/dates';
import { acledRow } from './acled-row';
import { genericRow } from './columns';
import { parseLooseDate } from './dates';
import { cell, checkEvent, checkReason, columnName, FIRST, LAST, RUNS, text } from './fuzz-support';

/** A row: any column names, "__proto__" and "constructor" among them, each with any cell. */
const cellsByName = fc.array(fc.tuple(columnName, cell), { maxLength: 12 }).map((pairs) => new Map(pairs));

describe('fuzz', () => {
  it('parseLooseDate answers every string with a day in range or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(text, cell), (t) => {
        const r = parseLooseDate(t);
        if ('error' in r) checkReason(r.error);
        else expect(Number.isInteger(r.day) && r.day >= FIRST && r.day <= LAST).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseLooseDate reads back the dates it is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        expect(parseLooseDate(toIsoDate(day))).toEqual({ day, precision: 'day' });
        expect(parseLooseDate(formatDay(day))).toEqual({ day, precision: 'day' });
        expect(parseLooseDate(`${toIsoDate(day)}T23:59:59-12:00`)).toEqual({ day, precision: 'day' });
      }),
      RUNS,
    );
  });

  it('acledRow gives a good event or a reason for any row', () => {
    fc.assert(
      fc.property(cellsByName, fc.integer({ min: 2, max: 1e6 }), (row, rowNumber) => {
        const r = acledRow(row, { set: 'acled', rowNumber });
        if (typeof r === 'string') checkReason(r);
        else checkEvent(r);
      }),
      RUNS,
    );
  });

  it('genericRow gives a good event or a reason for any row, mapping and coordinates', () => {
    const mapping = fc.record(
      {
        lat: columnName,
        lon: columnName,
        date: columnName,
        title: columnName,
        kind: columnName,
        place: columnName,
      },
      { requiredKeys: [] },
    );
    const coords = fc.option(fc.tuple(fc.double(), fc.double()), { nil: undefined });
    fc.assert(
      fc.property(cellsByName, mapping, coords, (row, m, c) => {
        const r = genericRow(row, m, { set: 'mine', rowNumber: 3 }, c);
        if (typeof r === 'string') checkReason(r);
        else checkEvent(r);
      }),
      RUNS,
    );
  });
});

describe('fuzz: dates written as numbers', () => {
  it('parseLooseDate reads back any day written as an Excel day number or a Unix time', () => {
    const excelZero = fromParts(1899, 12, 30);
    const days = fc.integer({ min: Math.max(FIRST, excelZero + 10_000), max: LAST });
    fc.assert(
      fc.property(days, fc.nat(86_399), (day, second) => {
        const seconds = day * 86_400 + second;
        if (day >= fromParts(1973, 3, 4))
          expect(parseLooseDate(String(seconds))).toEqual({ day, precision: 'day', read: 'unix-seconds' });
        if (day >= fromParts(2001, 9, 9))
          expect(parseLooseDate(`${seconds}000`)).toEqual({ day, precision: 'day', read: 'unix-ms' });
        const serial = `${day - excelZero}.${second}`;
        expect(parseLooseDate(serial)).toEqual({ day, precision: 'day', read: 'excel-date' });
      }),
      RUNS,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromParts, toIsoDate } from '../../data/dates';
import { byDay, type EventRecord } from '../../data/events';
import { parseCsvText } from './csv';
import { RUNS, resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';
import { type DatedRows, findDateOutliers, outsideOf } from './outliers';

const opts = { set: 'mine' };
const eventOn = (day: number, i: number) =>
  ({ id: `mine-${i + 2}`, day, date: toIsoDate(day) }) as EventRecord;
const sorted = (days: number[]) => days.map(eventOn).sort(byDay);
const where = (e: EventRecord) => `row ${e.id.slice(5)}`;
/** Records sorted by day, as findDateOutliers reads them. */
const dated = (events: readonly EventRecord[]): DatedRows => ({
  count: events.length,
  day: (i) => events[i]?.day ?? 0,
  date: (i) => events[i]?.date ?? '',
  where: (i) => where(events[i] as EventRecord),
});
const in2025 = (n: number) => Array.from({ length: n }, (_, i) => fromParts(2025, 1, 1) + ((i * 37) % 365));
const CSV = [
  'date,lat,lon,title',
  '2025-05-14,33.1,35.8,a',
  '1900-01-01,33.1,35.8,typo',
  '2025-06-01,33.1,35.8,b',
  '2025-07-01,33.1,35.8,c',
  '2100-12-31,33.1,35.8,unknown',
  '2025-08-01,33.1,35.8,d',
  '2025-09-01,33.1,35.8,e',
  '2025-10-01,33.1,35.8,f',
  '2025-11-01,33.1,35.8,g',
].join('\n');

describe('findDateOutliers', () => {
  it('finds rows of 1900 and 2100 among 2025 rows, and the range that keeps the rest', () => {
    const r = resultOf(parseCsvText(CSV, opts));
    expect(r.outliers).toEqual({
      count: 2,
      noun: 'row',
      keep: { from: '2025-05-14', to: '2025-11-01' },
      text: '2 rows are dated far from the others, which lie between 2025-05-14 and 2025-11-01 (row 3: 1900-01-01; row 6: 2100-12-31): they stretch the time slider from 1900 to 2100.',
    });
  });

  it('drops the rows outside the range it is given, keeping them as rejected rows', () => {
    const keep = { from: '2025-05-14', to: '2025-11-01' };
    const r = resultOf(parseCsvText(CSV, { ...opts, datesWithin: keep }));
    expect(r.events).toHaveLength(7);
    expect(r.outliers).toBeUndefined();
    expect(r.errors).toEqual([
      {
        where: 'row 3',
        reason:
          "dated 1900-01-01, far from the file's other dates (2025-05-14 to 2025-11-01): dropped at your word",
        raw: expect.objectContaining({ title: 'typo' }),
      },
      expect.objectContaining({ where: 'row 6', raw: expect.objectContaining({ title: 'unknown' }) }),
    ]);
  });

  it('drops GeoJSON features the same way, by feature', () => {
    const point = (date: string) =>
      `{"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[[35.8,33.1],[35.9,33]]},"properties":{"date":"${date}"}}`;
    const text = `{"type":"FeatureCollection","features":[${['2025-05-14', '1900-01-01', '2025-05-20', '2025-06-01'].map(point).join(',')}]}`;
    expect(resultOf(parseGeoJsonText(text, opts)).outliers?.text).toMatch(
      /^1 feature is dated far .*\(feature 2: 1900-01-01\)/,
    );
    const dropped = resultOf(
      parseGeoJsonText(text, { ...opts, datesWithin: { from: '2025-05-14', to: '2025-06-01' } }),
    );
    expect(dropped.events).toHaveLength(6);
    expect(dropped.errors.map((e) => e.where)).toEqual(['feature 2']);
  });

  it('leaves alone a file spread over years, a 2023 row among 2025 ones, and too few rows to tell', () => {
    const years = Array.from({ length: 15 }, (_, i) => fromParts(2011 + i, 6, 1));
    expect(findDateOutliers(dated(sorted(years)), 'row')).toBeNull();
    expect(findDateOutliers(dated(sorted([...in2025(6), fromParts(2023, 10, 12)])), 'row')).toBeNull();
    expect(findDateOutliers(dated(sorted([fromParts(1900, 1, 1), fromParts(2025, 1, 1)])), 'row')).toBeNull();
    expect(findDateOutliers(dated(sorted([fromParts(1900, 1, 1), ...in2025(2)])), 'row')?.count).toBe(1);
  });

  it('never calls more than a quarter of the rows far, and keeps every row it does not call far', () => {
    const day = fc.integer({ min: fromParts(1900, 1, 1), max: fromParts(2100, 12, 31) });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 60 }),
        fc.array(day, { maxLength: 5 }),
        (spread, far) => {
          const events = sorted([...in2025(20), ...spread.slice(0, 3), ...far]);
          const found = findDateOutliers(dated(events), 'row');
          if (!found) return;
          const outside = outsideOf(found.keep);
          const dropped = events.filter((e) => outside(e) !== null);
          expect(new Set(dropped.map(where)).size).toBe(found.count);
          expect(found.count).toBeLessThanOrEqual(events.length / 4);
          expect(found.text).toContain(dropped[0]?.date);
        },
      ),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { wkb } from './parquet-fixtures';
import { BadGeometry, cellText, dayText, geometryOf, instantText } from './parquet-values';

describe('Parquet values as cell text', () => {
  it('writes a DATE as its day, whatever the time zone, and one out of range as its count', () => {
    expect(dayText(20_283)).toBe('2025-07-14');
    expect(dayText(-1)).toBe('1969-12-31');
    expect(dayText(2_147_483_647)).toBe('day 2147483647 after 1970-01-01');
  });

  it('writes a TIMESTAMP as its UTC instant from the integer itself (ns past a double’s precision)', () => {
    expect(instantText(1_752_535_799_999n, 1_000n)).toBe('2025-07-14T23:29:59Z');
    expect(instantText(1_752_535_799_999_999_999n, 1_000_000_000n)).toBe('2025-07-14T23:29:59Z');
    expect(instantText(-1n, 1_000_000n)).toBe('1969-12-31T23:59:59Z');
    expect(instantText(9_223_372_036_854_775_807n, 1_000n)).toMatch(/far out of range/);
    expect(instantText(86_400_000, 1_000n)).toBe('1970-01-02T00:00:00Z');
  });

  it('writes other values as a CSV cell would hold them', () => {
    expect([null, undefined, 'x', 33.5, 12n, true].map(cellText)).toEqual([
      '',
      '',
      'x',
      '33.5',
      '12',
      'true',
    ]);
    expect(cellText({ a: 1n, b: ['x'] })).toBe('{"a":"1","b":["x"]}');
    expect(cellText(new Uint8Array(3))).toBe('(3 bytes)');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('decodes WKB to GeoJSON, and says why when it cannot', () => {
    expect(geometryOf(wkb({ type: 'Point', coordinates: [36, 33] }))).toEqual({
      type: 'Point',
      coordinates: [36, 33],
    });
    const bad = geometryOf(new Uint8Array([1, 99, 0, 0, 0]));
    expect(bad).toBeInstanceOf(BadGeometry);
    expect((bad as BadGeometry).reason).toMatch(/^its geometry \(WKB\) could not be read: /);
    expect(geometryOf(undefined)).toBeNull();
  });
});

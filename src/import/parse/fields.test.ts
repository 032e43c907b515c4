import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import { cellOf, checkCoordinate, clip, dateFields, own, readCoordinate, readLatLon, rowId } from './fields';

describe('row fields', () => {
  it('reads coordinates, with a reason for each kind of mistake', () => {
    expect(readCoordinate(' -33.5 ', 'latitude')).toBe(-33.5);
    expect(readCoordinate('+1e1', 'longitude')).toBe(10);
    expect(readCoordinate('.5', 'longitude')).toBe(0.5);
    expect(readCoordinate(undefined, 'latitude')).toBe('latitude is empty');
    // A decimal comma is read (coordinates.test.ts has the forms); two separators are not.
    expect(readCoordinate('1,5', 'longitude')).toBe(1.5);
    expect(readCoordinate('1.234,5', 'longitude')).toMatch(/^longitude "1.234,5" is not a number/);
    expect(readCoordinate('90.0001', 'latitude')).toBe('latitude 90.0001 is out of range');
    expect(readCoordinate('1e400', 'latitude')).toBe('latitude "1e400" is not a number');
    expect(readLatLon('1', '2')).toEqual([1, 2]);
    expect(readLatLon('1', '-181')).toBe('longitude -181 is out of range');
    expect(checkCoordinate(Number.NaN, 'latitude')).toBe('latitude "NaN" is not a number');
    expect(checkCoordinate(180, 'longitude')).toBeNull();
  });

  it('clips text without splitting a character', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    expect(clip('a😀b', 3)).toBe('a…');
  });

  it('never takes inherited members for cells or table entries', () => {
    expect(cellOf(new Map(), 'toString')).toBe('');
    expect(cellOf(new Map(), '__proto__')).toBe('');
    expect(cellOf(new Map([['a', ' x ']]), 'a')).toBe('x');
    expect(cellOf(new Map([['__proto__', ' p ']]), '__proto__')).toBe('p');
    expect(own({ a: 1 }, 'constructor')).toBeUndefined();
  });

  it('dates an event from its first day to its last', () => {
    const may = fromParts(2025, 5, 1);
    expect(dateFields(may, 'month')).toEqual({
      date: '2025-05-01',
      date_precision: 'month',
      day: may,
      end: may + 30,
    });
    expect(dateFields(may, 'week').end).toBe(may + 6);
    expect(rowId({ set: 'acled-2', rowNumber: 17 })).toBe('acled-2-17');
  });
});

import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from './fuzz-support';
import { CsvRow, headerOf, recordOf } from './row';

describe('CsvRow', () => {
  it('reads cells by column name, the first of a repeated name, nothing for a missing one', () => {
    const row = new CsvRow(headerOf(['a', 'b', 'a']), ['1', '2', '3', 'surplus']);
    expect([row.get('a'), row.get('b'), row.get('c')]).toEqual(['1', '2', undefined]);
    expect([...row.entries()]).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['a', '3'],
    ]);
    expect([...new CsvRow(headerOf(['a', 'b']), ['1']).entries()]).toEqual([['a', '1']]);
  });

  it.each(HOSTILE_NAMES)('reads a column named %s as its cell, never as a member of Object', (name) => {
    const row = new CsvRow(headerOf(['date', name]), ['2025-05-14', 'value']);
    expect(row.get(name)).toBe('value');
    expect(new CsvRow(headerOf(['date']), ['2025-05-14']).get(name)).toBeUndefined();
  });
});

describe('recordOf', () => {
  it('names surplus cells and leaves out missing ones', () => {
    const header = headerOf(['a', 'b']);
    expect(recordOf(new CsvRow(header, ['1', '', 'x', 'y']))).toEqual({
      a: '1',
      b: '',
      '(extra field 1)': 'x',
      '(extra field 2)': 'y',
    });
    expect(recordOf(new CsvRow(header, ['1']))).toEqual({ a: '1' });
  });

  it.each(HOSTILE_NAMES)('keeps a column named %s as an own key, through postMessage too', (name) => {
    const before = Object.getOwnPropertyDescriptors(Object.prototype);
    const record = recordOf(new CsvRow(headerOf(['a', name]), ['1', 'value']));
    expect(Object.getPrototypeOf(record)).toBeNull();
    // structuredClone is what postMessage does to the record on its way to the page.
    for (const r of [record, structuredClone(record)]) {
      expect(Object.keys(r)).toEqual(['a', name]);
      expect(Object.hasOwn(r, name) && r[name]).toBe('value');
    }
    expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(before);
  });

  it('never lets a surplus cell take the name of a real column', () => {
    const record = recordOf(new CsvRow(headerOf(['(extra field 1)']), ['mine', 'surplus']));
    expect(record).toEqual({ '(extra field 1)': 'mine' });
  });
});

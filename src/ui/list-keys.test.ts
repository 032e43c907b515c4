import { describe, expect, it } from 'vitest';
import { rowForKey } from './list-keys';

describe('rowForKey', () => {
  const total = 100;
  const page = 4;

  it('moves a row with the arrows, a page with Page Up/Down, to the ends with Home and End', () => {
    expect(rowForKey('ArrowDown', 10, total, page)).toBe(11);
    expect(rowForKey('ArrowUp', 10, total, page)).toBe(9);
    expect(rowForKey('PageDown', 10, total, page)).toBe(14);
    expect(rowForKey('PageUp', 10, total, page)).toBe(6);
    expect(rowForKey('Home', 10, total, page)).toBe(0);
    expect(rowForKey('End', 10, total, page)).toBe(99);
  });

  it('stays inside the list', () => {
    expect(rowForKey('ArrowUp', 0, total, page)).toBe(0);
    expect(rowForKey('PageUp', 2, total, page)).toBe(0);
    expect(rowForKey('ArrowDown', 99, total, page)).toBe(99);
    expect(rowForKey('PageDown', 97, total, page)).toBe(99);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'ArrowLeft'])
      expect(rowForKey(key, 10, total, page)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './sorted';

describe('upperBound', () => {
  it('finds upper bounds by binary search', () => {
    expect(upperBound([1, 2, 2, 3], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 3], 0)).toBe(0);
    expect(upperBound([], 5)).toBe(0);
  });
});

describe('lowerBound', () => {
  it('finds the first value at least the one asked for', () => {
    expect(lowerBound([1, 2, 2, 3], 2)).toBe(1);
    expect(lowerBound([1, 2, 2, 3], 2.5)).toBe(3);
    expect(lowerBound([1, 2, 2, 3], 4)).toBe(4);
    expect(lowerBound([], 5)).toBe(0);
  });
});

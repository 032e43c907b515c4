import { describe, expect, it } from 'vitest';
import { upperBound } from './sorted';

describe('upperBound', () => {
  it('finds upper bounds by binary search', () => {
    expect(upperBound([1, 2, 2, 3], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 3], 0)).toBe(0);
    expect(upperBound([], 5)).toBe(0);
  });
});

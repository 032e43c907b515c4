import { describe, expect, it } from 'vitest';
import { fromParts } from '../data/dates';
import { axisTicks, ticksThatFit } from './axis';

describe('axis ticks', () => {
  it('labels every month when they fit', () => {
    const ticks = axisTicks(fromParts(2025, 1, 15), fromParts(2025, 5, 2), 10);
    expect(ticks.map((t) => t.label)).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025']);
  });

  it('thins to quarters on calendar boundaries when months would crowd', () => {
    const ticks = axisTicks(fromParts(2023, 9, 20), fromParts(2026, 1, 30), 12);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks[0]?.label).toBe('Oct 2023');
    expect(ticks.map((t) => t.label)).toContain('Jan 2025');
    expect(ticks.every((t) => /^(Jan|Apr|Jul|Oct) /.test(t.label))).toBe(true);
  });

  it('shows years alone over a decade', () => {
    const ticks = axisTicks(fromParts(2015, 3, 1), fromParts(2025, 8, 1), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('fits about one label per 80 px, and never fewer than two', () => {
    expect(ticksThatFit(1200)).toBe(15);
    expect(ticksThatFit(100)).toBe(2);
  });
});

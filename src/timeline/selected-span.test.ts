import { describe, expect, it } from 'vitest';
import { fromParts } from '../data/dates';
import { selectedShade, shadePlace } from './selected-span';

const jul = (d: number) => fromParts(2025, 7, d);

describe('the shade for the selected event', () => {
  it('covers a span of days, named for assistive tech', () => {
    const e = { day: jul(13), end: jul(20), date_precision: 'day' as const };
    expect(selectedShade(e)).toEqual({
      from: jul(13),
      to: jul(20),
      label: '13–20 July 2025: span of the selected event',
    });
  });

  it('covers the days a week-dated event may fall on, and says so', () => {
    const e = { day: jul(7), end: jul(13), date_precision: 'week' as const };
    expect(selectedShade(e)?.label).toBe('7–13 July 2025: the days the selected event may fall on');
  });

  it('is not drawn for an event on one day, nor without a selection', () => {
    expect(selectedShade({ day: jul(7), end: jul(7), date_precision: 'day' })).toBeNull();
    expect(selectedShade(null)).toBeNull();
  });

  it('sits where the histogram draws those days, clipped to the slider', () => {
    const shade = { from: jul(13), to: jul(20), label: '' };
    expect(shadePlace(shade, jul(1), jul(30))).toEqual({ left: 12 / 30, width: 8 / 30 });
    expect(shadePlace(shade, jul(15), jul(24))).toEqual({ left: 0, width: 6 / 10 });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { makeEvent } from '../export/test-events';
import { applyHash } from './actions';
import { hash } from './store';
import { curatedEvents, currentDay, previousTime, range, time } from './timeline';
import { setTime, showLatest } from './timeline-actions';

const day = (iso: string) => parseIsoDate(iso) as number;

describe('showLatest', () => {
  beforeEach(() => {
    applyHash('');
    curatedEvents.value = [
      makeEvent({ date: '2025-01-01', day: day('2025-01-01'), end: day('2025-01-01') }),
      makeEvent({ id: 'b', date: '2025-07-20', day: day('2025-07-20'), end: day('2025-07-20') }),
    ];
  });
  afterEach(() => {
    curatedEvents.value = [];
    applyHash('');
  });

  it('puts the slider back on "the latest": no date of its own, and none in the link', () => {
    expect(hash.value).not.toContain('t=');
    setTime(day('2025-03-01'));
    expect(hash.value).toContain('t=2025-03-01');
    showLatest();
    expect(time.value).toBeNull();
    expect(currentDay.value).toBe(range.value.end);
    expect(currentDay.value).toBeGreaterThanOrEqual(day('2025-07-20'));
    expect(hash.value).not.toContain('t=');
    // What the day was, so the events after it and up to the end are said as revealed.
    expect(previousTime.value).toBe(day('2025-03-01'));
  });

  it('differs from setting the last day: that day stays in the link', () => {
    setTime(range.value.end);
    expect(hash.value).toContain('t=');
    showLatest();
    expect(hash.value).not.toContain('t=');
  });

  it('changes nothing when the slider already follows the latest', () => {
    previousTime.value = day('2025-02-02');
    showLatest();
    expect([time.value, previousTime.value]).toEqual([null, day('2025-02-02')]);
  });
});

// These run under two far-apart time zones (see package.json): results must not change.
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDay,
  fromParts,
  monthStarts,
  parseIsoDate,
  parts,
  span,
  toIsoDate,
  weekStart,
} from './dates';

describe('calendar days', () => {
  it('really runs in the time zone its project set (vite.config.ts)', () => {
    // Guards the two-zone runs: if TZ stopped taking effect, both runs would be one zone.
    const offsetMinutes: Record<string, number> = { 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 };
    const want = offsetMinutes[process.env.TZ ?? ''];
    expect(want, `TZ=${process.env.TZ}`).toBeDefined();
    expect(new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset()).toBe(want);
  });

  it('parses ISO dates to whole days since 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('2025-05-14')).toBe(20222);
    expect(parseIsoDate('2024-12-08')).toBe(20065);
  });

  it('round-trips every day of 2024–2026 through toIsoDate', () => {
    for (let d = parseIsoDate('2024-01-01') ?? 0; d <= (parseIsoDate('2026-12-31') ?? 0); d++) {
      expect(parseIsoDate(toIsoDate(d))).toBe(d);
    }
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-5-14', '14/05/2025', '', '2025-05-14T00:00'])(
    'rejects %s',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('accepts a leap day', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });

  it('knows weekdays, weeks and months without a time zone', () => {
    const may14 = fromParts(2025, 5, 14);
    expect(parts(may14).weekday).toBe(3); // a Wednesday
    expect(toIsoDate(weekStart(may14))).toBe('2025-05-12');
    expect(toIsoDate(weekStart(fromParts(2025, 5, 12)))).toBe('2025-05-12');
    expect(toIsoDate(weekStart(fromParts(2025, 5, 18)))).toBe('2025-05-12');
    expect(daysInMonth(fromParts(2024, 2, 1))).toBe(29);
    expect(span(fromParts(2025, 7, 1), 'month')).toBe(31);
    expect(span(may14, 'week')).toBe(7);
    expect(span(may14, 'day')).toBe(1);
  });

  it('formats dates in words at their precision', () => {
    expect(formatDay(fromParts(2025, 5, 14))).toBe('14 May 2025');
    expect(formatDay(fromParts(2025, 5, 1), 'month')).toBe('May 2025');
    expect(formatDay(fromParts(2025, 7, 7), 'week')).toBe('week of 7 Jul 2025');
    expect(formatDay(fromParts(2024, 12, 8))).toBe('8 December 2024');
  });

  it('lists month starts for axis ticks', () => {
    const ticks = monthStarts(fromParts(2024, 12, 8), fromParts(2025, 3, 1)).map(toIsoDate);
    expect(ticks).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });
});

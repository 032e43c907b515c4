// These run under two far-apart time zones (see package.json): results must not change.
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDay,
  formatSpan,
  formatWhen,
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

  it('writes a span of days with each part once and an en dash', () => {
    const span = (a: string, b: string) => formatSpan(parseIsoDate(a) ?? 0, parseIsoDate(b) ?? 0);
    expect(span('2025-07-13', '2025-07-20')).toBe('13–20 July 2025');
    expect(span('2025-06-30', '2025-07-02')).toBe('30 June – 2 July 2025');
    expect(span('2024-12-28', '2025-01-03')).toBe('28 December 2024 – 3 January 2025');
    expect(span('2025-07-13', '2025-07-13')).toBe('13 July 2025');
    // Given backwards, it is still the same span.
    expect(span('2025-07-20', '2025-07-13')).toBe('13–20 July 2025');
  });

  it('writes an event’s date as a span only when it has an end_date past its start', () => {
    // [day, end] as parseEvents builds them: the end of the week or month, or the end_date if later.
    const when = (date: string, date_precision: 'day' | 'week' | 'month', end_date?: string) => {
      const day = parseIsoDate(date) ?? 0;
      const last = end_date === undefined ? day : (parseIsoDate(end_date) ?? day);
      return formatWhen({ day, end: Math.max(day + span(day, date_precision) - 1, last), date_precision });
    };
    expect(when('2025-07-13', 'day', '2025-07-20')).toBe('13–20 July 2025');
    expect(when('2025-07-13', 'day')).toBe('13 July 2025');
    expect(when('2025-07-13', 'day', '2025-07-13')).toBe('13 July 2025');
    expect(when('2025-07-07', 'week')).toBe('week of 7 Jul 2025');
    expect(when('2025-07-01', 'month')).toBe('July 2025');
    // A coarse start stays coarse; an end inside its week or month says nothing more.
    expect(when('2025-07-01', 'month', '2025-08-04')).toBe('July 2025 – 4 August 2025');
    expect(when('2025-07-07', 'week', '2025-07-10')).toBe('week of 7 Jul 2025');
    expect(when('2025-07-07', 'week', '2025-07-14')).toBe('week of 7 Jul 2025 – 14 July 2025');
  });

  it('lists month starts for axis ticks', () => {
    const ticks = monthStarts(fromParts(2024, 12, 8), fromParts(2025, 3, 1)).map(toIsoDate);
    expect(ticks).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });
});

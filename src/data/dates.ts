// Calendar days, independent of the viewer's time zone: a date is a whole number of days since
// 1970-01-01, computed with Date.UTC and read back with getUTC*. Never `new Date('2025-05-14')`
// for display, never local getters.

/** Days since 1970-01-01 (a calendar day, not an instant). */
export type Day = number;
export type DatePrecision = 'day' | 'week' | 'month';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const fromParts = (year: number, month: number, day: number): Day =>
  Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

/** `YYYY-MM-DD` → Day, or null when it is not a real calendar date (e.g. 2025-02-30). */
export function parseIsoDate(text: string): Day | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = fromParts(y, mo, d);
  const { year, month, date } = parts(day);
  return year === y && month === mo && date === d ? day : null;
}

export function parts(day: Day): { year: number; month: number; date: number; weekday: number } {
  const t = new Date(day * MS_PER_DAY);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    date: t.getUTCDate(),
    weekday: t.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toIsoDate(day: Day): string {
  const { year, month, date } = parts(day);
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** Monday of the week that holds `day` (ISO weeks). */
export function weekStart(day: Day): Day {
  const { weekday } = parts(day);
  return day - ((weekday + 6) % 7);
}

export function daysInMonth(day: Day): number {
  const { year, month } = parts(day);
  return fromParts(year, month + 1, 1) - fromParts(year, month, 1);
}

/** How many calendar days an event dated `day` at this precision may fall on. */
export function span(day: Day, precision: DatePrecision): number {
  if (precision === 'week') return 7;
  if (precision === 'month') return daysInMonth(day);
  return 1;
}

/** "14 May 2025", "May 2025", "week of 7 Jul 2025". */
export function formatDay(day: Day, precision: DatePrecision = 'day'): string {
  const { year, month, date } = parts(day);
  if (precision === 'month') return `${MONTHS_LONG[month - 1]} ${year}`;
  const short = `${date} ${MONTHS[month - 1]} ${year}`;
  if (precision === 'week') return `week of ${short}`;
  return `${date} ${MONTHS_LONG[month - 1]} ${year}`;
}

/**
 * A span of days in words, each part written once: "13–20 July 2025", "30 June – 2 July 2025",
 * "28 December 2024 – 3 January 2025". One day is just that day.
 */
export function formatSpan(from: Day, to: Day): string {
  const [first, last] = from <= to ? [from, to] : [to, from];
  if (first === last) return formatDay(first);
  const a = parts(first);
  const b = parts(last);
  if (a.year !== b.year) return `${formatDay(first)} – ${formatDay(last)}`;
  if (a.month !== b.month) return `${a.date} ${MONTHS_LONG[a.month - 1]} – ${formatDay(last)}`;
  return `${a.date}–${formatDay(last)}`;
}

/** An event's first and last day ([day, end], as EventRecord holds them) and its date's precision. */
export type Dated = { day: Day; end: Day; date_precision: DatePrecision };

/**
 * Whether its days reach past what its date alone may cover (its day, week or month): it lasted
 * (an end_date). The one test for "a span" that the card, the list, the slider's shade and the
 * map's ongoing ring share.
 */
export const lastsPastItsDate = (e: Dated): boolean => e.end >= e.day + span(e.day, e.date_precision);

/**
 * When an event happened, in words: "14 May 2025", "week of 7 Jul 2025", "13–20 July 2025". A
 * coarse start keeps its wording ("July 2025 – 4 August 2025"), so a span never claims the first
 * day is known when only its week or month is; an end inside the week or month adds nothing.
 */
export function formatWhen(e: Dated): string {
  if (!lastsPastItsDate(e)) return formatDay(e.day, e.date_precision);
  if (e.date_precision === 'day') return formatSpan(e.day, e.end);
  return `${formatDay(e.day, e.date_precision)} – ${formatDay(e.end)}`;
}

/** "14 May 2025" with a short month: for tight spaces such as axis ticks. */
export function formatShort(day: Day): string {
  const { year, month, date } = parts(day);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

export function formatMonth(day: Day): string {
  const { year, month } = parts(day);
  return `${MONTHS[month - 1]} ${year}`;
}

/** First day of each month from `from` to `to`, for axis ticks. */
export function monthStarts(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  let { year, month } = parts(from);
  for (let d = fromParts(year, month, 1); d <= to; d = fromParts(year, month, 1)) {
    if (d >= from) out.push(d);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

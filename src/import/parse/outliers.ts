// Rows dated far from all the others, as a 1900 typed for 2025 or a 2100 filled in for "unknown":
// a handful of them stretch the time slider over two centuries, squeezing the real events into a
// sliver. They are found here and offered to the user to drop; once dropped (a range of dates to
// keep, stored with the import) they are rejected rows, still there to download and fix.
import { type Day, parseIsoDate, toIsoDate } from '../../data/dates';
import { type EventTable, idAt } from '../../data/event-table';
import type { EventRecord } from '../../data/events';
import { textAt } from '../../data/text-column';
import type { DateOutliers, DateRange } from '../types';
import { rowOfId } from './fields';

const YEAR = 365.25;
/** Never nearer than this to the middle date: two years of events are not outliers of each other. */
const MIN_DISTANCE = 5 * YEAR;
/** Far means this many times the typical distance from the middle date (its median). */
const SPREAD_TIMES = 10;
const MIN_ROWS = 3;
const SHOWN = 3;

/**
 * The median distance of the days from the day in their middle, in O(n): walking out from the
 * middle of the sorted days, the nearer side is taken each step, so distances come in order.
 */
function medianDistance(days: readonly Day[], middle: number): number {
  const centre = days[middle] ?? 0;
  let [left, right] = [middle - 1, middle + 1];
  let distance = 0;
  for (let taken = 1; taken < Math.ceil(days.length / 2); taken++) {
    const l = left >= 0 ? centre - (days[left] ?? 0) : Number.POSITIVE_INFINITY;
    const r = right < days.length ? (days[right] ?? 0) - centre : Number.POSITIVE_INFINITY;
    distance = Math.min(l, r);
    if (l <= r) left--;
    else right++;
  }
  return distance;
}

/** The first index whose day is at least `day` (days sorted). */
function firstAtLeast(days: readonly Day[], day: number): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const n = (x: number) => x.toLocaleString('en');

/** Events sorted by day, as records or as a table's rows: what finding outliers reads of them. */
export type DatedRows = {
  count: number;
  day(i: number): Day;
  /** As written in the event, for the message. */
  date(i: number): string;
  /** Where the row is in its file ("row 7"): a MultiPoint's events are one feature. */
  where(i: number): string;
};

/** The outliers of events sorted by day; null when there are none. */
export function findDateOutliers(rows: DatedRows, noun: 'row' | 'feature'): DateOutliers | null {
  if (rows.count < MIN_ROWS) return null;
  const days = Array.from({ length: rows.count }, (_, i) => rows.day(i));
  const middle = days.length >> 1;
  const reach = Math.max(MIN_DISTANCE, SPREAD_TIMES * medianDistance(days, middle));
  const centre = days[middle] ?? 0;
  const [first, end] = [firstAtLeast(days, centre - reach), firstAtLeast(days, centre + reach + 1)];
  const farEvents = first + (days.length - end);
  if (farEvents === 0 || farEvents > Math.max(1, days.length / 4)) return null;
  const farRows = [...Array.from({ length: first }, (_, i) => i), ...range(end, days.length)];
  const far = new Map(farRows.map((i) => [rows.where(i), rows.date(i)]));
  const count = far.size;
  const keep = { from: toIsoDate(days[first] ?? 0), to: toIsoDate(days[end - 1] ?? 0) };
  const shown = [...far].slice(0, SHOWN).map(([row, date]) => `${row}: ${date}`);
  const more = count > SHOWN ? `, and ${n(count - SHOWN)} more` : '';
  const them = count === 1 ? `1 ${noun} is` : `${n(count)} ${noun}s are`;
  const span = `${rows.date(0).slice(0, 4)} to ${rows.date(rows.count - 1).slice(0, 4)}`;
  const text =
    `${them} dated far from the others, which lie between ${keep.from} and ${keep.to} ` +
    `(${shown.join('; ')}${more}): ${count === 1 ? 'it stretches' : 'they stretch'} the time slider from ${span}.`;
  return { count, noun, text, keep };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** A test of each event against the range to keep: null when within, else the reason it was dropped. */
export function outsideOf(keep: DateRange): (e: EventRecord) => string | null {
  const [from, to] = [parseIsoDate(keep.from), parseIsoDate(keep.to)];
  if (from === null || to === null) return () => null;
  return (e) =>
    e.day >= from && e.day <= to
      ? null
      : `dated ${e.date}, far from the file's other dates (${keep.from} to ${keep.to}): dropped at your word`;
}

/** The outliers of a file's events as a result's field: none, or `outliers`. */
export function outliersOf(table: EventTable, noun: 'row' | 'feature') {
  const found = findDateOutliers(
    {
      count: table.count,
      day: (i) => table.day[i] as Day,
      date: (i) => textAt(table.text.date, i),
      where: (i) => `${noun} ${rowOfId(idAt(table, i), table.set)}`,
    },
    noun,
  );
  return found ? { outliers: found } : {};
}

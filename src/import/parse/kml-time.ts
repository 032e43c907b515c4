// KML times (<TimeStamp><when>, <TimeSpan><begin>/<end>) as our calendar days. KML writes them
// as XML Schema dates: a year "2025", a month "2025-07", a day "2025-07-14", or a moment
// "2025-07-14T21:30:00+03:00". A moment is dropped to its day in UTC, by arithmetic on the
// written numbers alone, so the viewer's time zone never changes the day.
import { fromParts, parseIsoDate, toIsoDate } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { clipForMessage } from './dates';

const MS_PER_DAY = 86_400_000;

/** A written time as the days it may fall on, and how it was read when that is worth saying. */
export type KmlTime = { first: number; last: number; unit: 'year' | 'month' | 'day'; note?: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export const SHAPES_OF_TIME = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ';

/** Minutes east of UTC in "Z", "+03:00", "-0430"; null when out of range. */
function offsetMinutes(zone: string): number | null {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const [h, m] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
  return h > 14 || m > 59 ? null : sign * (h * 60 + m);
}

function readMoment(text: string): KmlTime | null {
  const m = MOMENT.exec(text);
  if (!m) return null;
  const day = parseIsoDate(m[1] as string);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (day === null || h > 24 || min > 59 || s > 60 || (h === 24 && min + s > 0)) return null;
  if (m[5] === undefined) {
    const note = `KML time ${text} has no time zone: dated by the day as written`;
    return { first: day, last: day, unit: 'day', note };
  }
  const offset = offsetMinutes(m[5]);
  if (offset === null) return null;
  const utc = Math.floor((day * MS_PER_DAY + ((h * 60 + min - offset) * 60 + s) * 1000) / MS_PER_DAY);
  const note = `KML time ${text} read as its day in UTC, ${toIsoDate(utc)} (the time of day dropped)`;
  return { first: utc, last: utc, unit: 'day', note };
}

/** A written KML time as its days; null when it is not one KML can hold. */
export function readKmlTime(written: string): KmlTime | null {
  const text = written.trim();
  const year = YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { first: fromParts(y, 1, 1), last: fromParts(y + 1, 1, 1) - 1, unit: 'year' };
  }
  const month = MONTH.exec(text);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return null;
    return { first: fromParts(y, m, 1), last: fromParts(y, m + 1, 1) - 1, unit: 'month' };
  }
  if (DAY.test(text)) {
    const day = parseIsoDate(text);
    return day === null ? null : { first: day, last: day, unit: 'day' };
  }
  return readMoment(text);
}

/** What a placemark says of its time, as the texts written (null where the element is absent). */
export type WrittenTime = { when: string | null; begin: string | null; end: string | null };

type When = Pick<EventRecord, 'date' | 'date_precision' | 'date_note' | 'end_date' | 'day' | 'end'>;

const unreadable = (element: string, text: string) =>
  `its <${element}> "${clipForMessage(text.trim(), 60)}" is not a time KML can hold (${SHAPES_OF_TIME})`;

// The years every importer keeps to: a typo such as 0205 would stretch the slider over millennia.
const [FIRST, LAST] = [fromParts(1900, 1, 1), fromParts(2101, 1, 1) - 1];

/** The time written in an element: its days, or the reason they cannot be used. */
function readIn(element: string, text: string): KmlTime | string {
  const t = readKmlTime(text);
  if (!t) return unreadable(element, text);
  if (t.first < FIRST || t.last > LAST)
    return `its <${element}> "${clipForMessage(text.trim(), 60)}" is not between 1900 and 2100`;
  return t;
}

/** The days from `first` to `last` as an event's date fields, with what was noted on the way. */
function fieldsOf(first: number, last: number, whole: KmlTime['unit'], notes: string[]): When {
  const date_note = notes.length > 0 ? { date_note: notes.join('; ') } : {};
  const date = toIsoDate(first);
  if (whole === 'month') return { date, date_precision: 'month', ...date_note, day: first, end: last };
  const span = last > first ? { end_date: toIsoDate(last) } : {};
  return { date, date_precision: 'day', ...date_note, ...span, day: first, end: last };
}

const yearNote = (t: KmlTime) =>
  `KML gives only the year ${toIsoDate(t.first).slice(0, 4)}: drawn over its days`;

/** The event's days from its TimeStamp or TimeSpan; null when it gives no time; else the reason. */
export function whenOfKml(w: WrittenTime): When | null | string {
  const given = (text: string | null) => (text !== null && text.trim() !== '' ? text : null);
  const [when, begin, end] = [given(w.when), given(w.begin), given(w.end)];
  if (when !== null) {
    const t = readIn('when', when);
    if (typeof t === 'string') return t;
    return fieldsOf(t.first, t.last, t.unit, t.unit === 'year' ? [yearNote(t)] : t.note ? [t.note] : []);
  }
  if (begin === null && end === null) return null;
  const from = begin === null ? null : readIn('begin', begin);
  const to = end === null ? null : readIn('end', end);
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  const [a, b] = [from ?? to, to ?? from] as [KmlTime, KmlTime];
  if (b.last < a.first) return `its TimeSpan ends (${end?.trim()}) before it begins (${begin?.trim()})`;
  const notes = [from?.note, to?.note].filter((n): n is string => n !== undefined);
  if (!from) notes.push('its TimeSpan has no begin: dated by its end');
  if (!to) notes.push('its TimeSpan has no end: dated by its begin');
  const oneMonth = a.unit === 'month' && b.unit === 'month' && a.first === b.first;
  if (!oneMonth && (a.unit === 'year' || b.unit === 'year'))
    notes.push('KML gives a year: drawn over its days');
  return fieldsOf(a.first, b.last, oneMonth ? 'month' : 'day', notes);
}

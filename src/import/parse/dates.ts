// Dates as people and tools write them in spreadsheets, read as calendar days. A date is taken
// as written: "2025-05-14T22:30:00Z" is 14 May, whatever the zone, because the writer meant that
// day and converting would move late-evening events to the next day for half the world.
import { type Day, fromParts, parts } from '../../data/dates';

/** How a date written as a number was read: said in the import's summary. */
export type NumericDate = 'excel-date' | 'unix-seconds' | 'unix-ms';
export type LooseDate = { day: Day; precision: 'day' | 'month'; read?: NumericDate };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// A time after the date is allowed but ignored: "T22:30", " 10:00:05.123+02:00", "T10:00Z".
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`, 'i');
const YM = /^(\d{4})[-/](\d{1,2})$/;
const D_MON_Y = /^(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const MON_D_Y = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const MON_Y = /^([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** 1–12 for a month's full or three-letter name in any case, else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)));
  return i + 1;
}

/** The day, or null when year-month-day is not on the calendar (30 February, month 13). */
function realDay(year: number, month: number, date: number): Day | null {
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const day = fromParts(year, month, date);
  const p = parts(day);
  return p.year === year && p.month === month && p.date === date ? day : null;
}

type Found = LooseDate | { error: string };

function checked(text: string, year: number, month: number, date: number, precision: LooseDate['precision']) {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `date "${text}" is not between ${MIN_YEAR} and ${MAX_YEAR}` };
  }
  const day = realDay(year, month, date);
  if (day === null) return { error: `date "${text}" is not a real calendar date` };
  return { day, precision };
}

/** Day/month/year with the month as digits: only when one reading is a real date. */
function slashed(text: string, a: number, b: number, year: number): Found {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `date "${text}" is not between ${MIN_YEAR} and ${MAX_YEAR}` };
  }
  const dayFirst = realDay(year, b, a);
  const monthFirst = realDay(year, a, b);
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) {
    return { error: `date "${text}" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD` };
  }
  const day = dayFirst ?? monthFirst;
  if (day === null) return { error: `date "${text}" is not a real calendar date` };
  return { day, precision: 'day' };
}

function named(
  text: string,
  monthName: string,
  date: number,
  year: number,
  precision: LooseDate['precision'],
) {
  const month = monthNumber(monthName);
  if (month === 0) return null;
  return checked(text, year, month, date, precision);
}

// Numbers that are dates as spreadsheets and programs write them, told apart by their length: an
// Excel day number has 5 digits from 1927 to 2173 (a time of day after its point), a Unix time
// 9 or 10 in seconds from 1973 to 2286, 12 or 13 in milliseconds. A 4-digit year is none of them.
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
const UNIX_SECONDS = /^\d{9,10}$/;
const UNIX_MS = /^\d{12,13}$/;
/** Excel's day 0, for every day number after 60 (its 29 February 1900, a day that never was). */
const EXCEL_DAY_ZERO = fromParts(1899, 12, 30);
const SECONDS_PER_DAY = 86_400;

function numeric(text: string, day: Day, read: NumericDate): Found {
  const { year } = parts(day);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `date "${text}", read as ${READ_AS[read]}, is not between ${MIN_YEAR} and ${MAX_YEAR}` };
  }
  return { day, precision: 'day', read };
}

const READ_AS: Record<NumericDate, string> = {
  'excel-date': 'an Excel day number',
  'unix-seconds': 'a Unix time in seconds',
  'unix-ms': 'a Unix time in milliseconds',
};

/** A date written as an Excel day number or a Unix time; null when it is not one. */
function byNumber(t: string): Found | null {
  const serial = EXCEL_SERIAL.exec(t);
  if (serial) return numeric(t, EXCEL_DAY_ZERO + Number(serial[1]), 'excel-date');
  if (UNIX_SECONDS.test(t)) return numeric(t, Math.floor(Number(t) / SECONDS_PER_DAY), 'unix-seconds');
  if (UNIX_MS.test(t)) return numeric(t, Math.floor(Number(t) / SECONDS_PER_DAY / 1000), 'unix-ms');
  return null;
}

/** Reads one written date; the error is a short reason to show next to the row. */
export function parseLooseDate(text: string): Found {
  const t = text.trim();
  if (t === '') return { error: 'date is empty' };
  let m = YMD.exec(t);
  if (m) return checked(t, Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  m = YM.exec(t);
  if (m) return checked(t, Number(m[1]), Number(m[2]), 1, 'month');
  m = SLASHED.exec(t);
  if (m) return slashed(t, Number(m[1]), Number(m[2]), Number(m[3]));
  return (
    byName(t) ??
    byNumber(t) ?? {
      error: `date "${clipForMessage(t)}" is not a date this importer can read: write it as YYYY-MM-DD`,
    }
  );
}

/** "14 May 2025", "May 14, 2025", "May 2025"; null when it is none of these. */
function byName(t: string): Found | null {
  let m = D_MON_Y.exec(t);
  if (m) return named(t, m[2] ?? '', Number(m[1]), Number(m[3]), 'day');
  m = MON_D_Y.exec(t);
  if (m) return named(t, m[1] ?? '', Number(m[2]), Number(m[3]), 'day');
  m = MON_Y.exec(t);
  if (m) return named(t, m[1] ?? '', 1, Number(m[2]), 'month');
  return null;
}

/** Long junk in a cell should not make a reason unreadable. */
export function clipForMessage(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

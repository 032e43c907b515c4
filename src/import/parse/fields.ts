// Small readers shared by the ACLED and the generic row parsers, so both give the same reasons
// for the same mistakes.
import { type DatePrecision, type Day, span, toIsoDate } from '../../data/dates';
import { type Axis, readWrittenCoordinate } from './coordinates';
import { clipForMessage, type NumericDate, parseLooseDate } from './dates';
import type { Notes } from './notes';
import type { Cells } from './row';

/**
 * Where the row came from: its import set and its row (or feature) number, counted from 1; and
 * where to note what was read in a way the file did not quite say (a decimal comma, an Excel date).
 */
export type RowContext = { set: string; rowNumber: number; notes?: Notes };

const LIMIT: Record<Axis, number> = { latitude: 90, longitude: 180 };

/** A lookup-table entry for text from a file: never an inherited member such as "constructor". */
export const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A cell's text, trimmed; '' when the row has no such column. */
export function cellOf(row: Cells, column: string | undefined): string {
  const value = column === undefined ? undefined : row.get(column);
  return typeof value === 'string' ? value.trim() : '';
}

/** Cuts text to at most `max` characters, marking the cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A coordinate already read as a number: null when fine, else the reason. */
export function checkCoordinate(value: number, axis: Axis, written = String(value)): string | null {
  if (!Number.isFinite(value)) return `${axis} "${clipForMessage(written)}" is not a number`;
  if (Math.abs(value) > LIMIT[axis]) return `${axis} ${clipForMessage(written)} is out of range`;
  return null;
}

/**
 * A coordinate written in a cell: the number, or the reason it cannot be used. One written with
 * a decimal comma or in degrees, minutes and seconds is noted for the summary.
 */
export function readCoordinate(text: string | undefined, axis: Axis, ctx?: RowContext): number | string {
  const t = (text ?? '').trim();
  if (t === '') return `${axis} is empty`;
  const read = readWrittenCoordinate(t, axis);
  if (typeof read === 'string') return read;
  const problem = checkCoordinate(read.value, axis, t);
  if (problem) return problem;
  if (read.style)
    ctx?.notes?.add(read.style, ctx.rowNumber, `“${clipForMessage(t)}” as ${+read.value.toFixed(6)}`);
  return read.value;
}

/** Reads both coordinates, latitude first, as a row gives them. */
export function readLatLon(
  lat: string | undefined,
  lon: string | undefined,
  ctx?: RowContext,
): [number, number] | string {
  const la = readCoordinate(lat, 'latitude', ctx);
  if (typeof la === 'string') return la;
  const lo = readCoordinate(lon, 'longitude', ctx);
  if (typeof lo === 'string') return lo;
  return [la, lo];
}

/** A written date read as parseLooseDate reads it; one written as a number is noted for the summary. */
export function readDate(text: string, ctx?: RowContext): ReturnType<typeof parseLooseDate> {
  const parsed = parseLooseDate(text);
  if ('read' in parsed && parsed.read) noteNumericDate(parsed.read, text, parsed.day, ctx);
  return parsed;
}

/** Notes for the summary that the row's date was written as a number and read as `day`. */
export function noteNumericDate(read: NumericDate, text: string, day: Day, ctx?: RowContext): void {
  ctx?.notes?.add(read, ctx.rowNumber, `${clipForMessage(text.trim())} as ${toIsoDate(day)}`);
}

/** "33.1234, 35.6789": a place name for rows that give none. */
export const coordinatesText = (lat: number, lon: number) => `${lat.toFixed(4)}, ${lon.toFixed(4)}`;

/** The date fields of an EventRecord for an event dated `day` at this precision. */
export function dateFields(day: Day, precision: DatePrecision) {
  return { date: toIsoDate(day), date_precision: precision, day, end: day + span(day, precision) - 1 };
}

/** The row's event id: unique within the set, and a slug when the set id is one. */
export const rowId = (ctx: RowContext) => `${ctx.set}-${ctx.rowNumber}`;

/** The row (or feature) number an event's id was made from (a MultiPoint's part after it). */
export const rowOfId = (id: string, set: string) => Number.parseInt(id.slice(set.length + 1), 10);

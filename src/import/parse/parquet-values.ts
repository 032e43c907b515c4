// Parquet values as the text of a cell, so that a Parquet row is read by the same readers as a
// CSV row. Dates and timestamps are turned into ISO text here, from the file's own integers (a
// TIMESTAMP is a BigInt count of ms, µs or ns since 1970 in UTC; a DATE a count of days), never
// through the viewer's time zone. Geometries (WKB) are decoded by hyparquet's own reader, each
// on its own, so one broken geometry costs its row and not the file.
import type { ParquetParsers } from 'hyparquet';
import { wkbToGeojson } from 'hyparquet/src/wkb.js';
import { toIsoDate } from '../../data/dates';

/** A geometry that could not be decoded: its row is rejected with this reason. */
export class BadGeometry {
  constructor(readonly reason: string) {}
}

// ±100 million days is far past any date a reader accepts (1900–2100), and within Date's range.
const MAX_DAYS = 100_000_000;
const SECONDS_PER_DAY = 86_400n;

/** A count of days since 1970-01-01 as YYYY-MM-DD; one out of any calendar's range as its count. */
export function dayText(days: number): string {
  if (!Number.isSafeInteger(days) || Math.abs(days) > MAX_DAYS) return `day ${days} after 1970-01-01`;
  return toIsoDate(days);
}

const pad = (n: bigint) => n.toString().padStart(2, '0');

/** A count of `perSecond` units since 1970 in UTC as an ISO instant ("2025-05-14T21:30:00Z"). */
export function instantText(value: bigint | number, perSecond: bigint): string {
  const v = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  const perDay = perSecond * SECONDS_PER_DAY;
  // BigInt division rounds toward zero: a moment before 1970 belongs to the day before.
  let days = v / perDay;
  let rest = v % perDay;
  if (rest < 0n) {
    days -= 1n;
    rest += perDay;
  }
  if (days > BigInt(MAX_DAYS) || days < -BigInt(MAX_DAYS)) return `${v} (a timestamp far out of range)`;
  const seconds = rest / perSecond;
  const time = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  return `${toIsoDate(Number(days))}T${time}Z`;
}

const decoder = new TextDecoder();

/** A WKB geometry as GeoJSON, or why it could not be read. */
export function geometryOf(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined || bytes === null) return null;
  try {
    return wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  } catch (e) {
    return new BadGeometry(`its geometry (WKB) could not be read: ${(e as Error)?.message ?? e}`);
  }
}

/** hyparquet's conversions, replaced where they would go through Date or could throw. */
export const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => instantText(v, 1_000n),
  timestampFromMicroseconds: (v) => instantText(v, 1_000_000n),
  timestampFromNanoseconds: (v) => instantText(v, 1_000_000_000n),
  dateFromDays: (days) => dayText(days),
  // JSON is kept as its text: a cell shows it as it was written, and bad JSON breaks nothing.
  jsonFromBytes: (bytes) => decoder.decode(bytes),
  geometryFromBytes: geometryOf,
  geographyFromBytes: geometryOf,
};

const bigintAsText = (_key: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);

/** Any value hyparquet gives (with PARSERS) as the text a CSV cell would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (value instanceof Uint8Array) return `(${value.length} bytes)`;
  try {
    return JSON.stringify(value, bigintAsText) ?? '';
  } catch {
    return '';
  }
}

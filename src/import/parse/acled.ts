// ACLED's CSV export (acleddata.com) read into event records. Its columns are documented in the
// ACLED codebook; the ones used here are listed in REQUIRED and read in acledRow.
import { type DatePrecision, fromParts, parts, weekStart } from '../../data/dates';
import type { EventRecord, GeoPrecision } from '../../data/events';
import type { Kind } from '../../data/kinds';
import {
  cellOf,
  clip,
  coordinatesText,
  dateFields,
  own,
  type RowContext,
  readDate,
  readLatLon,
  rowId,
} from './fields';
import type { Cells } from './row';

const REQUIRED = ['event_date', 'latitude', 'longitude', 'event_type'];

/** A header name as acledRow reads it: ACLED's names, whatever case the file wrote them in. */
const acledName = (column: string) => column.trim().toLowerCase();

/** True when the header has the columns an ACLED export always has, in any case. */
export function isAcled(columns: readonly string[]): boolean {
  const have = new Set(columns.map(acledName));
  return REQUIRED.every((c) => have.has(c));
}

const DELIMITERS = [',', ';', '\t', '|'];
const FIRST_LINE = /^[^\r\n]*\S[^\r\n]*/m;
const unquote = (name: string) => name.trim().replace(/^"(.*)"$/, '$1');

/**
 * The delimiter that splits the file's first line into an ACLED header, if one does. It is taken
 * from the header because ACLED's own cells hold "; " lists (sources, associated actors), which
 * can make a guess from the first rows take the file for semicolon-separated.
 */
export function acledDelimiter(text: string): string | undefined {
  // A byte-order mark needs no care: trim() takes it off the first name.
  const line = FIRST_LINE.exec(text)?.[0] ?? '';
  return DELIMITERS.find((d) => isAcled(line.split(d).map(unquote)));
}

const KIND_BY_EVENT_TYPE: Record<string, Kind> = {
  battles: 'clash',
  'explosions/remote violence': 'strike',
  'violence against civilians': 'violence',
  protests: 'protest',
  riots: 'protest',
  'protests and riots': 'protest',
};

const KIND_BY_STRATEGIC_SUB_TYPE: Record<string, Kind> = {
  agreement: 'agreement',
  'headquarters or base established': 'deployment',
  'non-violent transfer of territory': 'deployment',
};

/** Our kind for ACLED's event type (and, for strategic developments, its sub-type). */
export function acledKind(eventType: string, subEventType = ''): Kind | undefined {
  const type = eventType.trim().toLowerCase();
  if (type === 'strategic developments') {
    return own(KIND_BY_STRATEGIC_SUB_TYPE, subEventType.trim().toLowerCase()) ?? 'other';
  }
  return own(KIND_BY_EVENT_TYPE, type);
}

const TIME_PRECISION: Record<string, DatePrecision> = { '': 'day', '1': 'day', '2': 'week', '3': 'month' };

// ACLED gives only a centroid for geo_precision 3 (a region), never its outline or size. Such
// rows are drawn as points, with the detail card saying only the area is known: a circle of an
// invented size would claim more than ACLED does, and thousands of big ground circles (a real
// export has many) cost seconds a frame in software rendering (measured: bench/import.mjs).
const REGION_RADIUS_KM = 0;
const GEO_PRECISION: Record<string, { geo: GeoPrecision; radiusKm: number }> = {
  '': { geo: 'town', radiusKm: 0 },
  '1': { geo: 'town', radiusKm: 0 },
  '2': { geo: 'near', radiusKm: 0 },
  '3': { geo: 'region', radiusKm: REGION_RADIUS_KM },
};

const FATALITIES = /^\d{1,9}$/;

/** The date fields, or the reason the row's date cannot be used. */
function acledDate(get: (name: string) => string, ctx: RowContext) {
  const precisionText = get('time_precision');
  const given = own(TIME_PRECISION, precisionText);
  if (!given) return `time_precision "${clip(precisionText, 40)}" is not 1, 2 or 3`;
  const written = get('event_date');
  const parsed = readDate(written, ctx);
  if ('error' in parsed) return parsed.error.replace(/^date/, 'event_date');
  // A date written as a month ("2025-05") is only known to the month, whatever time_precision says.
  const precision = parsed.precision === 'month' ? 'month' : given;
  if (precision === 'day') return dateFields(parsed.day, 'day');
  const { year, month } = parts(parsed.day);
  const day = precision === 'week' ? weekStart(parsed.day) : fromParts(year, month, 1);
  const note = `ACLED event_date ${written}, time_precision ${precisionText || '1'} (${given})`;
  return { ...dateFields(day, precision), date_note: note };
}

const splitList = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function actors(get: (name: string) => string): string[] {
  const all = [
    get('actor1'),
    ...splitList(get('assoc_actor_1')),
    get('actor2'),
    ...splitList(get('assoc_actor_2')),
  ];
  return [...new Set(all.filter(Boolean))];
}

/** Reads a column by its lower-case name, whatever case the file's header used. */
function reader(row: Cells): (name: string) => string {
  if (row.get('event_date') !== undefined) return (name) => cellOf(row, name);
  const lower = new Map([...row.entries()].map(([k, v]) => [acledName(k), v]));
  return (name) => cellOf(lower, name);
}

/** One ACLED row as an event, or the reason it was left out. */
export function acledRow(row: Cells, ctx: RowContext): EventRecord | string {
  const get = reader(row);
  const coords = readLatLon(get('latitude'), get('longitude'), ctx);
  if (typeof coords === 'string') return coords;
  const [lat, lon] = coords;
  const dated = acledDate(get, ctx);
  if (typeof dated === 'string') return dated;
  const geoText = get('geo_precision');
  const geo = own(GEO_PRECISION, geoText);
  if (!geo) return `geo_precision "${clip(geoText, 40)}" is not 1, 2 or 3`;
  const eventType = get('event_type');
  const subEventType = get('sub_event_type');
  const location = get('location');
  const admin1 = get('admin1');
  const place = [location, admin1].filter(Boolean).join(', ') || get('country') || coordinatesText(lat, lon);
  const what = subEventType || eventType || 'Event';
  const fatalities = get('fatalities');
  const sourceId = get('event_id_cnty');
  return {
    id: rowId(ctx),
    set: ctx.set,
    kind: acledKind(eventType, subEventType) ?? 'other',
    title: clip(`${what} in ${location || place}`, 200),
    summary: get('notes'),
    actors: actors(get),
    ...dated,
    place,
    geo_precision: geo.geo,
    radiusKm: geo.radiusKm,
    sources: splitList(get('source')).map((outlet) => ({ outlet })),
    ...(FATALITIES.test(fatalities) ? { fatalities: Number(fatalities) } : {}),
    ...(sourceId ? { source_id: sourceId } : {}),
    ...(eventType ? { event_type: eventType } : {}),
    ...(subEventType ? { sub_event_type: subEventType } : {}),
    ...(admin1 ? { admin1 } : {}),
    lon,
    lat,
  };
}

// One row of an ACLED export as an event record. Its columns are read once each, by ACLED's
// names in any case, and what repeats from row to row (dates in acled-date.ts, outlets) is worked
// out once per distinct text: at a million rows this is most of an import's time.
import type { EventRecord, GeoPrecision } from '../../data/events';
import { acledKind, acledName } from './acled';
import { acledDate } from './acled-date';
import { cellOf, clip, coordinatesText, own, type RowContext, readLatLon, rowId } from './fields';
import { memoText } from './memo';
import { type Cells, CsvRow, placesOf } from './row';

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

const splitList = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The outlets of a `source` cell; shared by the rows that name the same ones, never changed. */
const sourcesOf = memoText((text: string) => splitList(text).map((outlet) => ({ outlet })));

function actors(c: AcledCells): string[] {
  // Plain reads, not destructured literals: at a million rows every allocation here shows.
  const first = c.actor1;
  const second = c.actor2;
  const assocFirst = c.assoc_actor_1;
  const assocSecond = c.assoc_actor_2;
  // Most rows: two actors and no associated ones.
  if (assocFirst === '' && assocSecond === '') {
    if (first === '' || first === second) return second === '' ? [] : [second];
    return second === '' ? [first] : [first, second];
  }
  const all = [first, ...splitList(assocFirst), second, ...splitList(assocSecond)];
  return [...new Set(all.filter(Boolean))];
}

/** The columns acledRow reads, by ACLED's names. */
const COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'admin1',
  'location',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'event_id_cnty',
] as const;
/** A row's cells by ACLED's names, trimmed ('' where the file has no such column). */
type AcledCells = Record<(typeof COLUMNS)[number], string>;

/** Each header's place for every column in COLUMNS (-1 when missing), matched in any case. */
/** Reads every column once, into an object of one shape: a CSV row by its header's places. */
function cellsOf(row: Cells): AcledCells {
  let at: (k: number) => string;
  if (row instanceof CsvRow) {
    const places = placesOf(row.header, COLUMNS);
    const cells = row.cells;
    at = (k) => {
      const value = cells[places[k] as number];
      return typeof value === 'string' ? value.trim() : '';
    };
  } else {
    const lower = new Map([...row.entries()].map(([name, value]) => [acledName(name), value]));
    at = (k) => cellOf(lower, COLUMNS[k]);
  }
  // Written out, not a loop: an object literal has its one shape from the start.
  return {
    event_date: at(0),
    time_precision: at(1),
    event_type: at(2),
    sub_event_type: at(3),
    actor1: at(4),
    assoc_actor_1: at(5),
    actor2: at(6),
    assoc_actor_2: at(7),
    admin1: at(8),
    location: at(9),
    country: at(10),
    latitude: at(11),
    longitude: at(12),
    geo_precision: at(13),
    source: at(14),
    notes: at(15),
    fatalities: at(16),
    event_id_cnty: at(17),
  };
}

const placeOf = (location: string, admin1: string) =>
  location && admin1 ? `${location}, ${admin1}` : location || admin1;

/** The fields an ACLED row may lack, added only when it has them, always in this order. */
function addOptional(e: EventRecord, c: AcledCells, note: string | undefined): EventRecord {
  if (FATALITIES.test(c.fatalities)) e.fatalities = Number(c.fatalities);
  if (c.event_id_cnty) e.source_id = c.event_id_cnty;
  if (c.event_type) e.event_type = c.event_type;
  if (c.sub_event_type) e.sub_event_type = c.sub_event_type;
  if (c.admin1) e.admin1 = c.admin1;
  if (note !== undefined) e.date_note = note;
  return e;
}

/**
 * One ACLED row as an event, or the reason it was left out. The record is built in one order,
 * its optional fields added last: at a million rows, records of a few shapes are built and read
 * (by the table) several times faster than records made by spreading parts of varying shape.
 */
export function acledRow(row: Cells, ctx: RowContext): EventRecord | string {
  const c = cellsOf(row);
  const coords = readLatLon(c.latitude, c.longitude, ctx);
  if (typeof coords === 'string') return coords;
  const [lat, lon] = coords;
  const dated = acledDate(c.time_precision, c.event_date, ctx);
  if (typeof dated === 'string') return dated;
  const geoText = c.geo_precision;
  const geo = own(GEO_PRECISION, geoText);
  if (!geo) return `geo_precision "${clip(geoText, 40)}" is not 1, 2 or 3`;
  const eventType = c.event_type;
  const subEventType = c.sub_event_type;
  const location = c.location;
  const place = placeOf(location, c.admin1) || c.country || coordinatesText(lat, lon);
  const what = subEventType || eventType || 'Event';
  const event: EventRecord = {
    id: rowId(ctx),
    set: ctx.set,
    kind: acledKind(eventType, subEventType) ?? 'other',
    title: clip(`${what} in ${location || place}`, 200),
    summary: c.notes,
    actors: actors(c),
    date: dated.date,
    date_precision: dated.date_precision,
    place,
    geo_precision: geo.geo,
    radiusKm: geo.radiusKm,
    sources: sourcesOf(c.source),
    day: dated.day,
    end: dated.end,
    lon,
    lat,
  };
  return addOptional(event, c, dated.date_note);
}

// Files that are not ACLED's: which column holds what, guessed from the header, and one row read
// through that mapping. Used for generic CSV rows and for GeoJSON point properties alike.
import type { EventRecord } from '../../data/events';
import { isKind, KIND_INFO, KINDS, type Kind } from '../../data/kinds';
import type { ColumnMapping, NeedsMapping } from '../types';
import { acledKind } from './acled';
import {
  cellOf,
  checkCoordinate,
  clip,
  coordinatesText,
  dateFields,
  type RowContext,
  readDate,
  readLatLon,
  rowId,
} from './fields';
import type { Cells } from './row';

export type MappingFormat = 'csv' | 'geojson';
type Field = keyof ColumnMapping;

/** Names each field goes by, best first; names in one inner list are equally good. */
const NAMES: Record<Field, string[][]> = {
  lat: [['latitude', 'lat'], ['y']],
  lon: [['longitude', 'lon', 'lng', 'long'], ['x']],
  // A bare "time" may hold only a time of day, and a "timestamp" is often when the row was
  // written rather than when the event happened: both only when nothing says "date".
  date: [['date', 'eventdate'], ['datetime', 'startdate', 'day'], ['time'], ['timestamp']],
  title: [['title', 'name', 'headline', 'event']],
  kind: [['kind', 'type', 'eventtype', 'category']],
  place: [['place', 'location', 'city', 'town', 'locality']],
  notes: [['notes', 'description', 'summary', 'details', 'text']],
  id: [['id', 'eventid', 'uid']],
};

/** The fields a mapping must name before rows can be read. */
export const REQUIRED: Record<MappingFormat, Field[]> = { csv: ['lat', 'lon', 'date'], geojson: ['date'] };

const FIELDS = Object.keys(NAMES) as Field[];

const normal = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');

/** The columns that are the best candidates for a field (several when they tie). */
function candidates(columns: string[], field: Field): string[] {
  for (const tier of NAMES[field]) {
    const found = columns.filter((c) => tier.includes(normal(c)));
    if (found.length > 0) return found;
  }
  return [];
}

/** A first guess at the mapping, and whether it is sure enough to import without asking. */
export function guessMapping(columns: string[], format: MappingFormat) {
  const mapping: ColumnMapping = {};
  const required = REQUIRED[format];
  let confident = true;
  for (const field of FIELDS) {
    const found = candidates(columns, field);
    if (found[0] !== undefined) mapping[field] = found[0];
    if (required.includes(field) && found.length !== 1) confident = false;
  }
  return { mapping, confident, required };
}

/** True when the mapping names every required field and only columns the file has. */
export function mappingFits(mapping: ColumnMapping, columns: string[], format: MappingFormat): boolean {
  const have = new Set(columns);
  const named = Object.values(mapping).filter((c): c is string => typeof c === 'string' && c !== '');
  return REQUIRED[format].every((f) => mapping[f]) && named.every((c) => have.has(c));
}

/** The question for the user: which columns hold what, with the given mapping (or a guess) preselected. */
export function askForMapping(
  format: MappingFormat,
  columns: string[],
  given: ColumnMapping | undefined,
  sample: ReadonlyMap<string, string>[],
): NeedsMapping {
  const guess = guessMapping(columns, format);
  const have = new Set(columns);
  // Keep what the user already chose where those columns still exist.
  const kept = FIELDS.flatMap((f) => {
    const column = given?.[f];
    return typeof column === 'string' && have.has(column) ? [[f, column] as const] : [];
  });
  return {
    format,
    columns,
    guess: { ...guess.mapping, ...Object.fromEntries(kept) },
    required: guess.required,
    sample,
  };
}

/** The kind a cell names: one of ours by id, label or plural, or an ACLED event type. */
export function kindFromText(text: string): Kind {
  const t = text.trim().toLowerCase();
  if (isKind(t)) return t;
  const ours = KINDS.find(
    (k) => KIND_INFO[k].label.toLowerCase() === t || KIND_INFO[k].plural.toLowerCase() === t,
  );
  return ours ?? acledKind(t) ?? 'other';
}

const MAX_TITLE = 200;
const MAX_EXTRA = 8;
const MAX_EXTRA_VALUE = 500;

/** Up to MAX_EXTRA unmapped, non-empty columns, shown on the detail card as they are. */
function extraColumns(row: Cells, mapping: ColumnMapping): [string, string][] {
  const used = new Set(Object.values(mapping));
  const out: [string, string][] = [];
  for (const [name, value] of row.entries()) {
    if (out.length >= MAX_EXTRA) break;
    const v = typeof value === 'string' ? value.trim() : '';
    if (v !== '' && !used.has(name)) out.push([name, clip(v, MAX_EXTRA_VALUE)]);
  }
  return out;
}

/** The coordinates: from the geometry when given (GeoJSON), else from the mapped columns. */
function position(row: Cells, mapping: ColumnMapping, ctx: RowContext, coords?: [number, number]) {
  if (!coords) {
    if (!mapping.lat || !mapping.lon) return 'no latitude and longitude columns were chosen';
    return readLatLon(cellOf(row, mapping.lat), cellOf(row, mapping.lon), ctx);
  }
  const [lon, lat] = coords;
  return (
    checkCoordinate(lat, 'latitude') ?? checkCoordinate(lon, 'longitude') ?? ([lat, lon] as [number, number])
  );
}

/**
 * One row (or GeoJSON point's properties, with its `coords` as [lon, lat]) as an event, or the
 * reason it was left out.
 */
export function genericRow(
  row: Cells,
  mapping: ColumnMapping,
  ctx: RowContext,
  coords?: [number, number],
): EventRecord | string {
  const cell = (field: Field) => cellOf(row, mapping[field]);
  const at = position(row, mapping, ctx, coords);
  if (typeof at === 'string') return at;
  const [lat, lon] = at;
  if (!mapping.date) return 'no date column was chosen';
  const parsed = readDate(cell('date'), ctx);
  if ('error' in parsed) return parsed.error;
  const kind = kindFromText(cell('kind'));
  const placeCell = cell('place');
  const noun = coords ? 'Feature' : 'Row';
  const title =
    cell('title') || (placeCell ? `${KIND_INFO[kind].label} at ${placeCell}` : `${noun} ${ctx.rowNumber}`);
  const extra = extraColumns(row, mapping);
  const sourceId = cell('id');
  return {
    id: rowId(ctx),
    set: ctx.set,
    kind,
    title: clip(title, MAX_TITLE),
    summary: cell('notes'),
    actors: [],
    ...dateFields(parsed.day, parsed.precision),
    place: placeCell || coordinatesText(lat, lon),
    geo_precision: 'exact',
    radiusKm: 0,
    sources: [],
    ...(sourceId ? { source_id: sourceId } : {}),
    ...(extra.length > 0 ? { extra } : {}),
    lon,
    lat,
  };
}

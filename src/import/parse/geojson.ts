// A GeoJSON file: point features become events (their properties read through a column mapping,
// as a CSV row is), a MultiPoint one event at each of its points, and every other geometry an
// area drawn on the import's layer.
import type { AreaFeature } from '../../data/areas';
import type { EventRecord } from '../../data/events';
import { tableBuilder } from '../../data/table-builder';
import type { ColumnMapping, ImportResult, NeedsMapping, RowError } from '../types';
import { askForMapping, genericRow, guessMapping, mappingFits } from './columns';
import type { CsvOptions } from './csv';
import { clipForMessage } from './dates';
import { clip, type RowContext } from './fields';
import { featuresOf } from './geojson-root';
import { checkGeometry } from './geometry';
import type { Fatal } from './importer';
import { createNotes, type Notes } from './notes';
import { outliersOf, outsideOf } from './outliers';
import { readPreamble } from './preamble';
import { createSwapCensus, swapText } from './region';

// Properties are kept in a Map: their names come from the file ("__proto__", "constructor").
// `positions` has one [lon, lat] for a Point, any number for a MultiPoint (`multi`).
type Point = {
  index: number;
  props: Map<string, string>;
  positions: [number, number][];
  multi: boolean;
  raw: unknown;
};
type Sorted = { points: Point[]; areas: AreaFeature[]; errors: { index: number; error: RowError }[] };

const NO_PROPERTIES =
  'it has no properties, so no date: give it a "date" property (YYYY-MM-DD) and import it again';
const SAMPLE_ROWS = 5;
const SAMPLE_CELL = 200;

/** A property as the text a CSV cell would hold. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One feature as a point to read, an area to draw, or the reason it is neither. */
function classify(raw: unknown, index: number): Point | AreaFeature | string {
  if (!isObject(raw) || raw.type !== 'Feature') return 'it is not a GeoJSON Feature';
  const problem = checkGeometry(raw.geometry);
  if (problem) return problem;
  const geometry = raw.geometry as { type: string; coordinates?: unknown; geometries?: unknown };
  const properties = isObject(raw.properties) ? raw.properties : {};
  const { type, coordinates, geometries } = geometry;
  if (type !== 'Point' && type !== 'MultiPoint') {
    const shape = type === 'GeometryCollection' ? { type, geometries } : { type, coordinates };
    return { type: 'Feature', geometry: shape, properties };
  }
  const multi = type === 'MultiPoint';
  // checkGeometry has made sure these are [lon, lat, …] positions on the globe.
  const given = (multi ? coordinates : [coordinates]) as number[][];
  if (given.length === 0) return 'its MultiPoint has no points';
  const positions = given.map(([lon, lat]) => [lon, lat] as [number, number]);
  const props = new Map(Object.entries(properties).map(([k, v]) => [k, asText(v)]));
  return { index, props, positions, multi, raw };
}

/**
 * A point's event, or a MultiPoint's events: one at each point, with the feature's date and
 * properties, numbered after the feature's id ("<id>-1", "<id>-2") so each is its own and
 * stays the same when the file is read again. Or the reason there is none.
 */
function eventsOf(p: Point, mapping: ColumnMapping, ctx: RowContext): EventRecord[] | string {
  if (p.props.size === 0) return NO_PROPERTIES;
  const events: EventRecord[] = [];
  for (const [i, position] of p.positions.entries()) {
    const e = genericRow(p.props, mapping, ctx, position);
    // The properties are the same at every point, and the positions were checked: one reason
    // stands for the whole feature.
    if (typeof e === 'string') return e;
    events.push(p.multi ? { ...e, id: `${e.id}-${i + 1}` } : e);
  }
  return events;
}

/** Splits features into points, areas and rejected ones, remembering each one's place in the file. */
function sortFeatures(features: unknown[]): Sorted {
  const out: Sorted = { points: [], areas: [], errors: [] };
  for (const [index, raw] of features.entries()) {
    const found = classify(raw, index);
    if (typeof found === 'string') {
      out.errors.push({ index, error: { where: `feature ${index + 1}`, reason: found, raw } });
    } else if ('props' in found) out.points.push(found);
    else out.areas.push(found);
  }
  return out;
}

/** Property names over all points, in the order they first appear. */
function propertyNames(points: Point[]): string[] {
  const names = new Set<string>();
  for (const p of points) for (const k of p.props.keys()) names.add(k);
  return [...names];
}

/** The mapping to read points with, or the question to ask when there is no sure one. */
function mappingFor(points: Point[], columns: string[], given?: ColumnMapping): ColumnMapping | NeedsMapping {
  const ask = () => {
    const sample = points
      .slice(0, SAMPLE_ROWS)
      .map((p) => new Map([...p.props].map(([k, v]) => [k, clip(v, SAMPLE_CELL)])));
    return askForMapping('geojson', columns, given, sample);
  };
  // No point has a property to pick as its date: asking would offer nothing to choose from.
  if (columns.length === 0) return {};
  if (given) return mappingFits(given, columns, 'geojson') ? given : ask();
  const guess = guessMapping(columns, 'geojson');
  return guess.confident ? guess.mapping : ask();
}

/** The file's JSON, past any byte-order mark and "#" comment lines (noted); a fatal if it is not JSON. */
function readJson(text: string, notes: Notes): { json: unknown } | Fatal {
  const preamble = readPreamble(text);
  for (const note of preamble.notes) notes.say(note);
  try {
    return { json: JSON.parse(text.slice(preamble.length)) as unknown };
  } catch (e) {
    return {
      fatal: `the file is not valid JSON: ${clipForMessage(String((e as Error)?.message ?? e), 120)}`,
    };
  }
}

const SWAP_FIX =
  'GeoJSON writes each point as [longitude, latitude]: if the file writes [latitude, longitude], swap them and import it again.';

/** The points' events, their rejected features added to `errors`; a swap said in `notes`. */
function readPoints(
  points: Point[],
  mapping: ColumnMapping,
  opts: CsvOptions,
  notes: Notes,
  errors: Sorted['errors'],
) {
  const table = tableBuilder(opts.set);
  const census = createSwapCensus('feature');
  const outside = opts.datesWithin ? outsideOf(opts.datesWithin) : () => null;
  for (const p of points) {
    const read = eventsOf(p, mapping, { set: opts.set, rowNumber: p.index + 1, notes });
    // A MultiPoint's events share its date: the first one speaks for them all.
    const result = typeof read === 'string' || read[0] === undefined ? read : (outside(read[0]) ?? read);
    if (typeof result === 'string') {
      errors.push({ index: p.index, error: { where: `feature ${p.index + 1}`, reason: result, raw: p.raw } });
      continue;
    }
    for (const e of result) table.add(e);
    for (const e of result) census.add(e.lat, e.lon, p.index + 1);
  }
  const hint = census.hint();
  if (hint) notes.say(swapText(hint, SWAP_FIX));
  return table.finish('by-day');
}

export function parseGeoJsonText(text: string, opts: CsvOptions): ImportResult | NeedsMapping | Fatal {
  const notes = createNotes('feature');
  const read = readJson(text, notes);
  if ('fatal' in read) return read;
  const features = featuresOf(read.json, notes);
  if ('fatal' in features) return features;
  if (features.length === 0) return { fatal: 'the file has no features' };
  const { points, areas, errors } = sortFeatures(features);
  const columns = propertyNames(points);
  const mapping = points.length > 0 ? mappingFor(points, columns, opts.mapping) : {};
  if ('sample' in mapping) return mapping;
  const table = readPoints(points, mapping, opts, notes, errors);
  errors.sort((a, b) => a.index - b.index);
  const rejected = errors.map((e) => e.error);
  const outliers = outliersOf(table, 'feature');
  return { format: 'geojson', table, areas, errors: rejected, columns, notes: notes.texts(), ...outliers };
}

// A GeoParquet file's rows: a row whose geometry is a point becomes an event (a MultiPoint one at
// each of its points), its other columns read as a GeoJSON feature's properties are, through a
// mapping that needs only the date; a row with any other geometry is drawn as a static area.
import type { AreaFeature } from '../../data/areas';
import type { EventRecord } from '../../data/events';
import { tableBuilder } from '../../data/table-builder';
import type { ColumnMapping, NeedsMapping, RowError } from '../types';
import { askForMapping, genericRow, guessMapping, mappingFits } from './columns';
import { reprojectGeometry } from './crs';
import type { CsvOptions } from './csv';
import { checkGeometry } from './geometry';
import { createNotes } from './notes';
import { outliersOf, outsideOf } from './outliers';
import { SAMPLE_ROWS, sampleRow } from './papa';
import type { GeometryColumn } from './parquet-schema';
import type { ParquetSink } from './parquet-sink';
import { BadGeometry, cellText } from './parquet-values';
import { createSwapCensus, swapText } from './region';

const SWAP_FIX =
  'GeoParquet writes each point as (longitude, latitude): if the file was written the other way round, swap them and import it again.';

type Geometry = AreaFeature['geometry'];

/** The row's geometry in longitude and latitude, checked, or the reason it cannot be drawn. */
function geometryOf(value: unknown, column: GeometryColumn): Geometry | string {
  if (value instanceof BadGeometry) return value.reason;
  if (value === null || value === undefined) return 'it has no geometry';
  if (column.crs === 'web-mercator') reprojectGeometry(value);
  return checkGeometry(value) ?? (value as Geometry);
}

/** The positions of a Point or MultiPoint as [lon, lat] pairs; null for any other geometry. */
function pointsOf(g: Geometry): [number, number][] | null {
  if (g.type === 'Point') return [(g.coordinates as number[]).slice(0, 2) as [number, number]];
  if (g.type !== 'MultiPoint') return null;
  return (g.coordinates as number[][]).map((p) => p.slice(0, 2) as [number, number]);
}

/**
 * The mapping to read point rows with, or the question to ask once a point is met (asked only
 * then: a file of areas alone needs no date).
 */
function mappingOf(names: string[], opts: CsvOptions): { mapping: ColumnMapping } | { unsure: NeedsMapping } {
  if (opts.mapping && mappingFits(opts.mapping, names, 'geojson')) return { mapping: opts.mapping };
  if (names.length === 0) return { mapping: {} };
  const guess = guessMapping(names, 'geojson');
  if (opts.mapping || !guess.confident) return { unsure: askForMapping('geojson', names, opts.mapping, []) };
  return { mapping: guess.mapping };
}

/** A rejected row as a record to download: its cells, and its geometry as GeoJSON text. */
function rawOf(
  props: Map<string, string>,
  geometryColumn: string,
  geometry: unknown,
): Record<string, string> {
  const raw: Record<string, string> = Object.create(null);
  for (const [k, v] of props) raw[k] = v;
  raw[geometryColumn] = geometry instanceof BadGeometry ? '' : cellText(geometry);
  return raw;
}

export function createGeoParquetSink(
  columns: string[],
  column: GeometryColumn,
  opts: CsvOptions,
): ParquetSink {
  const at = columns.indexOf(column.name);
  const names = columns.filter((_, i) => i !== at);
  const table = tableBuilder(opts.set);
  const [areas, errors] = [[] as AreaFeature[], [] as RowError[]];
  const notes = createNotes('row');
  const census = createSwapCensus('row');
  const outside = opts.datesWithin ? outsideOf(opts.datesWithin) : () => null;

  /** A point row's events (one per point, numbered after the row when several), or why none. */
  const eventsOf = (props: Map<string, string>, points: [number, number][], rowNumber: number) => {
    if (points.length === 0) return 'its MultiPoint has no points';
    const events: EventRecord[] = [];
    for (const [i, position] of points.entries()) {
      const e = genericRow(props, mapping, { set: opts.set, rowNumber, notes }, position);
      if (typeof e === 'string') return e;
      events.push(points.length > 1 ? { ...e, id: `${e.id}-${i + 1}` } : e);
    }
    return outside(events[0] as EventRecord) ?? events;
  };

  const reject = (props: Map<string, string>, geometry: unknown, rowNumber: number, reason: string) =>
    errors.push({ where: `row ${rowNumber}`, reason, raw: rawOf(props, column.name, geometry) });

  const chosen = mappingOf(names, opts);
  const mapping = 'unsure' in chosen ? {} : chosen.mapping;
  const unsure = 'unsure' in chosen ? chosen.unsure : null;
  const sampleOf = (values: readonly unknown[]) =>
    sampleRow(names, values.filter((_, i) => i !== at).map(cellText));

  return {
    start: () => null,
    sampleOf,
    row(values, rowNumber) {
      const props = new Map(names.map((name, i) => [name, cellText(values[i < at ? i : i + 1])]));
      const value = values[at];
      const geometry = geometryOf(value, column);
      if (typeof geometry === 'string') return reject(props, value, rowNumber, geometry);
      const points = pointsOf(geometry);
      if (!points) {
        areas.push({ type: 'Feature', geometry, properties: Object.fromEntries(props) });
        return;
      }
      if (unsure) {
        if (unsure.sample.length < SAMPLE_ROWS) unsure.sample.push(sampleOf(values));
        return;
      }
      const events = eventsOf(props, points, rowNumber);
      if (typeof events === 'string') return reject(props, value, rowNumber, events);
      for (const e of events) table.add(e);
      for (const e of events) census.add(e.lat, e.lon, rowNumber);
    },
    finish() {
      if (unsure && unsure.sample.length > 0) return unsure;
      const hint = census.hint();
      if (hint) notes.say(swapText(hint, SWAP_FIX));
      const events = table.finish('by-day');
      const outliers = outliersOf(events, 'row');
      return {
        format: 'geoparquet',
        table: events,
        areas,
        errors,
        columns,
        notes: notes.texts(),
        ...outliers,
      };
    },
  };
}

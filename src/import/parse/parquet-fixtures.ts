// Small Parquet files for the tests, written with hyparquet-writer: a GeoParquet file of WKB
// points and an area, a plain one with latitude, longitude and a TIMESTAMP column, and the
// pieces to write others (a DATE column, TIMESTAMPs in any unit, any codec). The browser test's
// copies in tests/fixtures/imports are these same bytes (parquet-fixtures.test.ts checks).
import type { SchemaElement } from 'hyparquet';
import { type ColumnSource, geojsonToWkb, parquetWriteBuffer } from 'hyparquet-writer';
import type { ImportResult, NeedsMapping } from '../types';
import { resultOf } from './fuzz-support';
import type { Fatal } from './importer';
import { readParquet } from './parquet';

type Options = Omit<Parameters<typeof parquetWriteBuffer>[0], 'columnData'>;

export const writeParquet = (columnData: ColumnSource[], options: Options = {}): Uint8Array =>
  new Uint8Array(parquetWriteBuffer({ columnData, ...options }));

export const wkb = (geometry: Parameters<typeof geojsonToWkb>[0]) => geojsonToWkb(geometry);

/** The schema of `columns`, each element as given: for DATE, a TIMESTAMP's unit and the like. */
export const schemaOf = (elements: SchemaElement[]): SchemaElement[] => [
  { name: 'root', num_children: elements.length },
  ...elements,
];

const MS_PER_DAY = 86_400_000;
/** Days since 1970 of a YYYY-MM-DD, the way Parquet's DATE stores it. */
export const daysOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** GeoParquet 1.1 file metadata naming a WKB geometry column. */
export const geoMetadata = (column: string, extra: Record<string, unknown> = {}) => ({
  key: 'geo',
  value: JSON.stringify({
    version: '1.1.0',
    primary_column: column,
    columns: { [column]: { encoding: 'WKB', geometry_types: [], ...extra } },
  }),
});

/**
 * Three dated points in southern Syria (one a MultiPoint of two), and one undated area: four
 * events on 13, 14 and 15 July 2025 and a static area.
 */
export function geoPointsFile(): Uint8Array {
  const geometries = [
    wkb({ type: 'Point', coordinates: [35.8245, 33.1256] }),
    wkb({ type: 'Point', coordinates: [36.5695, 32.7089] }),
    wkb({
      type: 'MultiPoint',
      coordinates: [
        [36.1, 32.62],
        [36.3, 32.8],
      ],
    }),
    wkb({
      type: 'Polygon',
      coordinates: [
        [
          [35.9, 32.9],
          [36.1, 32.9],
          [36.1, 33.1],
          [35.9, 32.9],
        ],
      ],
    }),
  ];
  const dates = ['2025-07-13', '2025-07-14', '2025-07-15', '2025-07-15'];
  return writeParquet(
    [
      {
        name: 'name',
        data: ['Shelling near Quneitra', 'Clashes in Sweida', 'Strikes in Daraa', 'Closed zone'],
      },
      { name: 'date', data: Int32Array.from(dates, daysOf) },
      { name: 'kind', data: ['strike', 'clash', 'strike', 'other'] },
      { name: 'geometry', data: geometries },
    ],
    {
      schema: schemaOf([
        { name: 'name', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'date', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' },
        { name: 'kind', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'geometry', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
      ]),
      kvMetadata: [geoMetadata('geometry')],
    },
  );
}

const US_PER_MS = 1000n;
/** A TIMESTAMP in microseconds of an ISO instant. */
export const micros = (iso: string) => BigInt(Date.parse(iso)) * US_PER_MS;

/**
 * Three rows with latitude, longitude and a TIMESTAMP (µs, UTC) column: 20 July 2025 late in the
 * evening UTC (the next day east of Greenwich, the day before nowhere), 21 July, 23 July.
 */
export function latLonTimestampFile(): Uint8Array {
  const times = ['2025-07-20T23:30:00Z', '2025-07-21T00:15:00Z', '2025-07-23T12:00:00Z'];
  return writeParquet(
    [
      {
        name: 'title',
        data: ['Drone over Khan Arnabah', 'Patrol near Jubata al-Khashab', 'Raid in Beit Jinn'],
      },
      { name: 'latitude', data: Float64Array.from([33.1862, 33.2239, 33.3097]) },
      { name: 'longitude', data: Float64Array.from([35.8911, 35.8469, 35.8753]) },
      { name: 'timestamp', data: BigInt64Array.from(times, micros) },
    ],
    {
      schema: schemaOf([
        { name: 'title', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
        { name: 'latitude', type: 'DOUBLE', repetition_type: 'REQUIRED' },
        { name: 'longitude', type: 'DOUBLE', repetition_type: 'REQUIRED' },
        {
          name: 'timestamp',
          type: 'INT64',
          logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' },
          repetition_type: 'REQUIRED',
        },
      ]),
    },
  );
}

type Outcome = ImportResult | NeedsMapping | Fatal;

/** Reads a file's bytes as the worker reads a picked file. */
export const read = (bytes: Uint8Array, opts: Parameters<typeof readParquet>[1] = { set: 'pq' }) =>
  readParquet(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    opts,
    () => {},
  );

/** The answer as a result: the test fails with the answer when it is not one. */
export function ok(r: Outcome): ImportResult {
  if (!('table' in r)) throw new Error(JSON.stringify(r));
  return r;
}
export const rows = (r: Outcome) => resultOf(r).events;
export const dates = (r: Outcome) => rows(r).map((e) => e.date);

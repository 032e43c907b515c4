import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { NeedsMapping } from '../types';
import { DAMAGED, readParquet } from './parquet';
import {
  dates,
  daysOf,
  latLonTimestampFile,
  ok,
  read,
  rows,
  schemaOf,
  writeParquet,
} from './parquet-fixtures';

const opts = { set: 'pq' };
const UCDP_CSV = new URL('../../../tests/fixtures/imports/ucdp-ged.csv', import.meta.url);

describe('Parquet with latitude and longitude', () => {
  it('is read as a CSV with those columns, a TIMESTAMP (µs) read as its day in UTC', async () => {
    const r = ok(await read(latLonTimestampFile()));
    expect(r.format).toBe('parquet');
    expect(rows(r).map((e) => [e.title, e.date, e.lat])).toEqual([
      ['Drone over Khan Arnabah', '2025-07-20', 33.1862],
      ['Patrol near Jubata al-Khashab', '2025-07-21', 33.2239],
      ['Raid in Beit Jinn', '2025-07-23', 33.3097],
    ]);
    expect(rows(r)[0]?.extra).toBeUndefined();
  });

  const withTime = (element: Record<string, unknown>, data: BigInt64Array | Int32Array | string[]) =>
    writeParquet(
      [
        { name: 'lat', data: Float64Array.from([33.1, 33.2]) },
        { name: 'lon', data: Float64Array.from([35.8, 35.9]) },
        { name: 'date', data },
      ],
      {
        schema: schemaOf([
          { name: 'lat', type: 'DOUBLE', repetition_type: 'REQUIRED' },
          { name: 'lon', type: 'DOUBLE', repetition_type: 'REQUIRED' },
          { name: 'date', repetition_type: 'REQUIRED', ...element },
        ]),
      },
    );
  const at = ['2025-07-20T23:59:59.999Z', '1969-12-31T23:00:00Z'];
  it.each([
    ['TIMESTAMP ms', 1n, 'MILLIS'],
    ['TIMESTAMP µs', 1000n, 'MICROS'],
    ['TIMESTAMP ns', 1_000_000n, 'NANOS'],
  ] as const)(
    'reads a %s column as UTC days, an hour before 1970 as 31 December 1969',
    async (_, per, unit) => {
      const file = withTime(
        { type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit } },
        BigInt64Array.from(at, (t) => BigInt(Date.parse(t)) * per),
      );
      expect(dates(await read(file))).toEqual(['1969-12-31', '2025-07-20']);
    },
  );

  it('reads legacy TIMESTAMP_MILLIS, DATE and dates written as strings', async () => {
    const legacy = withTime(
      { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
      BigInt64Array.from(at, (t) => BigInt(Date.parse(t))),
    );
    expect(dates(await read(legacy))).toEqual(['1969-12-31', '2025-07-20']);
    const date = withTime(
      { type: 'INT32', converted_type: 'DATE' },
      Int32Array.from(['2025-07-20', '2025-01-01'], daysOf),
    );
    expect(dates(await read(date))).toEqual(['2025-01-01', '2025-07-20']);
    const text = withTime({ type: 'BYTE_ARRAY', converted_type: 'UTF8' }, ['14 May 2025', '2025-05-15']);
    expect(dates(await read(text))).toEqual(['2025-05-14', '2025-05-15']);
  });

  it('recognises ACLED and UCDP column sets', async () => {
    const acled = writeParquet([
      { name: 'event_id_cnty', data: ['SYR1'] },
      { name: 'event_date', data: ['2025-05-14'] },
      { name: 'time_precision', data: Int32Array.from([1]) },
      { name: 'event_type', data: ['Explosions/Remote violence'] },
      { name: 'actor1', data: ['Military Forces of Israel (2022-)'] },
      { name: 'location', data: ['Khan Arnabah'] },
      { name: 'latitude', data: Float64Array.from([33.1862]) },
      { name: 'longitude', data: Float64Array.from([35.8911]) },
      { name: 'geo_precision', data: Int32Array.from([1]) },
      { name: 'source', data: ['SANA'] },
      { name: 'notes', data: ['An Israeli drone struck a car.'] },
      { name: 'fatalities', data: Int32Array.from([2]) },
    ]);
    const a = ok(await read(acled));
    expect(a.format).toBe('acled');
    expect(rows(a)[0]).toMatchObject({ kind: 'strike', date: '2025-05-14', place: 'Khan Arnabah' });
    // The browser test's GED rows, every column as text, as pandas saves a CSV read as strings.
    const [header = [], ...ged] = Papa.parse<string[]>(readFileSync(UCDP_CSV, 'utf8').trim()).data;
    const ucdp = writeParquet(header.map((name, i) => ({ name, data: ged.map((r) => r[i] ?? '') })));
    const u = ok(await read(ucdp));
    expect(u.format).toBe('ucdp');
    expect(rows(u).map((e) => [e.title, e.date, e.end - e.day + 1])).toEqual([
      ['Druze militias vs Bedouin militias', '2025-07-13', 1],
      ['Government of Syria vs Druze militias', '2025-07-14', 3],
      ['Government of Syria vs Civilians', '2025-07-16', 1],
      ['Druze militias vs Bedouin militias', '2025-08-01', 31],
    ]);
  });

  it('offers the column dialog when there is no geometry and no latitude or longitude, saying so', async () => {
    const file = writeParquet([
      { name: 'a', data: Float64Array.from([1, 2, 3, 4, 5, 6, 7]) },
      { name: 'b', data: ['x', 'y', 'z', 'w', 'v', 'u', 't'] },
    ]);
    const q = (await read(file)) as NeedsMapping;
    expect(q).toMatchObject({ format: 'csv', columns: ['a', 'b'], required: ['lat', 'lon', 'date'] });
    expect(q.problem).toMatch(/no geometry column, and no column is named as latitude or longitude/);
    expect(q.sample.map((s) => s.get('b'))).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('reads every row group, numbering rows from 1 across them', async () => {
    const n = 250;
    const file = writeParquet(
      [
        { name: 'lat', data: Float64Array.from({ length: n }, (_, i) => (i === 180 ? 95 : 33)) },
        { name: 'lon', data: Float64Array.from({ length: n }, () => 36) },
        { name: 'date', data: Array.from({ length: n }, () => '2025-07-01') },
      ],
      { rowGroupSize: 100 },
    );
    const fractions: number[] = [];
    const bytes = file.buffer as ArrayBuffer;
    const r = ok(await readParquet(bytes, opts, (f) => fractions.push(f)));
    expect(r.table.count).toBe(n - 1);
    expect(r.errors.map((e) => e.where)).toEqual(['row 181']);
    expect(fractions).toEqual([0.4, 0.8, 1]);
  });
});

describe('Parquet that cannot be read', () => {
  const plain = () =>
    writeParquet([
      { name: 'lat', data: Float64Array.from([33]) },
      { name: 'lon', data: Float64Array.from([36]) },
      { name: 'date', data: ['2025-07-01'] },
    ]);

  it('reads gzip, brotli and snappy columns', async () => {
    const columns = [
      { name: 'lat', data: Float64Array.from([33]) },
      { name: 'lon', data: Float64Array.from([36]) },
      { name: 'date', data: ['2025-07-01'] },
    ];
    const compressors = {
      GZIP: (b: Uint8Array) => gzipSync(b),
      BROTLI: (b: Uint8Array) => brotliCompressSync(b),
    };
    for (const codec of ['GZIP', 'BROTLI', 'SNAPPY', 'UNCOMPRESSED'] as const)
      expect(dates(await read(writeParquet(columns, { codec, compressors })))).toEqual(['2025-07-01']);
  });

  it('reads zstd columns (frames of raw blocks: Node 20 has no zstd compressor)', async () => {
    const zstdFrame = (b: Uint8Array) => {
      const header = [0x28, 0xb5, 0x2f, 0xfd, 0xa0]; // magic; one segment, 4-byte content size
      const size = [0, 8, 16, 24].map((shift) => (b.length >>> shift) & 0xff);
      const block = (b.length << 3) | 1; // the last block, raw
      return Uint8Array.from([...header, ...size, block & 0xff, (block >> 8) & 0xff, block >> 16, ...b]);
    };
    const columns = [
      { name: 'lat', data: Float64Array.from([33]) },
      { name: 'lon', data: Float64Array.from([36]) },
      { name: 'date', data: ['2025-07-01'] },
    ];
    const file = writeParquet(columns, { codec: 'ZSTD', compressors: { ZSTD: zstdFrame } });
    expect(dates(await read(file))).toEqual(['2025-07-01']);
  });

  it('names a compression codec it cannot read', async () => {
    const file = writeParquet(
      [
        { name: 'lat', data: Float64Array.from([33]) },
        { name: 'date', data: ['2025-07-01'] },
      ],
      { codec: 'LZO', compressors: { LZO: (b: Uint8Array) => b } },
    );
    expect(await read(file)).toEqual({
      fatal: expect.stringMatching(/^the Parquet file is compressed with LZO, which/),
    });
  });

  it('says a truncated or damaged file is so, in words', async () => {
    const file = plain();
    for (const cut of [
      file.subarray(0, 4),
      file.subarray(0, file.length - 10),
      file.subarray(0, file.length / 2),
    ])
      expect(await read(cut)).toEqual({ fatal: expect.stringContaining(DAMAGED) });
  });

  it('says a file of no rows has none', async () => {
    const file = writeParquet([{ name: 'lat', data: Float64Array.from([]) }]);
    expect(await read(file)).toEqual({ fatal: 'the file has no rows' });
  });
});

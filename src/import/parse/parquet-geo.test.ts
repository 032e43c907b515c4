// GeoParquet: its geometry column's points as events, its other shapes as areas (parquet-geo.ts).
import { describe, expect, it } from 'vitest';
import type { NeedsMapping } from '../types';
import { dates, geoMetadata, geoPointsFile, ok, read, rows, wkb, writeParquet } from './parquet-fixtures';

const opts = { set: 'pq' };

describe('GeoParquet', () => {
  it('makes WKB points events and other geometries static areas, the date column found by name', async () => {
    const r = ok(await read(geoPointsFile()));
    expect(r.format).toBe('geoparquet');
    const events = rows(r);
    expect(events.map((e) => [e.title, e.date, e.kind])).toEqual([
      ['Shelling near Quneitra', '2025-07-13', 'strike'],
      ['Clashes in Sweida', '2025-07-14', 'clash'],
      ['Strikes in Daraa', '2025-07-15', 'strike'],
      ['Strikes in Daraa', '2025-07-15', 'strike'],
    ]);
    expect(events.map((e) => e.id)).toEqual(['pq-1', 'pq-2', 'pq-3-1', 'pq-3-2']);
    expect([events[0]?.lon, events[0]?.lat]).toEqual([35.8245, 33.1256]);
    expect(r.areas).toHaveLength(1);
    expect(r.areas[0]?.geometry.type).toBe('Polygon');
    expect(r.areas[0]?.properties.name).toBe('Closed zone');
    expect(r.errors).toEqual([]);
  });

  it('rejects a row whose WKB is broken, by its number, and keeps the rest', async () => {
    const good = wkb({ type: 'Point', coordinates: [36, 33] });
    const file = writeParquet(
      [
        { name: 'date', data: ['2025-07-01', '2025-07-02', '2025-07-03'] },
        { name: 'geom', data: [good, good.subarray(0, 9), wkb({ type: 'Point', coordinates: [200, 33] })] },
      ],
      { kvMetadata: [geoMetadata('geom')] },
    );
    const r = ok(await read(file));
    expect(dates(r)).toEqual(['2025-07-01']);
    expect(r.errors.map((e) => e.where)).toEqual(['row 2', 'row 3']);
    expect(r.errors[0]?.reason).toMatch(/^its geometry \(WKB\) could not be read/);
    expect(r.errors[1]?.reason).toMatch(/longitude 200/);
    expect(r.columns).toEqual(['date', 'geom']);
  });

  it('converts Web Mercator metres and refuses another coordinate system by name', async () => {
    const geom = [wkb({ type: 'Point', coordinates: [3_990_000, 3_895_000] })];
    const crs = (code: number) => ({ crs: { id: { authority: 'EPSG', code } } });
    const mercator = writeParquet(
      [
        { name: 'date', data: ['2025-07-01'] },
        { name: 'g', data: geom },
      ],
      {
        kvMetadata: [geoMetadata('g', crs(3857))],
      },
    );
    const e = rows(await read(mercator))[0];
    expect(e?.lon).toBeCloseTo(35.842, 2);
    expect(e?.lat).toBeCloseTo(33.0, 1);
    const utm = writeParquet(
      [
        { name: 'date', data: ['2025-07-01'] },
        { name: 'g', data: geom },
      ],
      {
        kvMetadata: [geoMetadata('g', crs(32637))],
      },
    );
    expect(await read(utm)).toEqual({ fatal: expect.stringMatching(/coordinate system EPSG:32637/) });
  });

  it('asks for the date column when a point has none it can name, with sample rows', async () => {
    const file = writeParquet(
      [
        { name: 'when', data: ['2025-07-01', '2025-07-02'] },
        {
          name: 'geometry',
          data: [
            wkb({ type: 'Point', coordinates: [36, 33] }),
            wkb({ type: 'Point', coordinates: [36, 33] }),
          ],
        },
      ],
      { kvMetadata: [geoMetadata('geometry')] },
    );
    const q = (await read(file)) as NeedsMapping;
    expect(q).toMatchObject({ format: 'geojson', columns: ['when'], required: ['date'] });
    expect(q.sample.map((s) => s.get('when'))).toEqual(['2025-07-01', '2025-07-02']);
    expect(dates(await read(file, { ...opts, mapping: { date: 'when' } }))).toEqual([
      '2025-07-01',
      '2025-07-02',
    ]);
  });

  it('does not ask for a date when every geometry is an area', async () => {
    const area = wkb({
      type: 'LineString',
      coordinates: [
        [36, 33],
        [36.1, 33.1],
      ],
    });
    const file = writeParquet(
      [
        { name: 'label', data: ['road'] },
        { name: 'g', data: [area] },
      ],
      {
        kvMetadata: [geoMetadata('g')],
      },
    );
    const r = ok(await read(file));
    expect(r.areas.map((a) => a.geometry.type)).toEqual(['LineString']);
    expect(r.table.count).toBe(0);
  });

  it('refuses a GeoArrow (non-WKB) geometry column, saying what to save instead', async () => {
    const file = writeParquet(
      [
        { name: 'date', data: ['2025-07-01'] },
        { name: 'g', data: ['x'] },
      ],
      {
        kvMetadata: [
          {
            key: 'geo',
            value: JSON.stringify({ primary_column: 'g', columns: { g: { encoding: 'point' } } }),
          },
        ],
      },
    );
    expect(await read(file)).toEqual({ fatal: expect.stringMatching(/"g" \(point\).*WKB/) });
  });
});

import { describe, expect, it } from 'vitest';
import { fromParts } from '../../data/dates';
import type { NeedsMapping } from '../types';
import { checkPrototype, HOSTILE_NAMES, resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';

const opts = { set: 'geo' };
const point = (coordinates: unknown, properties: unknown = { date: '2025-05-14', name: 'A' }) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});
const square = [
  [
    [35, 33],
    [36, 33],
    [36, 34],
    [35, 33],
  ],
];
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const result = resultOf;

describe('parseGeoJsonText', () => {
  it('turns points into events and other geometries into areas', () => {
    const area = {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square },
      properties: { zone: 'B' },
    };
    const r = result(
      parseGeoJsonText(
        collection(
          point([35.8, 33.1], { date: '15 May 2025', name: 'B', n: 3, o: { a: 1 }, z: null }),
          area,
          point([35.9, 33.2]),
        ),
        opts,
      ),
    );
    expect(r.format).toBe('geojson');
    expect(r.events.map((e) => [e.id, e.title, e.day])).toEqual([
      ['geo-3', 'A', fromParts(2025, 5, 14)],
      ['geo-1', 'B', fromParts(2025, 5, 15)],
    ]);
    expect(r.events[1]).toMatchObject({
      lon: 35.8,
      lat: 33.1,
      geo_precision: 'exact',
      extra: [
        ['n', '3'],
        ['o', '{"a":1}'],
      ],
    });
    expect(r.areas).toEqual([area]);
    expect(r.columns).toEqual(['date', 'name', 'n', 'o', 'z']);
    expect(r.errors).toEqual([]);
  });

  it('accepts a single Feature and every geometry type but points as an area', () => {
    expect(result(parseGeoJsonText(JSON.stringify(point([1, 2])), opts)).events).toHaveLength(1);
    const geometries = [
      {
        type: 'LineString',
        coordinates: [
          [35, 33],
          [36, 34],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [35, 33],
            [36, 34],
          ],
        ],
      },
      { type: 'MultiPolygon', coordinates: [square] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [35, 33] }] },
    ];
    const r = result(
      parseGeoJsonText(
        collection(...geometries.map((geometry) => ({ type: 'Feature', geometry, properties: null }))),
        opts,
      ),
    );
    expect(r.areas.map((a) => a.geometry)).toEqual(geometries);
    expect(r.areas[0]?.properties).toEqual({});
    expect(r.events).toEqual([]);
  });

  it('makes a dated MultiPoint one event at each of its points, each with the date and properties', () => {
    const multi = (coordinates: unknown, properties: unknown = { date: '2025-05-14', name: 'Shelling' }) => ({
      type: 'Feature',
      geometry: { type: 'MultiPoint', coordinates },
      properties,
    });
    const text = collection(
      point([35.9, 33.2]),
      multi([
        [35.8, 33.1],
        [35.7, 33.0, 120],
        [35.8, 33.1],
      ]),
      multi([]),
      multi([[35, 33]], { date: 'someday' }),
      multi([[35, 95]]),
    );
    const r = result(parseGeoJsonText(text, opts));
    expect(r.events.map((e) => [e.id, e.lon, e.lat, e.date, e.title])).toEqual([
      ['geo-1', 35.9, 33.2, '2025-05-14', 'A'],
      ['geo-2-1', 35.8, 33.1, '2025-05-14', 'Shelling'],
      ['geo-2-2', 35.7, 33, '2025-05-14', 'Shelling'],
      ['geo-2-3', 35.8, 33.1, '2025-05-14', 'Shelling'],
    ]);
    expect(r.areas).toEqual([]);
    expect(r.errors.map((e) => `${e.where}: ${e.reason}`)).toEqual([
      'feature 3: its MultiPoint has no points',
      'feature 4: date "someday" is not a date this importer can read: write it as YYYY-MM-DD',
      'feature 5: latitude 95 is out of range',
    ]);
    // The same file gives the same ids.
    expect(result(parseGeoJsonText(text, opts)).events.map((e) => e.id)).toEqual(r.events.map((e) => e.id));
  });

  it('reports bad features by number, in file order, and keeps the good ones', () => {
    const r = result(
      parseGeoJsonText(
        collection(
          point([35, 33], { date: 'someday' }),
          { type: 'Feature', geometry: null, properties: {} },
          point([35, 95]),
          point(['35', 33]),
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[35, 33]]] } },
          { type: 'Feature', geometry: { type: 'Circle', coordinates: [1, 2] } },
          'junk',
          point([35, 33]),
        ),
        opts,
      ),
    );
    expect(r.errors.map((e) => `${e.where}: ${e.reason}`)).toEqual([
      'feature 1: date "someday" is not a date this importer can read: write it as YYYY-MM-DD',
      'feature 2: it has no geometry',
      'feature 3: latitude 95 is out of range',
      'feature 4: longitude "35" is not a number',
      'feature 5: a part has 1 positions, fewer than 4',
      'feature 6: geometry type "Circle" is not a GeoJSON geometry type',
      'feature 7: it is not a GeoJSON Feature',
    ]);
    expect(r.errors[1]?.raw).toEqual({ type: 'Feature', geometry: null, properties: {} });
    expect(r.events.map((e) => e.id)).toEqual(['geo-8']);
  });

  it('asks which property holds the date when none is named like one', () => {
    const features = Array.from({ length: 7 }, (_, i) =>
      point([35, 33], { when: `2025-05-1${i}`, name: `<b>${i}</b>` }),
    );
    expect(parseGeoJsonText(collection(...features), opts)).toEqual({
      format: 'geojson',
      columns: ['when', 'name'],
      guess: { title: 'name' },
      required: ['date'],
      sample: Array.from(
        { length: 5 },
        (_, i) =>
          new Map([
            ['when', `2025-05-1${i}`],
            ['name', `<b>${i}</b>`],
          ]),
      ),
    });
    const r = result(
      parseGeoJsonText(collection(...features), { ...opts, mapping: { date: 'when', title: 'name' } }),
    );
    expect(r.events).toHaveLength(7);
    expect(r.events[0]?.title).toBe('<b>0</b>');
  });

  it('needs no date for a file of areas only', () => {
    const area = {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square },
      properties: { when: 'x' },
    };
    expect(result(parseGeoJsonText(collection(area), opts)).areas).toHaveLength(1);
  });

  it('is fatal for text that is not JSON, JSON that is not GeoJSON, and empty collections', () => {
    const full = collection(point([35, 33]));
    expect(parseGeoJsonText(full.slice(0, 30), opts)).toEqual({
      fatal: expect.stringMatching(/^the file is not valid JSON: ./),
    });
    expect(parseGeoJsonText('', opts)).toEqual({
      fatal: expect.stringMatching(/^the file is not valid JSON/),
    });
    expect(parseGeoJsonText('[1,2]', opts)).toEqual({
      fatal: 'the file is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
    });
    // A bare geometry was fatal until issue 12; it is now read (geojson-root.test.ts).
    expect(parseGeoJsonText('{"type":"Point","coordinates":[1,2]}', opts)).toHaveProperty('errors');
    expect(parseGeoJsonText('{"type":"FeatureCollection"}', opts)).toEqual({
      fatal: 'the GeoJSON FeatureCollection has no "features" list',
    });
    expect(parseGeoJsonText(collection(), opts)).toEqual({ fatal: 'the file has no features' });
    expect(result(parseGeoJsonText(`\uFEFF${full}`, opts)).events).toHaveLength(1);
  });

  it('keeps properties named like Object’s own members as plain data', () => {
    const text =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"date":"2025-05-14","__proto__":{"x":1},"constructor":"c"}}';
    const e = result(parseGeoJsonText(text, opts)).events[0];
    expect(e?.extra).toEqual([
      ['__proto__', '{"x":1}'],
      ['constructor', 'c'],
    ]);
  });
});

describe('a property named like a member of Object', () => {
  it.each(HOSTILE_NAMES)('%s is read like any other property', (name) => {
    // Written as text: an object literal would take "__proto__" for its prototype.
    const feature = (date: string) =>
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[35,33]},"properties":{"when":"${date}","${name}":"${date}"}}`;
    const text = `{"type":"FeatureCollection","features":[${feature('2025-05-14')},${feature('2025-05-15')}]}`;
    const q = parseGeoJsonText(text, opts) as NeedsMapping;
    expect(q.columns).toEqual(['when', name]);
    expect(q.sample.map((s) => s.get(name))).toEqual(['2025-05-14', '2025-05-15']);
    const r = result(parseGeoJsonText(text, { ...opts, mapping: { date: name } }));
    expect(r.events.map((e) => e.date)).toEqual(['2025-05-14', '2025-05-15']);
    expect(r.events[0]?.extra).toEqual([['when', '2025-05-14']]);
    checkPrototype();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NeedsMapping } from '../types';
import { crsOf, fromWebMercator } from './crs';
import { RUNS, resultOf } from './fuzz-support';
import { parseGeoJsonText } from './geojson';

const opts = { set: 'mine' };
const named = (name: string) => ({ crs: { type: 'name', properties: { name } } });
const RADIUS = 6_378_137;
/** Longitude and latitude in Web Mercator metres: the projection fromWebMercator undoes. */
const toWebMercator = (lon: number, lat: number) => [
  (lon * Math.PI * RADIUS) / 180,
  RADIUS * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];

describe('crsOf', () => {
  it.each([
    [{}, 'wgs84'],
    [named('urn:ogc:def:crs:OGC:1.3:CRS84'), 'wgs84'],
    [named('EPSG:4326'), 'wgs84'],
    [named('urn:ogc:def:crs:EPSG::3857'), 'web-mercator'],
    [named('EPSG:900913'), 'web-mercator'],
    [{ crs: { type: 'EPSG', properties: { code: 3857 } } }, 'web-mercator'],
    [
      { crs: { type: 'link', properties: { href: 'http://www.opengis.net/def/crs/EPSG/0/3857' } } },
      'web-mercator',
    ],
    [named('urn:ogc:def:crs:EPSG::2039'), { other: 'urn:ogc:def:crs:EPSG::2039' }],
    [{ crs: null }, 'wgs84'],
  ])('reads %j as %j', (json, crs) => {
    expect(crsOf(json)).toEqual(crs);
  });

  it('undoes Web Mercator for any point it can show', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -85, max: 85, noNaN: true });
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        const [l, b] = fromWebMercator(toWebMercator(x, y));
        expect(l).toBeCloseTo(x, 9);
        expect(b).toBeCloseTo(y, 9);
      }),
      RUNS,
    );
  });
});

describe('a GeoJSON file with a crs', () => {
  const file = (crs: string, x: number, y: number) =>
    JSON.stringify({
      type: 'FeatureCollection',
      ...named(crs),
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [x, y] },
          properties: { date: '2025-05-14' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [x, y],
              [x + 1000, y],
            ],
          },
          properties: {},
        },
      ],
    });

  it('has its Web Mercator metres converted to longitude and latitude, and says so', () => {
    const [x = 0, y = 0] = toWebMercator(35.8, 33.1);
    const r = resultOf(parseGeoJsonText(file('EPSG:3857', x, y), opts));
    expect(r.events[0]?.lon).toBeCloseTo(35.8, 9);
    expect(r.events[0]?.lat).toBeCloseTo(33.1, 9);
    const line = r.areas[0]?.geometry.coordinates as number[][];
    expect(line[0]?.[0]).toBeCloseTo(35.8, 9);
    expect(r.notes).toEqual([
      'Its coordinates were in Web Mercator metres (EPSG:3857, as its "crs" says) and were converted to longitude and latitude.',
    ]);
  });

  it('is refused by name in any other system', () => {
    const r = parseGeoJsonText(file('urn:ogc:def:crs:EPSG::2039', 200_000, 700_000), opts) as
      | NeedsMapping
      | { fatal: string };
    expect(r).toEqual({
      fatal:
        'its coordinates are in urn:ogc:def:crs:EPSG::2039 (its "crs"), not longitude and latitude: export it as GeoJSON in WGS 84 (EPSG:4326) and import it again',
    });
  });
});

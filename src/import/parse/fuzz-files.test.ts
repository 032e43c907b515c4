// Property tests on whole files: CSV, GeoJSON (whole or cut off) and raw bytes never make a
// parser throw, and every event they return is one the app can draw and link to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv';
import { acledExport } from './fuzz-acled-export';
import {
  cell,
  checkOutcome,
  checkReason,
  columnName,
  coordinate,
  csvLike,
  mostly,
  opts,
  plausibleCsv,
  RUNS,
  text,
  writtenDate,
} from './fuzz-support';
import { parseGeoJsonText } from './geojson';
import { sniff } from './sniff';

describe('fuzz', () => {
  it('parseCsvText never throws, on any text or CSV-like text', () => {
    let built = 0;
    fc.assert(
      fc.property(fc.oneof(text, csvLike, plausibleCsv), (t) => {
        built += checkOutcome(parseCsvText(t, opts));
        checkOutcome(parseCsvText(t, { ...opts, mapping: { lat: 'lat', lon: 'lon', date: 'date' } }));
      }),
      RUNS,
    );
    // The fuzzing must reach the code that builds events, not only the reasons to reject.
    expect(built).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('parseCsvText reads every row of an ACLED export, whatever "; " lists its cells hold', () => {
    fc.assert(
      fc.property(acledExport, ({ rows, text }) => {
        const r = parseCsvText(text, opts);
        expect(r).toMatchObject({ format: 'acled', errors: [] });
        expect('table' in r && r.table.count).toBe(rows);
      }),
      RUNS,
    );
  });

  it('parseGeoJsonText never throws, on any JSON, cut or whole', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (json, cut) => {
        const whole = JSON.stringify(json) ?? '';
        checkOutcome(parseGeoJsonText(whole, opts));
        checkOutcome(parseGeoJsonText(whole.slice(0, cut % (whole.length + 1)), opts));
      }),
      RUNS,
    );
  });

  it('parseGeoJsonText gives well-formed results for feature-like JSON, and truncated files are fatal', () => {
    const geometry = fc.record({
      type: fc.constantFrom('Point', 'Polygon', 'LineString', 'MultiPoint', 'GeometryCollection', 'Nope'),
      coordinates: fc.oneof(
        fc.tuple(fc.double(), fc.double()),
        fc.jsonValue(),
        fc.array(fc.array(fc.tuple(fc.integer(), fc.integer()))),
      ),
      geometries: fc.jsonValue(),
    });
    const point = fc.record({
      type: fc.constant('Feature'),
      geometry: fc.record({
        type: fc.constant('Point'),
        coordinates: fc.tuple(coordinate(180), coordinate(95)),
      }),
      properties: fc.record({ date: mostly(writtenDate), name: cell }),
    });
    const anyFeature = fc.record({
      type: fc.constantFrom('Feature', 'Feature', 'Other'),
      geometry: fc.oneof(geometry, fc.constant(null)),
      properties: fc.oneof(fc.dictionary(columnName, fc.oneof(cell, fc.jsonValue())), fc.jsonValue()),
    });
    let built = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(point, anyFeature), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (features, cut) => {
          const whole = JSON.stringify({ type: 'FeatureCollection', features });
          built += checkOutcome(parseGeoJsonText(whole, opts));
          checkOutcome(parseGeoJsonText(whole, { ...opts, mapping: { date: 'date' } }));
          expect(parseGeoJsonText(whole.slice(0, cut % whole.length), opts)).toHaveProperty('fatal');
        },
      ),
      RUNS,
    );
    expect(built).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('parseGeoJsonText reads bare geometries and files with any crs without throwing', () => {
    const crs = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue(),
      fc
        .constantFrom('EPSG:3857', 'urn:ogc:def:crs:EPSG::3857', 'EPSG:4326', 'CRS84', 'EPSG:2039', '')
        .map((name) => ({ type: 'name', properties: { name } })),
    );
    const position = fc.tuple(fc.double({ min: -2e7, max: 2e7 }), fc.double({ min: -2e7, max: 2e7 }));
    const geometry = fc.oneof(
      fc.record({ type: fc.constant('Point'), coordinates: position }),
      fc.record({ type: fc.constant('MultiPoint'), coordinates: fc.array(position, { maxLength: 3 }) }),
      fc.record({ type: fc.constantFrom('LineString', 'Polygon'), coordinates: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(geometry, crs, fc.boolean(), (g, c, bare) => {
        const feature = { type: 'Feature', geometry: g, properties: { date: '2025-05-14' } };
        const root = bare ? g : { type: 'FeatureCollection', features: [feature] };
        checkOutcome(parseGeoJsonText(JSON.stringify(c === undefined ? root : { ...root, crs: c }), opts));
      }),
      RUNS,
    );
  });

  it('sniff never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), text, (bytes, name) => {
        const r = sniff(bytes, name);
        if ('fatal' in r) checkReason(r.fatal);
        else expect(['csv', 'json']).toContain(r.format);
      }),
      RUNS,
    );
  });
});

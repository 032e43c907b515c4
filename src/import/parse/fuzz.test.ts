// Property tests: whatever a file holds, the parsers return a result (never throw), and every
// event they return is one the app can draw and link to.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDay, fromParts, toIsoDate } from '../../data/dates';
import { byDay, type EventRecord } from '../../data/events';
import { isKind } from '../../data/kinds';
import { EVENT_ID } from '../../data/schema';
import type { ImportResult, NeedsMapping } from '../types';
import { acledRow } from './acled';
import { genericRow } from './columns';
import { parseCsvText } from './csv';
import { parseLooseDate } from './dates';
import { parseGeoJsonText } from './geojson';
import { sniff } from './sniff';

const RUNS = { numRuns: 300 };
const FIRST = fromParts(1900, 1, 1);
const LAST = fromParts(2100, 12, 31);
const opts = { set: 'fuzz-1' };

function checkEvent(e: EventRecord): void {
  expect(EVENT_ID.test(e.id), e.id).toBe(true);
  expect(Number.isFinite(e.lon) && Math.abs(e.lon) <= 180, `lon ${e.lon}`).toBe(true);
  expect(Number.isFinite(e.lat) && Math.abs(e.lat) <= 90, `lat ${e.lat}`).toBe(true);
  expect(Number.isInteger(e.day) && e.day >= FIRST && e.day <= LAST, `day ${e.day}`).toBe(true);
  expect(Number.isInteger(e.end) && e.end >= e.day).toBe(true);
  expect(e.date).toBe(toIsoDate(e.day));
  expect(isKind(e.kind)).toBe(true);
  expect(e.title.trim().length).toBeGreaterThan(0);
  expect(e.title.length).toBeLessThanOrEqual(200);
}

const checkReason = (reason: unknown) =>
  expect(typeof reason === 'string' && reason.trim() !== '').toBe(true);

/** Checks a parser's answer; returns how many events it built. */
function checkOutcome(r: ImportResult | NeedsMapping | { fatal: string }): number {
  if ('fatal' in r) {
    checkReason(r.fatal);
    return 0;
  }
  if (!('events' in r)) {
    expect(r.required.length).toBeGreaterThan(0);
    expect(r.sample.length).toBeLessThanOrEqual(5);
    return 0;
  }
  r.events.forEach(checkEvent);
  expect([...r.events].sort(byDay)).toEqual(r.events);
  for (const e of r.errors) {
    checkReason(e.where);
    checkReason(e.reason);
  }
  return r.events.length;
}

const text = fc.string({ unit: 'binary', maxLength: 300 });
// Cells that sometimes look like data: numbers, dates, quotes, separators, markup.
const cell = fc.oneof(
  text,
  fc.double().map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.constantFrom(
    '2025-05-14',
    '14 May 2025',
    '05/06/2025',
    '2025-02',
    '',
    ' ',
    '"',
    '""',
    ',',
    '\n',
    '<img src=x onerror=alert(1)>',
    'constructor',
    '__proto__',
  ),
);
const ACLED_COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'latitude',
  'longitude',
  'geo_precision',
  'location',
  'admin1',
  'source',
  'fatalities',
  'actor1',
  'assoc_actor_1',
];
const columnName = fc.oneof(
  fc.constantFrom(...ACLED_COLUMNS, 'lat', 'lon', 'date', 'title', 'kind', 'constructor', '__proto__'),
  text,
);
const csvLike = fc
  .tuple(
    fc.array(columnName, { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
  )
  .chain(([header, rows]) =>
    fc
      .tuple(fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'))
      .map(([sep, newline]) => [header, ...rows].map((r) => r.join(sep)).join(newline)),
  );

/** Mostly a good value, sometimes junk: so the fuzzing reaches the code that builds events. */
const mostly = (good: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: cell, weight: 1 });
const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true });
const writtenDate = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.nat(2))
  .map(([day, style]) => [toIsoDate(day), formatDay(day), `${toIsoDate(day)}T12:00:00Z`][style] ?? '');
const plausibleRow = fc.record({
  event_date: mostly(writtenDate),
  time_precision: mostly(fc.constantFrom('1', '2', '3')),
  event_type: mostly(fc.constantFrom('Battles', 'Riots', 'Strategic developments')),
  latitude: mostly(coordinate(90).map(String)),
  longitude: mostly(coordinate(180).map(String)),
  geo_precision: mostly(fc.constantFrom('1', '2', '3')),
  location: cell,
  notes: cell,
});
/** Well-quoted CSV, ACLED's columns or generic ones, with a few junk cells. */
const plausibleCsv = fc
  .tuple(fc.array(plausibleRow, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([rows, acled, newline]) =>
    Papa.unparse<Record<string, string>>(
      acled
        ? rows
        : rows.map((r) => ({ lat: r.latitude, lon: r.longitude, date: r.event_date, title: r.location })),
      { newline },
    ),
  );

describe('fuzz', () => {
  it('parseLooseDate answers every string with a day in range or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(text, cell), (t) => {
        const r = parseLooseDate(t);
        if ('error' in r) checkReason(r.error);
        else expect(Number.isInteger(r.day) && r.day >= FIRST && r.day <= LAST).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseLooseDate reads back the dates it is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        expect(parseLooseDate(toIsoDate(day))).toEqual({ day, precision: 'day' });
        expect(parseLooseDate(formatDay(day))).toEqual({ day, precision: 'day' });
        expect(parseLooseDate(`${toIsoDate(day)}T23:59:59-12:00`)).toEqual({ day, precision: 'day' });
      }),
      RUNS,
    );
  });

  it('acledRow gives a good event or a reason for any row', () => {
    fc.assert(
      fc.property(fc.dictionary(columnName, cell), fc.integer({ min: 2, max: 1e6 }), (row, rowNumber) => {
        const r = acledRow(row, { set: 'acled', rowNumber });
        if (typeof r === 'string') checkReason(r);
        else checkEvent(r);
      }),
      RUNS,
    );
  });

  it('genericRow gives a good event or a reason for any row, mapping and coordinates', () => {
    const mapping = fc.record(
      {
        lat: columnName,
        lon: columnName,
        date: columnName,
        title: columnName,
        kind: columnName,
        place: columnName,
      },
      { requiredKeys: [] },
    );
    const coords = fc.option(fc.tuple(fc.double(), fc.double()), { nil: undefined });
    fc.assert(
      fc.property(fc.dictionary(columnName, cell), mapping, coords, (row, m, c) => {
        const r = genericRow(row, m, { set: 'mine', rowNumber: 3 }, c);
        if (typeof r === 'string') checkReason(r);
        else checkEvent(r);
      }),
      RUNS,
    );
  });

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

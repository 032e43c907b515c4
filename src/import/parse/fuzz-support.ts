// What the fuzz tests share: fast-check generators for cells, rows and files, and the checks
// every parser result must pass.
import fc from 'fast-check';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { formatDay, fromParts, toIsoDate } from '../../data/dates';
import { recordsOf } from '../../data/event-table';
import { byDay, type EventRecord } from '../../data/events';
import { isKind } from '../../data/kinds';
import { EVENT_ID } from '../../data/schema';
import type { ImportResult, NeedsMapping } from '../types';

export const RUNS = { numRuns: 300 };
export const FIRST = fromParts(1900, 1, 1);
export const LAST = fromParts(2100, 12, 31);
export const opts = { set: 'fuzz-1' };

export function checkEvent(e: EventRecord): void {
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

export const checkReason = (reason: unknown) =>
  expect(typeof reason === 'string' && reason.trim() !== '').toBe(true);

const PROTOTYPE = Object.getOwnPropertyDescriptors(Object.prototype);
/** Fails if anything wrote onto Object.prototype since this module loaded. */
export const checkPrototype = () =>
  expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(PROTOTYPE);

/** A result with its table's rows read back as records, for tests to look at. */
export type ReadResult = ImportResult & { events: EventRecord[] };

/** A parser's answer that must be a result: the test fails with the answer when it is not. */
export function resultOf(r: ImportResult | NeedsMapping | { fatal: string }): ReadResult {
  if (!('table' in r)) throw new Error(`not a result: ${JSON.stringify(r)}`);
  return { ...r, events: recordsOf(r.table) };
}

/**
 * Any answer as tests compare two of them: a result's table read back as records (deep equality
 * over a table's byte arrays goes element by element, seconds for a few thousand rows).
 */
export function readBack(r: ImportResult | NeedsMapping | { fatal: string }) {
  if (!('table' in r)) return r;
  const { table, ...rest } = r;
  return { ...rest, events: recordsOf(table) };
}

/** Checks a parser's answer; returns how many events it built. */
export function checkOutcome(r: ImportResult | NeedsMapping | { fatal: string }): number {
  checkPrototype();
  if ('fatal' in r) {
    checkReason(r.fatal);
    return 0;
  }
  if (!('table' in r)) {
    expect(r.required.length).toBeGreaterThan(0);
    expect(r.sample.length).toBeLessThanOrEqual(5);
    return 0;
  }
  const events = recordsOf(r.table);
  events.forEach(checkEvent);
  expect([...events].sort(byDay)).toEqual(events);
  for (const e of r.errors) {
    checkReason(e.where);
    checkReason(e.reason);
  }
  return events.length;
}

export const text = fc.string({ unit: 'binary', maxLength: 300 });
// Cells that sometimes look like data: numbers, dates, quotes, separators, markup.
export const cell = fc.oneof(
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
    // Forms read since issue 12: decimal commas, degrees-minutes-seconds, Excel and Unix dates.
    '33,5',
    '33°30\'15"N',
    '35 48 E',
    '45853',
    '1747180800',
    '1747180800000',
  ),
);
export const ACLED_COLUMNS = [
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
/** Column names that are also names of Object's members, or of papaparse's own key. */
export const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  '__parsed_extra',
  'hasOwnProperty',
  'toString',
];
export const columnName = fc.oneof(
  fc.constantFrom(...ACLED_COLUMNS, 'lat', 'lon', 'date', 'title', 'kind', ...HOSTILE_NAMES),
  text,
);
export const csvLike = fc
  .tuple(
    fc.array(columnName, { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
  )
  .chain(([header, rows]) =>
    fc
      .tuple(
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('', '\uFEFF', 'sep=;\n', '# a comment\n', 'sep=,\n#\n\n'),
      )
      .map(([sep, newline, preamble]) => preamble + [header, ...rows].map((r) => r.join(sep)).join(newline)),
  );

/** Mostly a good value, sometimes junk: so the fuzzing reaches the code that builds events. */
export const mostly = (good: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: cell, weight: 1 });
export const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true });
export const writtenDate = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.nat(2))
  .map(([day, style]) => [toIsoDate(day), formatDay(day), `${toIsoDate(day)}T12:00:00Z`][style] ?? '');
export const plausibleRow = fc.record({
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
export const plausibleCsv = fc
  .tuple(fc.array(plausibleRow, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([rows, acled, newline]) =>
    Papa.unparse<Record<string, string>>(
      acled
        ? rows
        : rows.map((r) => ({ lat: r.latitude, lon: r.longitude, date: r.event_date, title: r.location })),
      { newline },
    ),
  );

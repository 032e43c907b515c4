// What the event arrays are built from: an event table's columns, or (synthetic benchmark events,
// tests) a list of objects turned into the same columns.
import type { Day } from '../../data/dates';
import type { EventNumbers } from '../../data/event-table';
import type { EventRecord } from '../../data/events';
import { KIND_INDEX, type Kind } from '../../data/kinds';
import { GEO_PRECISIONS } from '../../data/schema';
import { FLAG_COUNTRY, FLAG_PRECISE, FLAG_REGION, FLAG_SPAN } from './instance';

/**
 * What the arrays are built from: an event table's columns (data/event-table.ts), in its order,
 * and a way to read row p's id. `flags` only when they are given rather than read from the
 * precisions (synthetic benchmark events, tests).
 */
export type DrawColumns = Pick<
  EventNumbers,
  'day' | 'end' | 'lon' | 'lat' | 'radiusKm' | 'kind' | 'datePrecision' | 'geoPrecision'
> & {
  count: number;
  idAt: (p: number) => string;
  /** The ids' UTF-8 bytes, where they are stored so: the id table is built from them. */
  idBytesAt?: (p: number) => Uint8Array;
  flags?: Uint8Array;
};

/** One event given as an object: synthetic benchmark events and tests. */
export type EventInput = Pick<EventRecord, 'id' | 'lon' | 'lat' | 'day'> & {
  kind: Kind;
  precise: boolean;
  /** Radius of the area it is known to lie in, or 0 when its place is known. */
  radiusKm: number;
  /** The last day it may fall on (EventRecord.end); the first day when left out. */
  end?: Day;
  /** Only the country is known. */
  country?: boolean;
  /** It lasted several days (as opposed to a date known only to the week or month). */
  span?: boolean;
};

/** The geoPrecision code of "only the country is known". */
export const COUNTRY_PRECISION = GEO_PRECISIONS.indexOf('country');

/** An event's flags as it gives them. */
export const flagsOf = (e: EventInput): number =>
  (e.precise ? FLAG_PRECISE : 0) |
  (e.radiusKm > 0 ? FLAG_REGION : 0) |
  (e.country ? FLAG_COUNTRY : 0) |
  (e.span ? FLAG_SPAN : 0);

/** Objects as columns, each event's flags as it gives them. */
export function columnsOf(inputs: readonly EventInput[]): DrawColumns {
  const n = inputs.length;
  const f64 = (get: (e: EventInput) => number) => Float64Array.from(inputs, get);
  return {
    count: n,
    day: f64((e) => e.day),
    end: f64((e) => Math.max(e.day, e.end ?? e.day)),
    lon: f64((e) => e.lon),
    lat: f64((e) => e.lat),
    radiusKm: f64((e) => e.radiusKm),
    kind: Uint8Array.from(inputs, (e) => KIND_INDEX[e.kind]),
    datePrecision: Uint8Array.from(inputs, (e) => (e.precise ? 0 : 1)),
    geoPrecision: Uint8Array.from(inputs, (e) => (e.country ? COUNTRY_PRECISION : 0)),
    flags: Uint8Array.from(inputs, flagsOf),
    idAt: (p) => (inputs[p] as EventInput).id,
  };
}

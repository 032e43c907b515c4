// Events as typed arrays sorted by date, built once per data load: what the GPU draws and what
// picking searches. Pure: no GL, no DOM, so it is tested (and benchmarked) as plain data.
import { type Day, lastsPastItsDate } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { KINDS, type Kind } from '../../data/kinds';
import { upperBound } from '../../data/sorted';
import { type IdIndex, indexIds } from './by-id';

/** Per-instance floats, interleaved: x, y (Web Mercator 0..1), day, kind, flags, radius, end. */
export const STRIDE = 7;
export const FLAG_PRECISE = 1;
export const FLAG_REGION = 2;
/** Only the country is known: a quiet outline, never a pin on a town. */
export const FLAG_COUNTRY = 4;
/** Lasted several days (an end_date): marked as ongoing while T is inside it. */
export const FLAG_SPAN = 8;
/** Offsets in an instance that the CPU reads back. */
export const AT = { x: 0, y: 1, day: 2, kind: 3, flags: 4, radius: 5, end: 6 } as const;

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** One drawable set of events, sorted by day: interleaved instance data plus lookups. */
export type EventRun = {
  count: number;
  data: Float32Array;
  /** Days, ascending, for binary search of the visible range. */
  days: Float64Array;
  /** The longest end − day in the run: how far before a window a drawn event may begin. */
  maxSpan: number;
  /** ids[i] is the event at index i. */
  ids: readonly string[];
  /** source[i]: where the event at index i is in the list the arrays were built from. */
  source: Uint32Array;
};

/**
 * Point events (drawn as GL points) and region events (drawn as ground circles) are kept in
 * two runs, each sorted by day, so each time step draws one contiguous slice of each.
 */
export type EventArrays = {
  points: EventRun;
  regions: EventRun;
  /** Where each event is in the list the arrays were built from, by id. */
  byId: IdIndex;
  /** slotOf[p]: where list position p is drawn, i ≥ 0 in points or −1 − i in regions. */
  slotOf: Int32Array;
};

/** What one event contributes; records from the data and synthetic benchmark events alike. */
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

export const mercatorX = (lon: number) => (lon + 180) / 360;
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
/** The inverses, for putting a drawn position back on the map as longitude and latitude. */
export const lonOfMercator = (x: number) => x * 360 - 180;
export const latOfMercator = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export const KIND_INDEX: Record<Kind, number> = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<
  Kind,
  number
>;

export function inputFromRecord(e: EventRecord): EventInput {
  return {
    id: e.id,
    lon: e.lon,
    lat: e.lat,
    day: e.day,
    kind: e.kind,
    precise: e.date_precision === 'day',
    radiusKm: e.radiusKm,
    end: e.end,
    country: e.geo_precision === 'country',
    span: lastsPastItsDate(e),
  };
}

const flagsOf = (e: EventInput) =>
  (e.precise ? FLAG_PRECISE : 0) |
  (e.radiusKm > 0 ? FLAG_REGION : 0) |
  (e.country ? FLAG_COUNTRY : 0) |
  (e.span ? FLAG_SPAN : 0);

/** One run of `all`, the events at `picked`, sorted by day. */
function buildRun(all: readonly EventInput[], picked: readonly number[]): EventRun {
  const order = [...picked].sort((a, b) => (all[a] as EventInput).day - (all[b] as EventInput).day);
  const data = new Float32Array(order.length * STRIDE);
  const days = new Float64Array(order.length);
  const ids: string[] = new Array(order.length);
  let maxSpan = 0;
  order.forEach((src, i) => {
    const e = all[src] as EventInput;
    const o = i * STRIDE;
    const end = Math.max(e.day, e.end ?? e.day);
    data[o + AT.x] = mercatorX(e.lon);
    data[o + AT.y] = mercatorY(e.lat);
    data[o + AT.day] = e.day;
    data[o + AT.kind] = KIND_INDEX[e.kind];
    data[o + AT.flags] = flagsOf(e);
    // Radius in Mercator units: metres over the circumference at this latitude.
    data[o + AT.radius] = (e.radiusKm * 1000) / (EARTH_CIRCUMFERENCE_M * Math.cos((e.lat * Math.PI) / 180));
    data[o + AT.end] = end;
    days[i] = e.day;
    ids[i] = e.id;
    maxSpan = Math.max(maxSpan, end - e.day);
  });
  return { count: order.length, data, days, maxSpan, ids, source: Uint32Array.from(order) };
}

/** The inverse of the runs' `source`: from a list position to where it is drawn. */
function slotsOf(count: number, points: EventRun, regions: EventRun): Int32Array {
  const slotOf = new Int32Array(count);
  points.source.forEach((p, i) => {
    slotOf[p] = i;
  });
  regions.source.forEach((p, i) => {
    slotOf[p] = -1 - i;
  });
  return slotOf;
}

/**
 * `byId` may come built already (in steps, for a big import: drawing.ts); else it is built over
 * the runs' own ids, so the inputs are not kept alive by it.
 */
export function buildEventArrays(inputs: readonly EventInput[], byId?: IdIndex): EventArrays {
  const pointsAt: number[] = [];
  const regionsAt: number[] = [];
  for (const [i, e] of inputs.entries()) (e.radiusKm > 0 ? regionsAt : pointsAt).push(i);
  const points = buildRun(inputs, pointsAt);
  const regions = buildRun(inputs, regionsAt);
  const slotOf = slotsOf(inputs.length, points, regions);
  const idAt = (p: number) => {
    const slot = slotOf[p] as number;
    return (slot >= 0 ? points.ids[slot] : regions.ids[-1 - slot]) as string;
  };
  return { points, regions, byId: byId ?? indexIds({ count: inputs.length, idAt }), slotOf };
}

/** Where the event with this id is in each run, −1 where it is not: O(1), not a scan. */
export function slotsOfId(arrays: EventArrays, id: string): { points: number; regions: number } {
  const p = id ? arrays.byId.find(id) : -1;
  const slot = p < 0 ? null : (arrays.slotOf[p] as number);
  if (slot === null) return { points: -1, regions: -1 };
  return slot >= 0 ? { points: slot, regions: -1 } : { points: -1, regions: -1 - slot };
}

/**
 * The contiguous run of instances that may be drawn: begun by T, and begun late enough to run
 * past the window's start (day > windowStart − maxSpan). Within it the shader hides those over
 * by the window's start, so a step costs the window plus the run's longest span, never the data.
 */
export const visibleRange = (
  run: Pick<EventRun, 'days' | 'maxSpan'>,
  windowStart: Day,
  time: Day,
): [number, number] => [upperBound(run.days, windowStart - run.maxSpan), upperBound(run.days, time)];

export const kindMask = (kinds: ReadonlySet<Kind>) =>
  KINDS.reduce((m, k, i) => (kinds.has(k) ? m | (1 << i) : m), 0);

/** What decides whether an event is drawn now: the shader's rule, on the CPU. */
export type DrawState = { time: Day; windowStart: Day; kindMask: number };

export const at = (run: EventRun, i: number, k: number) => run.data[i * STRIDE + k] as number;

/** The vertex shaders' test for instance i, which must be in visibleRange: kind on, begun, not over. */
export const isDrawn = (run: EventRun, i: number, s: DrawState) =>
  ((s.kindMask >> at(run, i, AT.kind)) & 1) === 1 &&
  at(run, i, AT.day) <= s.time &&
  at(run, i, AT.end) > s.windowStart;

/** Ids of the events in `run` drawn with this state, in date order. */
export function drawnIn(run: EventRun, s: DrawState): string[] {
  const [from, to] = visibleRange(run, s.windowStart, s.time);
  const out: string[] = [];
  for (let i = from; i < to; i++) if (isDrawn(run, i, s)) out.push(run.ids[i] as string);
  return out;
}

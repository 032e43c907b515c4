// Events as typed arrays sorted by date, built once per data load: what the GPU draws and what
// picking searches. Pure: no GL, no DOM, so it is tested (and benchmarked) as plain data.
import { type Day, span } from '../../data/dates';
import { DATE_PRECISIONS } from '../../data/event-table';
import { upperBound } from '../../data/sorted';
import { type IdIndex, indexIds } from './by-id';
import { COUNTRY_PRECISION, columnsOf, type DrawColumns, type EventInput } from './inputs';
import { AT, FLAG_COUNTRY, FLAG_PRECISE, FLAG_REGION, FLAG_SPAN, STRIDE } from './instance';

// Likewise for the kind mask, which lives with the kinds (data/kinds.ts).
export { kindMask } from '../../data/kinds';
// Named here too because the import worker's prepare step (import/prepared.ts) and the benchmark
// (bench/) have always imported them from this file.
export type { DrawColumns, EventInput } from './inputs';

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** One drawable set of events, sorted by day: interleaved instance data plus lookups. */
export type EventRun = {
  count: number;
  data: Float32Array;
  /** Days, ascending, for binary search of the visible range. */
  days: Float64Array;
  /** The longest end − day in the run: how far before a window a drawn event may begin. */
  maxSpan: number;
  /** The id of the event at index i, read from the list (no copy of a million ids). */
  idAt: (i: number) => string;
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
  /** The id at list position p. */
  idOf: (p: number) => string;
};

export const mercatorX = (lon: number) => (lon + 180) / 360;
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}
/** The inverses, for putting a drawn position back on the map as longitude and latitude. */
export const lonOfMercator = (x: number) => x * 360 - 180;
export const latOfMercator = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** Row p's flags: read from its precisions and days, as the card reads them. */
function flagsAt(c: DrawColumns, p: number): number {
  if (c.flags) return c.flags[p] as number;
  const [day, end, precision] = [c.day[p] as Day, c.end[p] as Day, c.datePrecision[p] as number];
  const spans = end >= day + span(day, DATE_PRECISIONS[precision] ?? 'day');
  return (
    (precision === 0 ? FLAG_PRECISE : 0) |
    ((c.radiusKm[p] as number) > 0 ? FLAG_REGION : 0) |
    (c.geoPrecision[p] === COUNTRY_PRECISION ? FLAG_COUNTRY : 0) |
    (spans ? FLAG_SPAN : 0)
  );
}

/** The rows at `picked`, sorted by day: already so when the columns are (a table always is). */
function byDay(c: DrawColumns, picked: number[]): number[] {
  for (let i = 1; i < picked.length; i++)
    if ((c.day[picked[i] as number] as number) < (c.day[picked[i - 1] as number] as number))
      return picked.sort((a, b) => (c.day[a] as number) - (c.day[b] as number) || a - b);
  return picked;
}

/** One run: the rows at `picked`, sorted by day. */
function buildRun(c: DrawColumns, picked: number[]): EventRun {
  const order = Uint32Array.from(byDay(c, picked));
  const data = new Float32Array(order.length * STRIDE);
  const days = new Float64Array(order.length);
  let maxSpan = 0;
  for (let i = 0; i < order.length; i++) {
    const p = order[i] as number;
    const [o, day, lat] = [i * STRIDE, c.day[p] as number, c.lat[p] as number];
    const end = Math.max(day, c.end[p] as number);
    data[o + AT.x] = mercatorX(c.lon[p] as number);
    data[o + AT.y] = mercatorY(lat);
    data[o + AT.day] = day;
    data[o + AT.kind] = c.kind[p] as number;
    data[o + AT.flags] = flagsAt(c, p);
    // Radius in Mercator units: metres over the circumference at this latitude.
    data[o + AT.radius] =
      ((c.radiusKm[p] as number) * 1000) / (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180));
    data[o + AT.end] = end;
    days[i] = day;
    maxSpan = Math.max(maxSpan, end - day);
  }
  return { count: order.length, data, days, maxSpan, idAt: (i) => c.idAt(order[i] as number), source: order };
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
 * `byId` may come built already (in the import worker, for a big import); else it is built over
 * the columns' ids.
 */
export function buildEventArrays(c: DrawColumns | readonly EventInput[], byId?: IdIndex): EventArrays {
  const cols = 'count' in c ? c : columnsOf(c);
  const pointsAt: number[] = [];
  const regionsAt: number[] = [];
  for (let p = 0; p < cols.count; p++) ((cols.radiusKm[p] as number) > 0 ? regionsAt : pointsAt).push(p);
  const points = buildRun(cols, pointsAt);
  const regions = buildRun(cols, regionsAt);
  const slotOf = slotsOf(cols.count, points, regions);
  return { points, regions, byId: byId ?? indexIds(cols), slotOf, idOf: cols.idAt };
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
  for (let i = from; i < to; i++) if (isDrawn(run, i, s)) out.push(run.idAt(i));
  return out;
}

/** Every id of a run, in its order: for tests and the census, not for a step. */
export const runIds = (run: EventRun): string[] => Array.from({ length: run.count }, (_, i) => run.idAt(i));

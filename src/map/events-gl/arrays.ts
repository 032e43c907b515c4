// Events as typed arrays sorted by date, built once per data load: what the GPU draws and what
// picking searches. Pure: no GL, no DOM, so it is tested (and benchmarked) as plain data.
import type { Day } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { KINDS, type Kind } from '../../data/kinds';
import { upperBound } from '../../timeline/event-index';

/** Per-instance floats, interleaved: x, y (Web Mercator 0..1), day, kind, flags, radius. */
export const STRIDE = 6;
export const FLAG_PRECISE = 1;
export const FLAG_REGION = 2;

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** One drawable set of events, sorted by day: interleaved instance data plus lookups. */
export type EventRun = {
  count: number;
  data: Float32Array;
  /** Days, ascending, for binary search of the visible range. */
  days: Float64Array;
  /** ids[i] is the event at index i. */
  ids: readonly string[];
};

/**
 * Point events (drawn as GL points) and region events (drawn as ground circles) are kept in
 * two runs, each sorted by day, so each time step draws one contiguous slice of each.
 */
export type EventArrays = { points: EventRun; regions: EventRun };

/** What one event contributes; records from the data and synthetic benchmark events alike. */
export type EventInput = Pick<EventRecord, 'id' | 'lon' | 'lat' | 'day'> & {
  kind: Kind;
  precise: boolean;
  /** Radius of the area it is known to lie in, or 0 when its place is known. */
  radiusKm: number;
};

export const mercatorX = (lon: number) => (lon + 180) / 360;
export function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

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
  };
}

function buildRun(inputs: readonly EventInput[]): EventRun {
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => (inputs[a] as EventInput).day - (inputs[b] as EventInput).day);
  const data = new Float32Array(order.length * STRIDE);
  const days = new Float64Array(order.length);
  const ids: string[] = new Array(order.length);
  order.forEach((src, i) => {
    const e = inputs[src] as EventInput;
    const o = i * STRIDE;
    data[o] = mercatorX(e.lon);
    data[o + 1] = mercatorY(e.lat);
    data[o + 2] = e.day;
    data[o + 3] = KIND_INDEX[e.kind];
    data[o + 4] = (e.precise ? FLAG_PRECISE : 0) | (e.radiusKm > 0 ? FLAG_REGION : 0);
    // Radius in Mercator units: metres over the circumference at this latitude.
    data[o + 5] = (e.radiusKm * 1000) / (EARTH_CIRCUMFERENCE_M * Math.cos((e.lat * Math.PI) / 180));
    days[i] = e.day;
    ids[i] = e.id;
  });
  return { count: order.length, data, days, ids };
}

export function buildEventArrays(inputs: readonly EventInput[]): EventArrays {
  return {
    points: buildRun(inputs.filter((e) => e.radiusKm <= 0)),
    regions: buildRun(inputs.filter((e) => e.radiusKm > 0)),
  };
}

/** The contiguous run of instances with windowStart < day ≤ time: the only ones drawn. */
export const visibleRange = (days: Float64Array, windowStart: Day, time: Day): [number, number] => [
  upperBound(days, windowStart),
  upperBound(days, time),
];

export const kindMask = (kinds: ReadonlySet<Kind>) =>
  KINDS.reduce((m, k, i) => (kinds.has(k) ? m | (1 << i) : m), 0);

/** What decides whether an event is drawn now: the shader's rule, on the CPU. */
export type DrawState = { time: Day; windowStart: Day; kindMask: number };

/** Ids of the events in `run` drawn with this state, in date order. */
export function drawnIn(run: EventRun, s: DrawState): string[] {
  const [from, to] = visibleRange(run.days, s.windowStart, s.time);
  const out: string[] = [];
  for (let i = from; i < to; i++)
    if ((s.kindMask >> (run.data[i * STRIDE + 3] as number)) & 1) out.push(run.ids[i] as string);
  return out;
}

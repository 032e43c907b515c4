// Events as typed arrays sorted by date, built once per data load: what the GPU draws and what
// picking searches. Pure: no GL, no DOM, so it is tested (and benchmarked) as plain data.
import type { Day } from '../../data/dates';
import type { EventRecord } from '../../data/events';
import { KINDS, type Kind, REGIONS } from '../../data/kinds';

/** Per-instance floats, interleaved: x, y (Web Mercator 0..1), day, kind, flags, radius. */
export const STRIDE = 6;
export const FLAG_PRECISE = 1;
export const FLAG_REGION = 2;

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export type EventArrays = {
  count: number;
  /** Interleaved instance data, sorted by day. */
  data: Float32Array;
  /** Days, sorted ascending, for binary search of the visible range. */
  days: Float64Array;
  /** ids[i] is the event drawn at instance i. */
  ids: readonly string[];
  /** Instance indices of region events (drawn as circles, picked by area). */
  regions: Uint32Array;
};

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
  const radiusKm = e.geo_precision === 'region' && e.region ? REGIONS[e.region].radiusKm : 0;
  return {
    id: e.id,
    lon: e.lon,
    lat: e.lat,
    day: e.day,
    kind: e.kind,
    precise: e.date_precision === 'day',
    radiusKm,
  };
}

export function buildEventArrays(inputs: readonly EventInput[]): EventArrays {
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => (inputs[a] as EventInput).day - (inputs[b] as EventInput).day);
  const data = new Float32Array(order.length * STRIDE);
  const days = new Float64Array(order.length);
  const ids: string[] = new Array(order.length);
  const regions: number[] = [];
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
    if (e.radiusKm > 0) regions.push(i);
  });
  return { count: order.length, data, days, ids, regions: Uint32Array.from(regions) };
}

/** First index whose day is greater than `day` (days sorted ascending). */
export function upperBound(days: Float64Array, day: Day): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The contiguous run of instances with windowStart < day ≤ time: the only ones drawn. */
export const visibleRange = (days: Float64Array, windowStart: Day, time: Day): [number, number] => [
  upperBound(days, windowStart),
  upperBound(days, time),
];

export const kindMask = (kinds: ReadonlySet<Kind>) =>
  KINDS.reduce((m, k, i) => (kinds.has(k) ? m | (1 << i) : m), 0);

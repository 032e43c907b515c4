// Seeded synthetic events: positions over the region, dates over two years, mixed kinds and
// precisions. The same seed gives the same events, so runs compare like with like.
import { fromParts } from '../src/data/dates';
import { KIND_INDEX, KINDS } from '../src/data/kinds';
import type { DrawColumns, EventInput } from '../src/layers/event-drawing/arrays';
import { COUNTRY_PRECISION, flagsOf } from '../src/layers/event-drawing/inputs';

/** mulberry32: small, fast, good enough for spreading points. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTH_BBOX = [35.3, 32.3, 37.0, 33.7] as const;
export const SYNTH_START = fromParts(2024, 1, 1);
export const SYNTH_DAYS = 730;

/**
 * How long an event lasts, from the same draw that sets its precision (so positions and days
 * stay as they were): a coarse date covers its week or month, 1 % are spans of 2–8 days.
 */
function extent(p: number, day: number): { end?: number; span?: boolean } {
  if (p >= 0.95) return { end: day + 29 };
  if (p >= 0.9) return { end: day + 6 };
  if (p < 0.01) return { end: day + 1 + Math.floor(p * 700), span: true };
  return {};
}

/** Each of the `n` events of `seed` in turn, made one at a time. */
function eachSynthetic(n: number, seed: number, visit: (i: number, e: EventInput) => void): void {
  const r = random(seed);
  const [w, s, e, nn] = SYNTH_BBOX;
  for (let i = 0; i < n; i++) {
    const p = r();
    const lon = w + r() * (e - w);
    const lat = s + r() * (nn - s);
    const day = SYNTH_START + Math.floor(r() * SYNTH_DAYS);
    visit(i, {
      id: `e${i}`,
      lon,
      lat,
      day,
      kind: KINDS[Math.floor(r() * KINDS.length)] ?? 'strike',
      precise: p < 0.9,
      radiusKm: p > 0.995 ? 10 : 0,
      ...extent(p, day),
    });
  }
}

/** The events as objects: for the baselines, which read them so. */
export function syntheticEvents(n: number, seed = 1): EventInput[] {
  const out: EventInput[] = new Array(n);
  eachSynthetic(n, seed, (i, e) => {
    out[i] = e;
  });
  return out;
}

/**
 * The same events as columns, the way the app holds a large import (data/event-table.ts): typed
 * arrays and ids made when asked for, no object per event kept.
 */
export function syntheticColumns(n: number, seed = 1): DrawColumns {
  const f64 = () => new Float64Array(n);
  const u8 = () => new Uint8Array(n);
  const c = { count: n, day: f64(), end: f64(), lon: f64(), lat: f64(), radiusKm: f64() };
  const codes = { kind: u8(), datePrecision: u8(), geoPrecision: u8(), flags: u8() };
  eachSynthetic(n, seed, (i, e) => {
    [c.day[i], c.end[i], c.lon[i], c.lat[i], c.radiusKm[i]] = [
      e.day,
      e.end ?? e.day,
      e.lon,
      e.lat,
      e.radiusKm,
    ];
    codes.kind[i] = KIND_INDEX[e.kind];
    codes.datePrecision[i] = e.precise ? 0 : 1;
    codes.geoPrecision[i] = e.country ? COUNTRY_PRECISION : 0;
    codes.flags[i] = flagsOf(e);
  });
  return { ...c, ...codes, idAt: (p) => `e${p}` };
}

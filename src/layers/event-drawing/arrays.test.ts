import { describe, expect, it } from 'vitest';
import type { Kind } from '../../data/kinds';
import {
  buildEventArrays,
  drawnIn,
  kindMask,
  latOfMercator,
  lonOfMercator,
  mercatorX,
  mercatorY,
  runIds,
  slotsOfId,
  visibleRange,
} from './arrays';
import { FLAG_COUNTRY, FLAG_PRECISE, FLAG_REGION, FLAG_SPAN, STRIDE } from './instance';
import { eventInput } from './test-input';

const ev = eventInput;

describe('buildEventArrays', () => {
  const arrays = buildEventArrays([
    ev('c', 30),
    ev('a', 10, { kind: 'meeting', precise: false }),
    ev('r', 20, { radiusKm: 15 }),
    ev('b', 20),
  ]);

  it('finds where an id is drawn, in which run, without scanning the ids', () => {
    expect(slotsOfId(arrays, 'a')).toEqual({ points: 0, regions: -1 });
    expect(slotsOfId(arrays, 'c')).toEqual({ points: 2, regions: -1 });
    expect(slotsOfId(arrays, 'r')).toEqual({ points: -1, regions: 0 });
    expect(slotsOfId(arrays, 'nope')).toEqual({ points: -1, regions: -1 });
    expect(slotsOfId(arrays, '')).toEqual({ points: -1, regions: -1 });
    for (const run of [arrays.points, arrays.regions])
      expect(runIds(run).map((id) => arrays.byId.find(id))).toEqual([...run.source]);
  });

  it('sorts each run by day and keeps ids in the same order', () => {
    expect(runIds(arrays.points)).toEqual(['a', 'b', 'c']);
    expect([...arrays.points.days]).toEqual([10, 20, 30]);
    expect(runIds(arrays.regions)).toEqual(['r']);
  });

  it('says where each instance came from in the list it was built from', () => {
    expect([...arrays.points.source]).toEqual([1, 3, 0]);
    expect([...arrays.regions.source]).toEqual([2]);
  });

  it('interleaves Mercator position, day, kind, flags, radius and end', () => {
    const a = [...arrays.points.data.slice(0, STRIDE)];
    expect(a[0]).toBeCloseTo(mercatorX(36), 6);
    expect(a[1]).toBeCloseTo(mercatorY(33), 6);
    // meeting is kind 4; neither precise nor a region; no end given, so it ends on its day
    expect(a.slice(2)).toEqual([10, 4, 0, 0, 10]);
    expect(arrays.points.data[STRIDE + 4]).toBe(FLAG_PRECISE);
    expect(arrays.regions.data[4]).toBe(FLAG_PRECISE | FLAG_REGION);
  });

  it('stores a region radius in Mercator units (15 km at 33° N)', () => {
    const r = arrays.regions.data[5] as number;
    expect(r * 40_075_016.686 * Math.cos((33 * Math.PI) / 180)).toBeCloseTo(15_000, 0);
  });

  it('puts Mercator (0, 0) at the top left of the world', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5);
    expect(mercatorY(60)).toBeLessThan(0.5);
  });
});

describe('ends, spans and countries', () => {
  const arrays = buildEventArrays([
    ev('one', 10),
    ev('span', 12, { end: 19, span: true }),
    ev('country', 14, { country: true }),
    ev('month', 1, { precise: false, end: 30 }),
  ]);
  const flags = (id: string) => arrays.points.data[runIds(arrays.points).indexOf(id) * STRIDE + 4];
  const end = (id: string) => arrays.points.data[runIds(arrays.points).indexOf(id) * STRIDE + 6];

  it('stores each event’s last day and the run’s longest span', () => {
    expect(['one', 'span', 'country', 'month'].map(end)).toEqual([10, 19, 14, 30]);
    expect(arrays.points.maxSpan).toBe(29);
  });

  it('flags spans of days and country-level places', () => {
    expect(flags('span')).toBe(FLAG_PRECISE | FLAG_SPAN);
    expect(flags('country')).toBe(FLAG_PRECISE | FLAG_COUNTRY);
    expect(flags('month')).toBe(0);
  });
});

describe('the visible range', () => {
  const run = { days: new Float64Array([10, 20, 20, 30]), maxSpan: 0 };

  it('is the run windowStart < day ≤ time when nothing lasts more than a day', () => {
    expect(visibleRange(run, -1e9, 20)).toEqual([0, 3]);
    expect(visibleRange(run, 10, 30)).toEqual([1, 4]);
    expect(visibleRange(run, 30, 40)).toEqual([4, 4]);
  });

  it('reaches back by the longest span, for events that began before the window', () => {
    expect(visibleRange(run, 20, 30)).toEqual([3, 4]);
    expect(visibleRange({ ...run, maxSpan: 10 }, 20, 30)).toEqual([1, 4]);
    expect(visibleRange({ ...run, maxSpan: 15 }, 20, 30)).toEqual([0, 4]);
  });

  it('drops hidden kinds by mask', () => {
    const arrays = buildEventArrays([ev('s', 1), ev('m', 2, { kind: 'meeting' as Kind })]);
    const all = { time: 5, windowStart: -1e9, kindMask: kindMask(new Set<Kind>(['strike', 'meeting'])) };
    expect(drawnIn(arrays.points, all)).toEqual(['s', 'm']);
    expect(drawnIn(arrays.points, { ...all, kindMask: kindMask(new Set<Kind>(['meeting'])) })).toEqual(['m']);
  });
});

describe('mercatorX and mercatorY', () => {
  it('come back to the same place through their inverses', () => {
    for (const [lon, lat] of [
      [36.75, 32.75],
      [-98.5, 39.5],
      [0, 0],
    ] as const) {
      expect(lonOfMercator(mercatorX(lon))).toBeCloseTo(lon, 9);
      expect(latOfMercator(mercatorY(lat))).toBeCloseTo(lat, 9);
    }
  });
});

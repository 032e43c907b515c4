import { describe, expect, it } from 'vitest';
import { buildEventArrays, kindMask, mercatorX, mercatorY, visibleRange } from './arrays';
import type { EventInput } from './inputs';
import { AT } from './instance';
import { buildPicker, pick, pickAll } from './pick';

const ev = (id: string, lon: number, day: number, over: Partial<EventInput> = {}): EventInput => ({
  id,
  lon,
  lat: 33,
  day,
  kind: 'strike',
  precise: true,
  radiusKm: 0,
  ...over,
});

const arrays = buildEventArrays([
  ev('near', 36.0, 10),
  ev('nearer-but-later', 36.001, 50),
  ev('far', 36.5, 10),
  ev('area', 36.2, 10, { radiusKm: 20 }),
]);
const picker = buildPicker(arrays);
const all = kindMask(new Set(['strike']));
const at = (lon: number) => [mercatorX(lon), mercatorY(33)] as const;
const radius = 0.0001;
/** Everything up to day 100 in cumulative mode; the tests narrow the slices. */
const cumulative = { time: 100, windowStart: -1e9 };
const idOf = (hit: ReturnType<typeof pick>) => (hit ? arrays[hit.run].idAt(hit.index) : null);

describe('pick', () => {
  it('finds the nearest visible point within the radius', () => {
    const visible = {
      points: [0, 3] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
      ...cumulative,
    };
    expect(idOf(pick(picker, ...at(36.0009), radius, visible))).toBe('nearer-but-later');
  });

  it('skips events hidden by the time window', () => {
    const before50 = {
      points: [0, 2] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
      ...cumulative,
    };
    expect(idOf(pick(picker, ...at(36.0009), radius, before50))).toBe('near');
  });

  it('skips hidden kinds', () => {
    const none = {
      points: [0, 3] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: 0,
      ...cumulative,
    };
    expect(pick(picker, ...at(36.0), radius, none)).toBeNull();
  });

  // Issue 13: an area circle is drawn as its dashed rim and a centre mark; its inside is empty.
  it('picks a region circle by its rim or its centre mark, never by its empty inside', () => {
    const visible = {
      points: [0, 3] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
      ...cumulative,
    };
    const area = arrays.regions;
    const r = area.data[AT.radius] as number;
    const [cx, cy] = [area.data[AT.x] as number, area.data[AT.y] as number];
    expect(idOf(pick(picker, cx, cy, radius, visible))).toBe('area');
    expect(idOf(pick(picker, cx + r - radius / 2, cy, radius, visible))).toBe('area');
    expect(idOf(pick(picker, cx, cy + r + radius / 2, radius, visible))).toBe('area');
    expect(pick(picker, cx + r / 2, cy, radius, visible)).toBeNull();
    expect(pick(picker, ...at(36.8), radius, visible)).toBeNull();
  });

  it('lists everything drawn under the pointer, pins nearest first, then the circle', () => {
    const inside = buildEventArrays([
      ev('centre-pin', 36.2, 10),
      ev('pin-beside', 36.2004, 12),
      ev('later-pin', 36.2, 90),
      ev('county', 36.2, 10, { radiusKm: 20 }),
    ]);
    const p = buildPicker(inside);
    const v = { points: [0, 3] as [number, number], regions: [0, 1] as [number, number], kindMask: all };
    const ids = (time: number) =>
      pickAll(p, ...at(36.2003), radius, { ...v, time, windowStart: -1e9 }).map((h) =>
        inside[h.run].idAt(h.index),
      );
    expect(ids(100)).toEqual(['pin-beside', 'centre-pin', 'later-pin', 'county']);
    expect(ids(50)).toEqual(['pin-beside', 'centre-pin', 'county']);
  });
});

describe('pick, with spans and country markers', () => {
  const spans = buildEventArrays([
    ev('long', 36.0, 10, { end: 40, span: true }),
    ev('short', 36.0005, 12, { end: 14, span: true }),
    ev('country', 36.1, 20, { country: true }),
    ev('town', 36.1 + 0.00009, 20),
  ]);
  const spanPicker = buildPicker(spans);
  const idIn = (hit: ReturnType<typeof pick>) => (hit ? spans[hit.run].idAt(hit.index) : null);
  /** As the layer computes it: the slices for the state, then the shaders' test within them. */
  const window = (time: number, days: number) => {
    const windowStart = time - days;
    return {
      points: visibleRange(spans.points, windowStart, time),
      regions: visibleRange(spans.regions, windowStart, time),
      kindMask: all,
      time,
      windowStart,
    };
  };

  it('picks a span that began before the window and still runs into it', () => {
    expect(idIn(pick(spanPicker, ...at(36.0004), radius, window(30, 1)))).toBe('long');
  });

  it('skips a span over before the window, though it lies in the slice', () => {
    const v = window(30, 1);
    expect(v.points[0]).toBe(0); // the long span keeps the short one in the slice
    expect(idIn(pick(spanPicker, ...at(36.0005), radius, v))).toBe('long');
    expect(idIn(pick(spanPicker, ...at(36.0005), radius, window(14, 1)))).toBe('short');
  });

  it('prefers a pin to a country marker at the same spot, and still picks the marker alone', () => {
    expect(idIn(pick(spanPicker, ...at(36.1), radius, window(20, 1)))).toBe('town');
    const noStrikes = { ...window(20, 1), kindMask: kindMask(new Set(['meeting'])) };
    expect(pick(spanPicker, ...at(36.1), radius, noStrikes)).toBeNull();
    const countryOnly = buildPicker(buildEventArrays([ev('country', 36.1, 20, { country: true })]));
    const v = { ...window(20, 1), points: [0, 1] as [number, number] };
    // Its outline is wider than a dot: a click near its edge, past a dot's reach, finds it.
    const nearEdge = at(36.1 + 0.045); // 0.045° of longitude is 1.25 × the radius
    expect(pick(countryOnly, ...nearEdge, radius, v)).toEqual({ run: 'points', index: 0 });
    const pinOnly = buildPicker(buildEventArrays([ev('town', 36.1, 20)]));
    expect(pick(pinOnly, ...nearEdge, radius, v)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildEventArrays, type EventInput, kindMask, mercatorX, mercatorY } from './arrays';
import { buildPicker, pick } from './pick';

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
const idOf = (hit: ReturnType<typeof pick>) => (hit ? arrays[hit.run].ids[hit.index] : null);

describe('pick', () => {
  it('finds the nearest visible point within the radius', () => {
    const visible = {
      points: [0, 3] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
    };
    expect(idOf(pick(picker, ...at(36.0009), radius, visible))).toBe('nearer-but-later');
  });

  it('skips events hidden by the time window', () => {
    const before50 = {
      points: [0, 2] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
    };
    expect(idOf(pick(picker, ...at(36.0009), radius, before50))).toBe('near');
  });

  it('skips hidden kinds', () => {
    const none = { points: [0, 3] as [number, number], regions: [0, 1] as [number, number], kindMask: 0 };
    expect(pick(picker, ...at(36.0), radius, none)).toBeNull();
  });

  it('falls back to a region circle that contains the point', () => {
    const visible = {
      points: [0, 3] as [number, number],
      regions: [0, 1] as [number, number],
      kindMask: all,
    };
    expect(idOf(pick(picker, ...at(36.25), radius, visible))).toBe('area');
    expect(pick(picker, ...at(36.8), radius, visible)).toBeNull();
  });
});

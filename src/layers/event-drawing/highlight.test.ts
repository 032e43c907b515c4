import { describe, expect, it } from 'vitest';
import { buildEventArrays, runIds } from './arrays';
import { highlightLocator, NO_SLOTS, slicesAround, slotsOfIds, slotsWithin } from './highlight';
import type { EventInput } from './inputs';

/** A strike on an exact day at one spot; each event below changes what it is about. */
const STRIKE: Omit<EventInput, 'id' | 'day'> = {
  lon: 36,
  lat: 33,
  kind: 'strike',
  precise: true,
  radiusKm: 0,
};
const ev = (id: string, day: number, over: Partial<EventInput> = {}): EventInput => ({
  ...STRIKE,
  id,
  day,
  ...over,
});

// Listed out of day order, so the runs' slots differ from the list's positions.
const arrays = buildEventArrays([
  ev('late', 40),
  ev('area', 20, { radiusKm: 12 }),
  ev('early', 10),
  ev('country', 25, { country: true }),
  ev('span', 15, { end: 30, span: true }),
  ev('wide-area', 5, { radiusKm: 40 }),
  ev('middle', 20),
]);
const idsAt = (run: 'points' | 'regions', slots: Int32Array) => [...slots].map((i) => arrays[run].idAt(i));

describe('the slots of the highlighted ids', () => {
  it('finds each id in the run that draws it, ascending, whatever order the ids come in', () => {
    const slots = slotsOfIds(arrays, ['late', 'area', 'country', 'early', 'wide-area', 'span']);
    expect(idsAt('points', slots.points)).toEqual(['early', 'span', 'country', 'late']);
    expect(idsAt('regions', slots.regions)).toEqual(['wide-area', 'area']);
    expect([...slots.points]).toEqual([...slots.points].sort((a, b) => a - b));
    expect(runIds(arrays.points)).toEqual(['early', 'span', 'middle', 'country', 'late']);
  });

  it('skips ids this layer does not hold and counts a repeated id once', () => {
    const slots = slotsOfIds(arrays, ['middle', 'not-here', 'middle', '']);
    expect(idsAt('points', slots.points)).toEqual(['middle']);
    expect(slots.regions).toHaveLength(0);
    expect(slotsOfIds(arrays, [])).toBe(NO_SLOTS);
  });

  it('keeps only the slots inside a frame’s slice', () => {
    const slots = Int32Array.from([0, 3, 4, 9]);
    expect([...slotsWithin(slots, [0, 10])]).toEqual([0, 3, 4, 9]);
    expect([...slotsWithin(slots, [1, 4])]).toEqual([3]);
    expect([...slotsWithin(slots, [3, 5])]).toEqual([3, 4]);
    expect([...slotsWithin(slots, [5, 9])]).toEqual([]);
    expect([...slotsWithin(slots, [0, 0])]).toEqual([]);
  });
});

describe('the slice drawn around the highlighted points', () => {
  const covered = (slices: [number, number][]) =>
    slices.flatMap(([first, n]) => Array.from({ length: n }, (_, k) => first + k));
  it('leaves out exactly the marked slots, and draws every other once, in order', () => {
    expect(slicesAround([2, 12], Int32Array.from([2, 5, 6, 11]))).toEqual([
      [3, 2],
      [7, 4],
    ]);
    expect(covered(slicesAround([0, 10], Int32Array.from([0, 9])))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slicesAround([0, 10], new Int32Array(0))).toEqual([[0, 10]]);
    expect(slicesAround([4, 5], Int32Array.from([4]))).toEqual([]);
  });
});

describe('the locator', () => {
  it('looks the ids up once per highlight and per data, not per frame', () => {
    let finds = 0;
    const find = (id: string) => {
      finds++;
      return arrays.byId.find(id);
    };
    const counted = { ...arrays, byId: { find } };
    const locate = highlightLocator();
    const ids = ['late', 'area'];
    const first = locate(counted, ids);
    for (let frame = 0; frame < 100; frame++) expect(locate(counted, ids)).toBe(first);
    expect(finds).toBe(2);
    // Another highlight (a new array from the signal), then new data: each found again once.
    const early = ['early'];
    expect(idsAt('points', locate(counted, early).points)).toEqual(['early']);
    expect(finds).toBe(3);
    const reloaded = { ...counted };
    locate(reloaded, early);
    locate(reloaded, early);
    expect(finds).toBe(4);
  });
});

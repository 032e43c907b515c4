import { describe, expect, it } from 'vitest';
import type { Kind } from '../../data/kinds';
import { buildEventArrays, type EventInput, kindMask, visibleRange } from './arrays';
import { buildStacks, STACK_SEARCH_LIMIT, shownStacks } from './stacks';

const ev = (id: string, lon: number, day: number, over: Partial<EventInput> = {}): EventInput => ({
  id,
  lon,
  lat: 33.5,
  day,
  kind: 'strike',
  precise: true,
  radiusKm: 0,
  ...over,
});

const arrays = buildEventArrays([
  ev('damascus-1', 36.3, 10),
  ev('damascus-2', 36.3, 20),
  ev('damascus-3', 36.3, 30, { kind: 'meeting' }),
  ev('damascus-area', 36.3, 15, { radiusKm: 10 }),
  ev('beside', 36.3001, 10),
  ev('alone', 36.9, 10),
]);
const visibility = (time: number, kinds: readonly Kind[] = ['strike', 'meeting']) => ({
  points: visibleRange(arrays.points, -1e9, time),
  regions: visibleRange(arrays.regions, -1e9, time),
  time,
  windowStart: -1e9,
  kindMask: kindMask(new Set(kinds)),
});

describe('stacks', () => {
  const stacks = buildStacks(arrays);

  it('groups events at exactly one place, pins and an area centred there alike; a neighbour is not in it', () => {
    expect(stacks).toHaveLength(1);
    expect(stacks[0]?.members).toHaveLength(4);
  });

  it('counts the members drawn now: by date, by kind, and none when fewer than two show', () => {
    expect(shownStacks(stacks, arrays, visibility(100))).toEqual([expect.objectContaining({ count: 4 })]);
    expect(shownStacks(stacks, arrays, visibility(16))[0]?.count).toBe(2);
    expect(shownStacks(stacks, arrays, visibility(100, ['meeting']))).toEqual([]);
    expect(shownStacks(stacks, arrays, visibility(12))).toEqual([]);
  });

  it('does not search a run too big to be anything but a cloud', () => {
    const many = Array.from({ length: STACK_SEARCH_LIMIT + 1 }, (_, i) => ev(`e${i}`, 36, i));
    expect(buildStacks(buildEventArrays(many))).toEqual([]);
  });
});

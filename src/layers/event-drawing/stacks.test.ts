import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../data/kinds';
import { buildEventArrays, type DrawState, isDrawn, kindMask, visibleRange } from './arrays';
import type { EventInput } from './inputs';
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
    expect([...(stacks[0]?.points ?? [])].map((i) => arrays.points.idAt(i))).toEqual([
      'damascus-1',
      'damascus-2',
      'damascus-3',
    ]);
    expect([...(stacks[0]?.regions ?? [])]).toEqual([0]);
  });

  it('counts the members drawn now: by date, by kind, and none when fewer than two show', () => {
    expect(shownStacks(stacks, arrays, visibility(100))).toEqual([expect.objectContaining({ count: 4 })]);
    expect(shownStacks(stacks, arrays, visibility(16))[0]?.count).toBe(2);
    expect(shownStacks(stacks, arrays, visibility(100, ['meeting']))).toEqual([]);
    expect(shownStacks(stacks, arrays, visibility(12))).toEqual([]);
  });

  it('counts by binary search what testing every member counts, in every mode and kind filter', () => {
    // 3,000 events at 40 places over 400 days, some areas, some lasting up to 20 days.
    const many = buildEventArrays(
      Array.from({ length: 3000 }, (_, i) =>
        ev(`m${i}`, 36 + (i % 40) * 0.01, (i * 7) % 400, {
          kind: KINDS[i % KINDS.length] as Kind,
          radiusKm: i % 11 === 0 ? 5 : 0,
          end: ((i * 7) % 400) + (i % 5 === 0 ? i % 20 : 0),
        }),
      ),
    );
    const found = buildStacks(many);
    const byTesting = (s: DrawState) =>
      found
        .map(({ x, y, points, regions }) => ({
          x,
          y,
          count:
            [...points].filter((i) => isDrawn(many.points, i, s)).length +
            [...regions].filter((j) => isDrawn(many.regions, j, s)).length,
        }))
        .filter((st) => st.count > 1);
    const states: [number, number][] = [
      [200, -1e9],
      [399, -1e9],
      [5, -1e9],
      [200, 170],
      [300, 299],
      [10, -5],
    ];
    for (const [time, windowStart] of states)
      for (const kinds of [KINDS, ['strike', 'clash'] as Kind[], [] as Kind[]]) {
        const s = { time, windowStart, kindMask: kindMask(new Set(kinds)) };
        const v = {
          ...s,
          points: visibleRange(many.points, windowStart, time),
          regions: visibleRange(many.regions, windowStart, time),
        };
        expect(shownStacks(found, many, v), `T ${time}, start ${windowStart}, ${kinds.length} kinds`).toEqual(
          byTesting(s),
        );
      }
  });

  it('does not search a run too big to be anything but a cloud', () => {
    const many = Array.from({ length: STACK_SEARCH_LIMIT + 1 }, (_, i) => ev(`e${i}`, 36, i));
    expect(buildStacks(buildEventArrays(many))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildEventArrays } from './arrays';
import { heldAlike, spanEnds } from './extension';
import { eventInput } from './test-input';

const ev = (id: string, day: number, end = day) => eventInput(id, day, { end, span: end > day });

describe('whether a picture of the first events of a run holds for another day', () => {
  // Sorted by day: a 10, s 12–20 (a span), b 15, t 16–30 (a span), c 25.
  const { points } = buildEventArrays([
    ev('c', 25),
    ev('t', 16, 30),
    ev('b', 15),
    ev('s', 12, 20),
    ev('a', 10),
  ]);

  it('lists the spans by their end, with where each is', () => {
    const { ends, at } = spanEnds(points);
    expect(Array.from(ends)).toEqual([20, 30]);
    expect(Array.from(at, (i) => points.idAt(i))).toEqual(['s', 't']);
    expect(spanEnds(points)).toBe(spanEnds(points));
  });

  it('holds while no span it holds ends between the days', () => {
    // The first three (a, s, b), drawn on day 15: s shows its halo until day 20.
    expect(heldAlike(points, 3, 15, 19)).toBe(true);
    expect(heldAlike(points, 3, 15, 20)).toBe(true);
    expect(heldAlike(points, 3, 15, 21)).toBe(false);
    expect(heldAlike(points, 3, 21, 15)).toBe(false);
    expect(heldAlike(points, 3, 21, 40)).toBe(true);
    // t ends on 30, but the first three do not hold it.
    expect(heldAlike(points, 3, 25, 35)).toBe(true);
    expect(heldAlike(points, 4, 25, 35)).toBe(false);
    expect(heldAlike(points, 0, 1, 100)).toBe(true);
  });

  it('does not hold when one of its events begins between the days', () => {
    // All five held (as the region circles are, every one drawn): c begins on 25.
    expect(heldAlike(points, 5, 31, 40)).toBe(true);
    expect(heldAlike(points, 5, 24, 31)).toBe(false);
    expect(heldAlike(points, 5, 31, 24)).toBe(false);
    expect(heldAlike(points, 2, 13, 14)).toBe(true);
    expect(heldAlike(points, 5, 7, 7)).toBe(true);
  });
});

// Events drawn at one place: the same position, to the float the GPU gets. They stay on top of
// one another at every zoom, so the map marks each stack with how many of its events are shown
// (map/bind-stacks.ts) and a click there lists them all. Pure data, built with the drawing.
import { AT, at, type EventArrays, type EventRun, isDrawn } from './arrays';
import type { Visibility } from './pick';

/** One place with two or more events: a point index i is i, a region index j is −(j + 1). */
export type Stack = { x: number; y: number; members: Int32Array };
/** A stack as shown now: where, and how many of its events are drawn. */
export type ShownStack = { x: number; y: number; count: number };

/** Past this many events in a run it is not searched for stacks: a cloud of dots is not a stack. */
export const STACK_SEARCH_LIMIT = 50_000;

export function buildStacks(arrays: EventArrays): Stack[] {
  const byPlace = new Map<string, { x: number; y: number; members: number[] }>();
  const add = (run: EventRun, code: (i: number) => number) => {
    if (run.count > STACK_SEARCH_LIMIT) return;
    for (let i = 0; i < run.count; i++) {
      const [x, y] = [at(run, i, AT.x), at(run, i, AT.y)];
      const key = `${x},${y}`;
      const place = byPlace.get(key) ?? { x, y, members: [] };
      place.members.push(code(i));
      byPlace.set(key, place);
    }
  };
  add(arrays.points, (i) => i);
  add(arrays.regions, (j) => -(j + 1));
  return [...byPlace.values()]
    .filter((p) => p.members.length > 1)
    .map(({ x, y, members }) => ({ x, y, members: Int32Array.from(members) }));
}

const inRange = (i: number, [from, to]: [number, number]) => i >= from && i < to;

/** How many events of each stack are drawn in this state; only the stacks with two or more. */
export function shownStacks(stacks: readonly Stack[], arrays: EventArrays, v: Visibility): ShownStack[] {
  const shown: ShownStack[] = [];
  for (const { x, y, members } of stacks) {
    let count = 0;
    for (const m of members) {
      const [run, range, i] = m >= 0 ? [arrays.points, v.points, m] : [arrays.regions, v.regions, -m - 1];
      if (inRange(i, range) && isDrawn(run, i, v)) count++;
    }
    if (count > 1) shown.push({ x, y, count });
  }
  return shown;
}

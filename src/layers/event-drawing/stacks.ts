// Events drawn at one place: the same position, to the float the GPU gets. They stay on top of
// one another at every zoom, so the map marks each stack with how many of its events are shown
// (map/bind-stacks.ts) and a click there lists them all. Pure data, built with the drawing.
import { EVERY_KIND } from '../../data/kinds';
import { upperBound } from '../../data/sorted';
import { at, type EventArrays, type EventRun, isDrawn } from './arrays';
import { AT } from './instance';
import type { Visibility } from './pick';

/**
 * One place with two or more events: its members' indices in each run, ascending (so by date),
 * which lets a time step count them by binary search instead of testing each one.
 */
export type Stack = { x: number; y: number; points: Int32Array; regions: Int32Array };
/** A stack as shown now: where, and how many of its events are drawn. */
export type ShownStack = { x: number; y: number; count: number };

/** Past this many events in a run it is not searched for stacks: a cloud of dots is not a stack. */
export const STACK_SEARCH_LIMIT = 50_000;

type Place = { x: number; y: number; points: number[]; regions: number[] };

export function buildStacks(arrays: EventArrays): Stack[] {
  const byPlace = new Map<string, Place>();
  const add = (run: EventRun, into: 'points' | 'regions') => {
    if (run.count > STACK_SEARCH_LIMIT) return;
    for (let i = 0; i < run.count; i++) {
      const [x, y] = [at(run, i, AT.x), at(run, i, AT.y)];
      const key = `${x},${y}`;
      const place = byPlace.get(key) ?? { x, y, points: [], regions: [] };
      place[into].push(i);
      byPlace.set(key, place);
    }
  };
  add(arrays.points, 'points');
  add(arrays.regions, 'regions');
  return [...byPlace.values()]
    .filter((p) => p.points.length + p.regions.length > 1)
    .map(({ x, y, points, regions }) => ({
      x,
      y,
      points: Int32Array.from(points),
      regions: Int32Array.from(regions),
    }));
}

/**
 * Whether every instance in the run's visible range is drawn: all kinds on, and a window that
 * starts before the run's first day (cumulative mode), so no event there is over by its start.
 */
const allInRangeDrawn = (run: EventRun, v: Visibility) =>
  (v.kindMask & EVERY_KIND) === EVERY_KIND && (run.count === 0 || v.windowStart < (run.days[0] as number));

/** How many of `members` (ascending) are drawn: those in the range, each tested unless all are. */
function countDrawn(
  members: Int32Array,
  run: EventRun,
  [from, to]: [number, number],
  v: Visibility,
  all: boolean,
) {
  const lo = upperBound(members, from - 1);
  const hi = upperBound(members, to - 1);
  if (all) return hi - lo;
  let count = 0;
  for (let k = lo; k < hi; k++) if (isDrawn(run, members[k] as number, v)) count++;
  return count;
}

/**
 * How many events of each stack are drawn in this state; only the stacks with two or more. In the
 * default view (cumulative, every kind) a stack costs two binary searches per run; otherwise only
 * its members inside the visible range (the window plus the longest span) are tested.
 */
export function shownStacks(stacks: readonly Stack[], arrays: EventArrays, v: Visibility): ShownStack[] {
  const allPoints = allInRangeDrawn(arrays.points, v);
  const allRegions = allInRangeDrawn(arrays.regions, v);
  const shown: ShownStack[] = [];
  for (const { x, y, points, regions } of stacks) {
    const count =
      countDrawn(points, arrays.points, v.points, v, allPoints) +
      countDrawn(regions, arrays.regions, v.regions, v, allRegions);
    if (count > 1) shown.push({ x, y, count });
  }
  return shown;
}

// What every search for the list's rows starts from: each shown set's view (its index, the kinds
// of it that are on) and the counts that split the list in two, the rows begun inside the window
// (found by binary search) and the tail before it (shown-tail.ts). Built per call: it costs a few
// binary searches per set, never a pass over the events.
import type { Day } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { upperBound } from '../data/sorted';
import { type EventIndex, totalShown } from '../timeline/event-index';
import { type TimeState, windowStart } from '../timeline/visibility';
import type { EventSet } from './event-sets';

/** A row of the list: which set (its place in the sets given) and where in that set's table. */
export type RowRef = { set: number; position: number };

/** One set as the search reads it. */
export type View = {
  index: EventIndex;
  end: Float64Array;
  kind: Uint8Array;
  /** The kinds this set has that are on. */
  on: readonly Kind[];
  /** Every kind the set has is on: its rows on a run of days are one run of positions. */
  allOn: boolean;
};

export type Plan = {
  views: readonly View[];
  time: Day;
  /** The window's start: shown events end after it. */
  start: Day;
  /** How many shown events began after `start` (all of them in cumulative mode). */
  begunInWindow: number;
  total: number;
  /** Below every set's first day: where the search over days can start. */
  floor: Day;
};

/** How many rows the list has: every event on the map (as `shownCount`). */
export const shownRowCount = (sets: readonly EventSet[], s: TimeState): number =>
  sets.reduce((n, set) => n + totalShown(set.events.index, s), 0);

function viewOf({ events }: EventSet, kinds: ReadonlySet<Kind>): View {
  const present = KINDS.filter((k) => events.index.byKind[k].length > 0);
  const on = present.filter((k) => kinds.has(k));
  return {
    index: events.index,
    end: events.table.end,
    kind: events.table.kind,
    on,
    allOn: on.length === present.length,
  };
}

export function planOf(sets: readonly EventSet[], s: TimeState): Plan {
  const start = windowStart(s);
  const views = sets.map((set) => viewOf(set, s.kinds));
  const firsts = sets.flatMap(({ events }) =>
    events.table.count > 0 ? [events.index.days[0] as number] : [],
  );
  const floor = Math.max(start, Math.min(s.time, ...firsts) - 1);
  const plan: Plan = { views, time: s.time, start, floor, begunInWindow: 0, total: shownRowCount(sets, s) };
  plan.begunInWindow = begunAfter(plan, start);
  return plan;
}

/** Shown events of a set begun in (a, b], for a ≥ the window's start: those of a kind that is on. */
export function countIn(v: View, a: Day, b: Day): number {
  if (b <= a) return 0;
  if (v.allOn) return upperBound(v.index.days, b) - upperBound(v.index.days, a);
  let n = 0;
  for (const k of v.on) n += upperBound(v.index.byKind[k], b) - upperBound(v.index.byKind[k], a);
  return n;
}

/** Shown events of every set begun after `a` (a ≥ the window's start): the rows above day a. */
export const begunAfter = (p: Plan, a: Day) => p.views.reduce((n, v) => n + countIn(v, a, p.time), 0);

// The list's tail, in window mode: events begun on or before the window's start that run past it.
// Whether one is shown hangs on its end as well as its first day, so the index's counts by first
// day cannot place it: they are found by a scan, as `shownBetween` does. Only events begun after
// start − maxSpan can run past the start, so each set scans that much, never the whole set.
import type { Day } from '../data/dates';
import { KINDS } from '../data/kinds';
import { upperBound } from '../data/sorted';
import type { TimeState } from '../timeline/visibility';
import type { EventSet } from './event-sets';
import type { Plan, RowRef } from './shown-plan';

/**
 * The tail of the last state asked for, per list of sets (weakly: a removed import's rows are not
 * held), since a scroll through the tail asks again for every frame.
 */
const tails = new WeakMap<readonly EventSet[], { s: TimeState; rows: RowRef[] }>();

/** The tail's rows, newest first: after every row begun in the window. */
export function tailOf(sets: readonly EventSet[], s: TimeState, p: Plan): RowRef[] {
  if (p.total === p.begunInWindow) return [];
  const kept = tails.get(sets);
  if (kept?.s === s) return kept.rows;
  const rows: (RowRef & { day: Day })[] = [];
  p.views.forEach((v, set) => {
    const on = new Set(v.on.map((k) => KINDS.indexOf(k)));
    const { days } = v.index;
    const last = upperBound(days, p.start);
    for (let i = upperBound(days, p.start - v.index.maxSpan); i < last; i++) {
      if ((v.end[i] as number) > p.start && on.has(v.kind[i] as number)) {
        rows.push({ set, position: i, day: days[i] as number });
      }
    }
  });
  rows.sort((x, y) => y.day - x.day || y.set - x.set || y.position - x.position);
  const refs = rows.map(({ set, position }) => ({ set, position }));
  tails.set(sets, { s, rows: refs });
  return refs;
}

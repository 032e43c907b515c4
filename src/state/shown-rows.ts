// The event list's rows on demand: row k of everything on the map, in the list's order, without
// a pass over the events. The list asks only for the rows it draws, so a time step or a scroll
// costs those rows (and a few binary searches), whether the map shows a hundred events or a
// million.
//
// The order is the one the list has always had: newest day first; on one day the later set first
// (imports after the curated story, as `shownSets` lists them), and in a set the later row first.
// That is `newestOf`'s date order turned round by `inListOrder`; oldest first is it read backwards.
//
// How: shown-plan.ts counts what each set shows, shown-search.ts finds row k among the rows begun
// in the window by binary searches, and shown-tail.ts scans for the rest (events begun by the
// window's start that run past it, window mode only).
import type { Day } from '../data/dates';
import { recordAt } from '../data/event-table';
import type { EventRecord } from '../data/events';
import type { TimeState } from '../timeline/visibility';
import type { EventSet } from './event-sets';
import { planOf, type RowRef } from './shown-plan';
import { newestFrom, rankOf } from './shown-search';

export type { RowRef } from './shown-plan';

function take(rows: Iterator<RowRef>, n: number): RowRef[] {
  const out: RowRef[] = [];
  while (out.length < n) {
    const next = rows.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/** Rows [from, to) of the list as sets and positions, newest first unless `newestFirst` is false. */
export function shownRowRefs(
  sets: readonly EventSet[],
  s: TimeState,
  from: number,
  to: number,
  newestFirst = true,
): RowRef[] {
  const p = planOf(sets, s);
  const [lo, hi] = [Math.max(0, Math.min(from, p.total)), Math.max(0, Math.min(to, p.total))];
  if (hi <= lo) return [];
  if (newestFirst) return take(newestFrom(sets, s, p, lo), hi - lo);
  return take(newestFrom(sets, s, p, p.total - hi), hi - lo).reverse();
}

/** Rows [from, to) of the list as the records it shows, newest first unless `newestFirst` is false. */
export const shownRows = (
  sets: readonly EventSet[],
  s: TimeState,
  from: number,
  to: number,
  newestFirst = true,
): EventRecord[] =>
  shownRowRefs(sets, s, from, to, newestFirst).map((r) =>
    recordAt((sets[r.set] as EventSet).events.table, r.position),
  );

/** The newest day with an event on the map, or null when none is. */
export function newestShownDay(sets: readonly EventSet[], s: TimeState): Day | null {
  const [row] = shownRowRefs(sets, s, 0, 1);
  return row ? ((sets[row.set] as EventSet).events.index.days[row.position] as number) : null;
}

/**
 * Where the event `id` is in the list (0 = the top), or -1 when it is not on the map: found in
 * the first set that has it, as `findEvent` finds it, through the set's id index.
 */
export function rowOf(sets: readonly EventSet[], s: TimeState, id: string, newestFirst = true): number {
  const set = sets.findIndex((x) => x.events.drawing.arrays.byId.find(id) >= 0);
  if (set < 0) return -1;
  const p = planOf(sets, s);
  const rank = rankOf(sets, s, p, set, (sets[set] as EventSet).events.drawing.arrays.byId.find(id));
  if (rank < 0) return -1;
  return newestFirst ? rank : p.total - 1 - rank;
}

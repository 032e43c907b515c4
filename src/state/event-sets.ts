// The events the timeline works on: the curated story plus each visible import, as sets that
// each carry their table and its O(log n) index, built once per load (an import's in its worker);
// a toggle only changes which sets count. Rows become records only when something shows them.
import type { Day } from '../data/dates';
import { type EventTable, recordAt } from '../data/event-table';
import type { EventRecord } from '../data/events';
import { upperBound } from '../data/sorted';
import type { PreparedEvents } from '../import/prepared';
import { shownBetween } from '../timeline/event-index';
import { type TimeState, windowStart } from '../timeline/visibility';

export type EventSet = { id: string; events: PreparedEvents };

/** The nearest date after `t` (or before it) that has an event in any set; null at the ends. */
export function stepAcross(sets: readonly EventSet[], t: Day, direction: 1 | -1): Day | null {
  let best: Day | null = null;
  for (const { events } of sets) {
    const days = events.index.days;
    const i = direction === 1 ? upperBound(days, t) : upperBound(days, t - 1) - 1;
    const d = days[i];
    if (d === undefined) continue;
    if (best === null || (direction === 1 ? d < best : d > best)) best = d;
  }
  return best;
}

/** Records already read, per table: a step forward shows mostly the rows the last one did. */
const readRows = new WeakMap<EventTable, Map<number, EventRecord>>();
/** Past this many a table's records are read afresh: a few screens of the list, not the data. */
const KEPT_ROWS = 4096;

/** Row p of a table as a record, the same object each time while it is kept. */
export function rowOf(table: EventTable, p: number): EventRecord {
  let rows = readRows.get(table);
  if (!rows || rows.size > KEPT_ROWS) {
    rows = new Map();
    readRows.set(table, rows);
  }
  const kept = rows.get(p);
  if (kept) return kept;
  const e = recordAt(table, p);
  rows.set(p, e);
  return e;
}

/** Rows of a set as records, by position. */
export const recordsAt = (set: EventSet, positions: readonly number[]): EventRecord[] =>
  positions.map((p) => rowOf(set.events.table, p));

/** The newest `limit` of several date-sorted lists, in date order. */
export function newestOf<E extends { day: Day }>(lists: readonly (readonly E[])[], limit: number): E[] {
  if (lists.length === 1) return (lists[0] ?? []).slice(-limit);
  return lists
    .flat()
    .sort((a, b) => a.day - b.day)
    .slice(-limit);
}

/** Positions of every event of `set` on the map in this state, in date order. */
export const shownPositions = (set: EventSet, s: TimeState): number[] =>
  shownBetween(set.events.table, set.events.index, s.kinds, windowStart(s), s.time, Number.POSITIVE_INFINITY);

/** Every event of `set` on the map in this state, in date order: what an export writes out. */
export const shownIn = (set: EventSet, s: TimeState): EventRecord[] => recordsAt(set, shownPositions(set, s));

// The events the timeline works on: the curated story plus each visible import, as sets that
// each keep their own O(log n) index. Built once per load; a toggle only changes which sets count.
import type { Day } from '../data/dates';
import { CURATED, type EventRecord } from '../data/events';
import { perList } from '../data/per-list';
import { upperBound } from '../data/sorted';
import { buildIndex, type EventIndex, shownBetween } from '../timeline/event-index';
import { tally } from '../timeline/histogram';
import { dataRange, type TimeState, windowStart } from '../timeline/visibility';

export type EventSet = { id: string; events: readonly EventRecord[]; index: EventIndex };

/** The index of a list of events, built the first time it is asked for. */
export const indexFor = perList(buildIndex);
/** What a list adds to the histogram, likewise. */
export const tallyFor = perList(tally);
/** The dates a list spans, likewise: toggling an import must not re-read a million events. */
export const rangeFor = perList(dataRange);

export const makeSet = (id: string, events: readonly EventRecord[]): EventSet => ({
  id,
  events,
  index: indexFor(events),
});

export const curatedSet = (events: readonly EventRecord[]) => makeSet(CURATED, events);

/** The nearest date after `t` (or before it) that has an event in any set; null at the ends. */
export function stepAcross(sets: readonly EventSet[], t: Day, direction: 1 | -1): Day | null {
  let best: Day | null = null;
  for (const { index } of sets) {
    const days = index.days;
    const i = direction === 1 ? upperBound(days, t) : upperBound(days, t - 1) - 1;
    const d = days[i];
    if (d === undefined) continue;
    if (best === null || (direction === 1 ? d < best : d > best)) best = d;
  }
  return best;
}

/** The newest `limit` of several date-sorted lists, in date order. */
export function newestOf<E extends { day: Day }>(lists: readonly (readonly E[])[], limit: number): E[] {
  if (lists.length === 1) return (lists[0] ?? []).slice(-limit);
  return lists
    .flat()
    .sort((a, b) => a.day - b.day)
    .slice(-limit);
}

/** Every event of `set` on the map in this state, in date order: what an export writes out. */
export const shownIn = (set: EventSet, s: TimeState): EventRecord[] =>
  shownBetween(set.events, set.index, s.kinds, windowStart(s), s.time, Number.POSITIVE_INFINITY);

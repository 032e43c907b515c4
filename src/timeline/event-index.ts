// Answers about the events at a time in O(log n): how many per kind, the newest few, the ones
// just revealed. Built once per data load, so the slider stays cheap at a million events.
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { type TimeState, windowStart } from './visibility';

export type EventIndex = {
  /** Day of each event, in the events' (date) order. */
  days: Float64Array;
  /** Per kind, its events' days, ascending. */
  byKind: Record<Kind, Float64Array>;
};

/** First index whose day is greater than `day` (days sorted ascending). */
export function upperBound(days: ArrayLike<number>, day: Day): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `events` must be sorted by day, as parseEvents returns them. */
export function buildIndex(events: readonly Pick<EventRecord, 'day' | 'kind'>[]): EventIndex {
  const perKind = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  for (const e of events) perKind[e.kind].push(e.day);
  return {
    days: Float64Array.from(events, (e) => e.day),
    byKind: Object.fromEntries(KINDS.map((k) => [k, Float64Array.from(perKind[k])])) as Record<
      Kind,
      Float64Array
    >,
  };
}

const countIn = (days: Float64Array, from: Day, to: Day) => upperBound(days, to) - upperBound(days, from);

/** Per kind, how many events are shown at this time, whether or not the kind is toggled on. */
export function countsByKind(index: EventIndex, s: TimeState): Record<Kind, number> {
  const from = windowStart(s);
  return Object.fromEntries(KINDS.map((k) => [k, countIn(index.byKind[k], from, s.time)])) as Record<
    Kind,
    number
  >;
}

export const totalShown = (index: EventIndex, s: TimeState) =>
  KINDS.reduce((n, k) => (s.kinds.has(k) ? n + countIn(index.byKind[k], windowStart(s), s.time) : n), 0);

/**
 * Shown events dated in (after, upTo], of the visible kinds: the last `limit` of them in date
 * order. With after = the window start this is "the newest events on the map".
 */
export function shownBetween<E extends Pick<EventRecord, 'day' | 'kind'>>(
  events: readonly E[],
  index: EventIndex,
  kinds: ReadonlySet<Kind>,
  after: Day,
  upTo: Day,
  limit: number,
): E[] {
  const lo = upperBound(index.days, after);
  const out: E[] = [];
  for (let i = upperBound(index.days, upTo) - 1; i >= lo && out.length < limit; i--) {
    const e = events[i] as E;
    if (kinds.has(e.kind)) out.push(e);
  }
  return out.reverse();
}

// Answers about the events at a time in O(log n): how many per kind, the newest few, the ones
// just revealed. Built once per data load, so the slider stays cheap at a million events.
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { upperBound } from '../data/sorted';
import { type TimeState, windowStart } from './visibility';

export type EventIndex = {
  /** Day of each event, in the events' (date) order. */
  days: Float64Array;
  /** Per kind, its events' first days, ascending. */
  byKind: Record<Kind, Float64Array>;
  /** Per kind, where its events are in the list, ascending (so in byKind's order). */
  positionsByKind: Record<Kind, Uint32Array>;
  /** Per kind, its events' last days, ascending: how many are over before a window begins. */
  endsByKind: Record<Kind, Float64Array>;
  /** The longest end − day: no event begun on or before `x − maxSpan` runs past x. */
  maxSpan: number;
};

type Indexed = Pick<EventRecord, 'day' | 'end' | 'kind'>;

const perKind = <T>(make: (k: Kind) => T) =>
  Object.fromEntries(KINDS.map((k) => [k, make(k)])) as Record<Kind, T>;

/** `events` must be sorted by day, as parseEvents returns them. */
export function buildIndex(events: readonly Indexed[]): EventIndex {
  const days = perKind(() => [] as number[]);
  const ends = perKind(() => [] as number[]);
  const positions = perKind(() => [] as number[]);
  let maxSpan = 0;
  events.forEach((e, p) => {
    days[e.kind].push(e.day);
    ends[e.kind].push(e.end);
    positions[e.kind].push(p);
    maxSpan = Math.max(maxSpan, e.end - e.day);
  });
  return {
    days: Float64Array.from(events, (e) => e.day),
    byKind: perKind((k) => Float64Array.from(days[k])),
    positionsByKind: perKind((k) => Uint32Array.from(positions[k])),
    endsByKind: perKind((k) => Float64Array.from(ends[k]).sort()),
    maxSpan,
  };
}

/**
 * Shown = begun by T minus over by the window's start. Every event over by then (end ≤ start)
 * also began by then, and the start is before T, so the second set lies inside the first.
 */
const countShown = (index: EventIndex, k: Kind, s: TimeState) =>
  upperBound(index.byKind[k], s.time) - upperBound(index.endsByKind[k], windowStart(s));

/** Per kind, how many events are shown at this time, whether or not the kind is toggled on. */
export const countsByKind = (index: EventIndex, s: TimeState): Record<Kind, number> =>
  perKind((k) => countShown(index, k, s));

export const totalShown = (index: EventIndex, s: TimeState) =>
  KINDS.reduce((n, k) => (s.kinds.has(k) ? n + countShown(index, k, s) : n), 0);

/**
 * What to find: events begun in (from, upTo] of a visible kind still running after `after` (end >
 * after), the last `limit` of them.
 */
type Walk = { from: Day; upTo: Day; after: Day; kinds: ReadonlySet<Kind>; limit: number };

/** Walked over the list, newest first. */
function newestInList<E extends Indexed>(events: readonly E[], index: EventIndex, w: Walk): E[] {
  const out: E[] = [];
  const lo = upperBound(index.days, w.from);
  for (let i = upperBound(index.days, w.upTo) - 1; i >= lo && out.length < w.limit; i--) {
    const e = events[i] as E;
    if (e.end > w.after && w.kinds.has(e.kind)) out.push(e);
  }
  return out.reverse();
}

/** Walked kind by kind, newest first, each kind's last `limit` merged in list order. */
function newestByKind<E extends Indexed>(events: readonly E[], index: EventIndex, w: Walk): E[] {
  const found: number[] = [];
  for (const k of KINDS) {
    if (!w.kinds.has(k)) continue;
    const [days, positions] = [index.byKind[k], index.positionsByKind[k]];
    const lo = upperBound(days, w.from);
    for (let i = upperBound(days, w.upTo) - 1, n = 0; i >= lo && n < w.limit; i--) {
      const p = positions[i] as number;
      if ((events[p] as E).end <= w.after) continue;
      found.push(p);
      n++;
    }
  }
  return found
    .sort((a, b) => a - b)
    .slice(-w.limit)
    .map((p) => events[p] as E);
}

/**
 * The newest events a walk finds, in date order. With some kinds off it walks kind by kind, so a
 * rare kind on its own costs its own events, not all the others' (a million events, one kind of
 * 0.02 % shown: 3–5 ms a step walking the list, 0.01 ms by kind). With every kind on, or no limit
 * (an export), the list itself is walked: nothing in it is skipped for its kind.
 */
const newestRunning = <E extends Indexed>(events: readonly E[], index: EventIndex, w: Walk): E[] =>
  w.kinds.size < KINDS.length && Number.isFinite(w.limit)
    ? newestByKind(events, index, w)
    : newestInList(events, index, w);

/**
 * Events of the visible kinds shown in the window (after, upTo]: begun by upTo and not over by
 * `after`. The last `limit` of them in date order; with after = the window start this is "the
 * newest events on the map". Only events begun after `after − maxSpan` can still be running,
 * so the scan is bounded by the window plus the longest span.
 */
export function shownBetween<E extends Indexed>(
  events: readonly E[],
  index: EventIndex,
  kinds: ReadonlySet<Kind>,
  after: Day,
  upTo: Day,
  limit: number,
): E[] {
  return newestRunning(events, index, { from: after - index.maxSpan, upTo, after, kinds, limit });
}

/**
 * What a step from `from` to T revealed: events shown at T whose FIRST day is in (from, T]. An
 * event already running at `from` is not new, whatever the window. The newest `limit`, and how
 * many in all: those begun inside the window by counting, plus the few begun between `from` and
 * the window's start that still run into it (only after a jump longer than the window).
 */
export function startedSince<E extends Indexed>(
  events: readonly E[],
  index: EventIndex,
  from: Day,
  s: TimeState,
  limit: number,
): { newest: E[]; total: number } {
  if (from >= s.time) return { newest: [], total: 0 };
  const start = windowStart(s);
  const after = Math.max(from, start);
  const begunFrom = Math.max(from, start - index.maxSpan);
  const lo = upperBound(index.days, begunFrom);
  const begunInWindow = (k: Kind) => upperBound(index.byKind[k], s.time) - upperBound(index.byKind[k], after);
  const total =
    KINDS.reduce((n, k) => (s.kinds.has(k) ? n + begunInWindow(k) : n), 0) +
    runningCount(events, [lo, upperBound(index.days, after)], start, s.kinds);
  const walk = { from: begunFrom, upTo: s.time, after: start, kinds: s.kinds, limit };
  const newest = newestRunning(events, index, walk);
  return { newest, total };
}

/** How many of events[lo, hi) of a visible kind are still running after `after`. */
function runningCount(
  events: readonly Indexed[],
  [lo, hi]: [number, number],
  after: Day,
  kinds: ReadonlySet<Kind>,
) {
  let n = 0;
  for (let i = lo; i < hi; i++) {
    const e = events[i] as Indexed;
    if (e.end > after && kinds.has(e.kind)) n++;
  }
  return n;
}

// Answers about the events at a time in O(log n): how many per kind, the newest few, the ones
// just revealed. Built once per data load, so the slider stays cheap at a million events.
import type { Day } from '../data/dates';
import type { EventNumbers } from '../data/event-table';
import { EVERY_KIND, KINDS, type Kind, kindMask } from '../data/kinds';
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

/** The columns the index reads: each event's days and its kind (an index into KINDS). */
export type Indexed = Pick<EventNumbers, 'day' | 'end' | 'kind'>;

const perKind = <T>(make: (k: Kind) => T) =>
  Object.fromEntries(KINDS.map((k) => [k, make(k)])) as Record<Kind, T>;

/** `t` must be sorted by day, as the parsers return events and their tables keep them. */
export function buildIndex(t: Indexed): EventIndex {
  const n = t.day.length;
  const sizes = new Uint32Array(KINDS.length);
  let maxSpan = 0;
  for (let p = 0; p < n; p++) {
    sizes[t.kind[p] as number] = (sizes[t.kind[p] as number] as number) + 1;
    maxSpan = Math.max(maxSpan, (t.end[p] as number) - (t.day[p] as number));
  }
  const days = KINDS.map((_, k) => new Float64Array(sizes[k] as number));
  const ends = KINDS.map((_, k) => new Float64Array(sizes[k] as number));
  const positions = KINDS.map((_, k) => new Uint32Array(sizes[k] as number));
  const filled = new Uint32Array(KINDS.length);
  for (let p = 0; p < n; p++) {
    const k = t.kind[p] as number;
    const j = filled[k] as number;
    filled[k] = j + 1;
    (days[k] as Float64Array)[j] = t.day[p] as number;
    (ends[k] as Float64Array)[j] = t.end[p] as number;
    (positions[k] as Uint32Array)[j] = p;
  }
  const byIndex = <T>(list: T[]) => perKind((k) => list[KINDS.indexOf(k)] as T);
  return {
    days: t.day,
    byKind: byIndex(days),
    positionsByKind: byIndex(positions),
    endsByKind: byIndex(ends.map((e) => e.sort())),
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
 * after), the last `limit` of them. `kinds` is a bit mask over KINDS.
 */
type Walk = { from: Day; upTo: Day; after: Day; kinds: number; limit: number };

const kindOn = (mask: number, kind: number) => ((mask >> kind) & 1) === 1;

/** Walked over the list, newest first. */
function newestInList(t: Indexed, index: EventIndex, w: Walk): number[] {
  const out: number[] = [];
  const lo = upperBound(index.days, w.from);
  for (let i = upperBound(index.days, w.upTo) - 1; i >= lo && out.length < w.limit; i--) {
    if ((t.end[i] as number) > w.after && kindOn(w.kinds, t.kind[i] as number)) out.push(i);
  }
  return out.reverse();
}

/** Walked kind by kind, newest first, each kind's last `limit` merged in list order. */
function newestByKind(t: Indexed, index: EventIndex, w: Walk): number[] {
  const found: number[] = [];
  KINDS.forEach((k, ki) => {
    if (!kindOn(w.kinds, ki)) return;
    const [days, positions] = [index.byKind[k], index.positionsByKind[k]];
    const lo = upperBound(days, w.from);
    for (let i = upperBound(days, w.upTo) - 1, n = 0; i >= lo && n < w.limit; i--) {
      const p = positions[i] as number;
      if ((t.end[p] as number) <= w.after) continue;
      found.push(p);
      n++;
    }
  });
  return found.sort((a, b) => a - b).slice(-w.limit);
}

/**
 * The newest events a walk finds, in date order. With some kinds off it walks kind by kind, so a
 * rare kind on its own costs its own events, not all the others' (a million events, one kind of
 * 0.02 % shown: 3–5 ms a step walking the list, 0.01 ms by kind). With every kind on, or no limit
 * (an export), the list itself is walked: nothing in it is skipped for its kind.
 */
const newestRunning = (t: Indexed, index: EventIndex, w: Walk): number[] =>
  w.kinds !== EVERY_KIND && Number.isFinite(w.limit) ? newestByKind(t, index, w) : newestInList(t, index, w);

/**
 * Positions of the events of the visible kinds shown in the window (after, upTo]: begun by upTo
 * and not over by `after`. The last `limit` of them in date order; with after = the window start
 * this is "the newest events on the map". Only events begun after `after − maxSpan` can still be
 * running, so the scan is bounded by the window plus the longest span.
 */
export function shownBetween(
  t: Indexed,
  index: EventIndex,
  kinds: ReadonlySet<Kind>,
  after: Day,
  upTo: Day,
  limit: number,
): number[] {
  return newestRunning(t, index, { from: after - index.maxSpan, upTo, after, kinds: kindMask(kinds), limit });
}

/**
 * What a step from `from` to T revealed: events shown at T whose FIRST day is in (from, T]. An
 * event already running at `from` is not new, whatever the window. The newest `limit` (their
 * positions), and how many in all: those begun inside the window by counting, plus the few begun
 * between `from` and the window's start that still run into it (only after a jump longer than the
 * window).
 */
export function startedSince(
  t: Indexed,
  index: EventIndex,
  from: Day,
  s: TimeState,
  limit: number,
): { newest: number[]; total: number } {
  if (from >= s.time) return { newest: [], total: 0 };
  const start = windowStart(s);
  const after = Math.max(from, start);
  const begunFrom = Math.max(from, start - index.maxSpan);
  const lo = upperBound(index.days, begunFrom);
  const kinds = kindMask(s.kinds);
  const begunInWindow = (k: Kind) => upperBound(index.byKind[k], s.time) - upperBound(index.byKind[k], after);
  const total =
    KINDS.reduce((n, k) => (s.kinds.has(k) ? n + begunInWindow(k) : n), 0) +
    runningCount(t, [lo, upperBound(index.days, after)], start, kinds);
  const newest = newestRunning(t, index, { from: begunFrom, upTo: s.time, after: start, kinds, limit });
  return { newest, total };
}

/** How many of events[lo, hi) of a visible kind are still running after `after`. */
function runningCount(t: Indexed, [lo, hi]: [number, number], after: Day, kinds: number) {
  let n = 0;
  for (let i = lo; i < hi; i++) if ((t.end[i] as number) > after && kindOn(kinds, t.kind[i] as number)) n++;
  return n;
}

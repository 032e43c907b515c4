// Which events are on the map at a given time: the one rule that the list, the counts and the
// map's filter expressions (layers/events.ts) all follow.
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import type { Kind } from '../data/kinds';

export type Mode = 'cumulative' | 'window';

/** The window mode's length, in days, unless the user or the link says otherwise. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The longest window a user or a link can ask for: ten years. */
export const MAX_WINDOW_DAYS = 3650;
export type TimeState = { time: Day; mode: Mode; windowDays: number; kinds: ReadonlySet<Kind> };

/** Shown: of a visible kind, dated on or before T, and in window mode within the last N days. */
export function isShown(e: Pick<EventRecord, 'day' | 'kind'>, s: TimeState): boolean {
  if (!s.kinds.has(e.kind) || e.day > s.time) return false;
  return s.mode === 'cumulative' || e.day > s.time - s.windowDays;
}

/** The first day an event is not shown any more in window mode (∞-like in cumulative mode). */
export const windowStart = (s: Pick<TimeState, 'time' | 'mode' | 'windowDays'>): Day =>
  s.mode === 'window' ? s.time - s.windowDays : -1e9;

/** Days of padding either side of the data on the slider. */
export const RANGE_PAD_DAYS = 14;

export function dataRange(events: readonly Pick<EventRecord, 'day' | 'end'>[]): { start: Day; end: Day } {
  if (events.length === 0) return { start: 0, end: 0 };
  let [start, end] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const e of events) {
    start = Math.min(start, e.day);
    end = Math.max(end, e.end);
  }
  return { start: start - RANGE_PAD_DAYS, end: end + RANGE_PAD_DAYS };
}

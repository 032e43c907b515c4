// Which events are on the map at a given time: the one rule that the list, the counts, the
// exports and the GL layer's shaders (map/events-gl/) all follow.
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import type { Kind } from '../data/kinds';

export type Mode = 'cumulative' | 'window';

/** The window mode's length, in days, unless the user or the link says otherwise. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The longest window a user or a link can ask for: ten years. */
export const MAX_WINDOW_DAYS = 3650;
/** `windowDays` is at least 1, so a window always ends after it starts. */
export type TimeState = { time: Day; mode: Mode; windowDays: number; kinds: ReadonlySet<Kind> };

/**
 * Shown: of a visible kind, begun on or before T, and in window mode not over before the window
 * (T − N, T] begins. An event's days are [day, end]: a span of days, or the week or month a
 * coarse date may fall in, overlaps the window as long as any of its days does.
 */
export function isShown(e: Pick<EventRecord, 'day' | 'end' | 'kind'>, s: TimeState): boolean {
  return s.kinds.has(e.kind) && e.day <= s.time && e.end > windowStart(s);
}

/** The last day before the window: an event whose end is on or before it is not shown (∞-like in cumulative mode). */
export const windowStart = (s: Pick<TimeState, 'time' | 'mode' | 'windowDays'>): Day =>
  s.mode === 'window' ? s.time - s.windowDays : -1e9;

/** Days of padding either side of the data on the slider. */
export const RANGE_PAD_DAYS = 14;

/** The slider's range over a table's columns, padded: from the first day to the last end. */
export function rangeOf(t: { day: ArrayLike<number>; end: ArrayLike<number> }): { start: Day; end: Day } {
  if (t.day.length === 0) return { start: 0, end: 0 };
  let [start, end] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let i = 0; i < t.day.length; i++) {
    start = Math.min(start, t.day[i] as number);
    end = Math.max(end, t.end[i] as number);
  }
  return { start: start - RANGE_PAD_DAYS, end: end + RANGE_PAD_DAYS };
}

/** The same over records. */
export const dataRange = (events: readonly Pick<EventRecord, 'day' | 'end'>[]): { start: Day; end: Day } =>
  rangeOf({ day: events.map((e) => e.day), end: events.map((e) => e.end) });

// Signals for the events and the time slider. Independent values only; what follows from them
// is computed here too. Changes go through actions.ts.
import { computed, signal } from '@preact/signals';
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { buildIndex, countsByKind as countKinds, shownBetween, totalShown } from '../timeline/event-index';
import {
  DEFAULT_WINDOW_DAYS,
  dataRange,
  eventDays,
  type Mode,
  type TimeState,
  windowStart,
} from '../timeline/visibility';

export const events = signal<readonly EventRecord[]>([]);
/** Problems with the event data, in words for the user; the good events still show. */
export const dataErrors = signal<readonly string[]>([]);

/** The slider's date; null means "the latest", so a fresh link shows every event. */
export const time = signal<Day | null>(null);
export const mode = signal<Mode>('cumulative');
export const windowDays = signal(DEFAULT_WINDOW_DAYS);
export const kindsVisible = signal<ReadonlySet<Kind>>(new Set(KINDS));
export const selectedId = signal<string | null>(null);
export const playing = signal(false);
/** Days per second while playing. */
export const speed = signal(14);
/** The date before the last time change: events after it and up to `time` are new. */
export const previousTime = signal<Day | null>(null);

export const range = computed(() => dataRange(events.value));
export const currentDay = computed(() => time.value ?? range.value.end);
export const days = computed(() => eventDays(events.value));

export const timeState = computed<TimeState>(() => ({
  time: currentDay.value,
  mode: mode.value,
  windowDays: windowDays.value,
  kinds: kindsVisible.value,
}));

/** Built once per data load: counts and lists at any time in O(log n). */
const index = computed(() => buildIndex(events.value));

/** The list shows at most this many of the newest events: a million rows would help nobody. */
export const LIST_LIMIT = 200;

/** How many events are on the map now. */
export const shownCount = computed(() => totalShown(index.value, timeState.value));

/** The newest events on the map now (up to LIST_LIMIT), in date order. */
export const revealed = computed(() => {
  const s = timeState.value;
  return shownBetween(events.value, index.value, s.kinds, windowStart(s), s.time, LIST_LIMIT);
});

/** Per kind, how many events are revealed at this time, whether or not the kind is toggled on. */
export const countsByKind = computed(() => countKinds(index.value, timeState.value));

export const selected = computed(() => events.value.find((e) => e.id === selectedId.value) ?? null);

/** What the last step forward revealed: the first few, and how many in all. */
export const newlyRevealed = computed(() => {
  const from = previousTime.value;
  const s = timeState.value;
  if (from === null || from >= s.time) return { first: [], total: 0 };
  const after = Math.max(from, windowStart(s));
  const total = totalShown(index.value, { ...s, mode: 'window', windowDays: s.time - after });
  return { first: shownBetween(events.value, index.value, s.kinds, after, s.time, 3), total };
});

// Signals for the events and the time slider. Independent values only; what follows from them
// is computed here too. Changes go through actions.ts.
import { computed, signal } from '@preact/signals';
import type { Day } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { dataRange, eventDays, isShown, type Mode, type TimeState } from '../timeline/visibility';

export const events = signal<readonly EventRecord[]>([]);
/** Problems with the event data, in words for the user; the good events still show. */
export const dataErrors = signal<readonly string[]>([]);

/** The slider's date; null means "the latest", so a fresh link shows every event. */
export const time = signal<Day | null>(null);
export const mode = signal<Mode>('cumulative');
export const windowDays = signal(30);
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

/** The events on the map and in the list now, in date order. */
export const revealed = computed(() => events.value.filter((e) => isShown(e, timeState.value)));

/** Per kind, how many events are revealed at this time, whether or not the kind is toggled on. */
export const countsByKind = computed(() => {
  const all = { ...timeState.value, kinds: new Set(KINDS) };
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const e of events.value) if (isShown(e, all)) counts[e.kind] += 1;
  return counts;
});

export const selected = computed(() => events.value.find((e) => e.id === selectedId.value) ?? null);

export const newlyRevealed = computed(() => {
  const from = previousTime.value;
  if (from === null || from >= currentDay.value) return [];
  return revealed.value.filter((e) => e.day > from);
});

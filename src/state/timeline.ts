// Signals for the events and the time slider. Independent values only; what follows from them
// is computed here too. Changes go through actions.ts.
import { computed, signal } from '@preact/signals';
import type { Day } from '../data/dates';
import { recordAt } from '../data/event-table';
import { CURATED, type EventRecord } from '../data/events';
import { KINDS, type Kind } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { countsByKind as countKinds, shownBetween, startedSince, totalShown } from '../timeline/event-index';
import { fromTallies } from '../timeline/histogram';
import {
  DEFAULT_WINDOW_DAYS,
  dataRange,
  type Mode,
  type TimeState,
  windowStart,
} from '../timeline/visibility';
import { datasets } from './datasets';
import { type EventSet, newestOf, recordsAt } from './event-sets';

/** The curated events (geo/events.geojson); each import's rows are in `datasets`. */
export const curatedEvents = signal<readonly EventRecord[]>([]);
/** The same as a table with its index and drawing, as every import has: one path for both. */
export const curatedPrepared = computed(() => prepareRecords(curatedEvents.value, CURATED));
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

/** The curated events and every visible import: what the slider, counts and list cover. */
export const shownSets = computed<readonly EventSet[]>(() => [
  { id: CURATED, events: curatedPrepared.value },
  ...datasets.value.filter((d) => d.visible).map((d) => ({ id: d.id, events: d.events })),
]);
/** How many events the shown sets hold in all, whatever the date. */
export const shownTotal = computed(() => shownSets.value.reduce((n, s) => n + s.events.table.count, 0));
/** The histogram behind the slider: per-set tallies merged, so a toggle never re-reads events. */
export const shownHistogram = computed(() => fromTallies(shownSets.value.map((s) => s.events.tally)));

/** The slider's range covers every shown set, so an import widens it. */
export const range = computed(() => {
  const ranges = shownSets.value.filter((s) => s.events.table.count > 0).map((s) => s.events.range);
  if (ranges.length === 0) return dataRange([]);
  return {
    start: Math.min(...ranges.map((r) => r.start)),
    end: Math.max(...ranges.map((r) => r.end)),
  };
});
export const currentDay = computed(() => time.value ?? range.value.end);

export const timeState = computed<TimeState>(() => ({
  time: currentDay.value,
  mode: mode.value,
  windowDays: windowDays.value,
  kinds: kindsVisible.value,
}));

/**
 * How many of the newest events `revealed` holds, for the announcer and the edge chips; the list
 * itself reaches every event on the map (state/shown-rows.ts).
 */
export const LIST_LIMIT = 200;

/** How many events are on the map now. */
export const shownCount = computed(() =>
  shownSets.value.reduce((n, set) => n + totalShown(set.events.index, timeState.value), 0),
);

/** Per set, how many of its events are on the map now. */
export const countsBySet = computed(
  () => new Map(shownSets.value.map((set) => [set.id, totalShown(set.events.index, timeState.value)])),
);

/** The newest events on the map now (up to LIST_LIMIT), in date order. */
export const revealed = computed(() => {
  const s = timeState.value;
  const lists = shownSets.value.map((set) =>
    recordsAt(
      set,
      shownBetween(set.events.table, set.events.index, s.kinds, windowStart(s), s.time, LIST_LIMIT),
    ),
  );
  return newestOf(lists, LIST_LIMIT);
});

/** Per kind, how many events are revealed at this time, whether or not the kind is toggled on. */
export const countsByKind = computed(() => {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const set of shownSets.value) {
    const counts = countKinds(set.events.index, timeState.value);
    for (const k of KINDS) out[k] += counts[k];
  }
  return out;
});

/** The kinds that occur at all in the shown sets: the only ones the panel offers. */
export const presentKinds = computed(
  () => new Set(KINDS.filter((k) => shownSets.value.some((set) => set.events.index.byKind[k].length > 0))),
);

/**
 * Looks an event up in the curated data and in every import, shown or not: O(1) per list, through
 * each list's id index (built with its drawing, an import's in its worker), read from its table.
 */
export function findEvent(id: string | null): EventRecord | null {
  if (id === null) return null;
  const lists = [curatedPrepared.value, ...datasets.value.map((d) => d.events)];
  for (const { table, drawing } of lists) {
    const p = drawing.arrays.byId.find(id);
    if (p >= 0) return recordAt(table, p);
  }
  return null;
}

export const selected = computed(() => findEvent(selectedId.value));

/**
 * What the last step forward revealed: the first few, and how many in all. Only events that
 * began in (previous date, date]; a span already running before the step is not news.
 */
export const newlyRevealed = computed(() => {
  const from = previousTime.value;
  const s = timeState.value;
  if (from === null) return { first: [], total: 0 };
  const found = shownSets.value.map((set) => {
    const { newest, total } = startedSince(set.events.table, set.events.index, from, s, 3);
    return { newest: recordsAt(set, newest), total };
  });
  const total = found.reduce((n, f) => n + f.total, 0);
  const first = newestOf(
    found.map((f) => f.newest),
    Number.POSITIVE_INFINITY,
  ).slice(0, 3);
  return { first, total };
});

// Actions for the events and the time slider: plain functions that write signals.
import { batch } from '@preact/signals';
import type { Day } from '../data/dates';
import type { GeoPrecision, Parsed } from '../data/events';
import type { Kind } from '../data/kinds';
import { MAX_WINDOW_DAYS, type Mode } from '../timeline/visibility';
import { stepAcross } from './event-sets';
import { type Bounds, mapCommands } from './map-commands';
import { setMember } from './set-member';
import {
  curatedEvents,
  currentDay,
  dataErrors,
  findEvent,
  kindsVisible,
  mode,
  playing,
  previousTime,
  range,
  selectedId,
  shownSets,
  speed,
  time,
  windowDays,
} from './timeline';

const clamp = (t: Day) => Math.min(range.value.end, Math.max(range.value.start, Math.round(t)));

export function setTime(t: Day): void {
  const next = clamp(t);
  if (next === currentDay.value && time.value !== null) return;
  batch(() => {
    previousTime.value = currentDay.value;
    time.value = next;
  });
}

/**
 * Back to "the latest": no date of its own, so the slider follows the end of the data (an import
 * that reaches further moves it on) and the link carries no `t=`, as a fresh link.
 */
export function showLatest(): void {
  if (time.value === null) return;
  batch(() => {
    previousTime.value = currentDay.value;
    time.value = null;
  });
}

export const stepDay = (direction: 1 | -1) => setTime(currentDay.value + direction);

let pending: Day | null = null;
let frame = 0;

/**
 * For dragging the slider: input events can outrun frames, so only the last value of each
 * animation frame is applied. The input itself never waits on the map.
 */
export function scheduleTime(t: Day): void {
  pending = t;
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    if (pending !== null) setTime(pending);
    pending = null;
  });
}

/** Jumps to the next (or previous) date that has an event: no empty days. */
export function stepToEvent(direction: 1 | -1): void {
  const target = stepAcross(shownSets.value, currentDay.value, direction);
  if (target !== null) setTime(target);
}

export function setMode(m: Mode): void {
  mode.value = m;
}

export function setWindowDays(n: number): void {
  if (Number.isFinite(n) && n >= 1) windowDays.value = Math.min(MAX_WINDOW_DAYS, Math.round(n));
}

export function setPlaying(on: boolean): void {
  // Playing from the end starts again from the beginning.
  if (on && currentDay.value >= range.value.end) setTime(range.value.start);
  playing.value = on;
}

export const togglePlaying = () => setPlaying(!playing.value);

export function setSpeed(daysPerSecond: number): void {
  speed.value = daysPerSecond;
}

export const setKindVisible = (kind: Kind, on: boolean) => setMember(kindsVisible, kind, on);

/**
 * How close to fly to an event: a country-level place is only a country, so the view stays out
 * where the whole country shows; a region shows its circle; a town or a spot close up.
 */
const FLY_ZOOM: Record<GeoPrecision, number> = { exact: 9, near: 9, town: 9, region: 8, country: 5.5 };

/**
 * Selects an event; from the list the map also flies to it. Picked on the map, it is already in
 * sight, but its card may open over it (a phone's bottom sheet): the map pans only then.
 */
export function selectEvent(id: string | null, { fly = false } = {}): void {
  selectedId.value = id;
  const e = findEvent(id);
  if (!e) return;
  if (fly) mapCommands.flyTo({ lon: e.lon, lat: e.lat, zoom: FLY_ZOOM[e.geo_precision] });
  else mapCommands.reveal({ lon: e.lon, lat: e.lat });
}

/** Frames every event of the shown sets. A loop, not Math.min(...list): a million would overflow the stack. */
export function showAllEvents(): void {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const { events } of shownSets.value) {
    const { lon, lat, count } = events.table;
    for (let i = 0; i < count; i++) {
      const [x, y] = [lon[i] as number, lat[i] as number];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    }
  }
  if (w > e) return;
  const bounds: Bounds = [
    [w, s],
    [e, n],
  ];
  mapCommands.fitBounds(bounds);
}

/** Takes loaded data: good events in, bad rows reported. */
export function loadEvents({ events: list, errors }: Parsed): void {
  batch(() => {
    curatedEvents.value = list;
    dataErrors.value = errors;
  });
}

/**
 * Once the curated data and the stored imports are all in, the link's date and event are
 * checked against them: not before, or an import's dates would be clamped to the story's.
 */
/** After data went away: a date past what is left would show an empty map with no way back. */
export function keepTimeInRange(): void {
  if (time.value !== null) time.value = clamp(time.value);
}

export function settleLink(): void {
  const id = selectedId.value;
  batch(() => {
    keepTimeInRange();
    if (id === null || findEvent(id) !== null) return;
    dataErrors.value = [...dataErrors.value, `The link names an event “${id}” that is not in the data.`];
    selectedId.value = null;
  });
}

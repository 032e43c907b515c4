// The shipped events, parsed as the app parses them, for computing what a test should see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../../src/data/dates';
import { type EventRecord, parseEvents } from '../../src/data/events';
import { KINDS, type Kind } from '../../src/data/kinds';
import { isShown, type Mode } from '../../src/timeline/visibility';

export const EVENTS: EventRecord[] = parseEvents(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/events.geojson'), 'utf8')),
).events;

export const day = (iso: string) => {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
};

/** A shipped event by id; a clear failure when the data does not hold it. */
export function eventById(id: string): EventRecord {
  const e = EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`geo/events.geojson has no event "${id}"`);
  return e;
}

/**
 * The ids the app should show at `iso`, by the app's own rule (timeline/visibility.ts isShown):
 * begun by the date and, in window mode, not over before the window's first day, so a span of
 * days is shown on every day it covers.
 */
export function expectedIds(
  iso: string,
  mode: Mode = 'cumulative',
  windowDays = 30,
  kinds: readonly Kind[] = KINDS,
) {
  const s = { time: day(iso), mode, windowDays, kinds: new Set(kinds) };
  return EVENTS.filter((e) => isShown(e, s)).map((e) => e.id);
}

/** Ids as the event list shows them by default: newest first (expectedIds is in date order). */
export const newestFirst = (ids: readonly string[]) => [...ids].reverse();

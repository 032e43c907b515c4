// What a click (or Enter) on a stack of events found, for the chooser that lists them
// (ui/StackChooser.tsx), and the count shown while the pointer rests on one. The map writes
// these through the actions below; the chooser reads them.
import { signal } from '@preact/signals';
import type { EventRecord } from '../data/events';
import { selectEvent } from './timeline-actions';

/** Where on the map (css px from its corner) the stack was met. */
export type MapPoint = { x: number; y: number };
export type StackChoice = MapPoint & {
  /** Newest first, at most CHOOSER_LIMIT. */
  events: readonly EventRecord[];
  /** How many more were under the pointer than are listed. */
  more: number;
};

/** A list longer than this helps nobody: zooming in splits it. */
export const CHOOSER_LIMIT = 50;

export const stackChoice = signal<StackChoice | null>(null);
export const hoveredStack = signal<(MapPoint & { count: number }) | null>(null);

const newestFirst = (a: EventRecord, b: EventRecord) => b.day - a.day || a.title.localeCompare(b.title);

/** What the map found under the pointer: one event is selected, several are offered. */
export function pickedAt(found: readonly EventRecord[], at: MapPoint): void {
  if (found.length === 0) {
    stackChoice.value = null;
  } else if (found.length === 1) {
    stackChoice.value = null;
    selectEvent(found[0]?.id ?? null);
  } else {
    const events = [...found].sort(newestFirst);
    stackChoice.value = {
      ...at,
      events: events.slice(0, CHOOSER_LIMIT),
      more: Math.max(0, events.length - CHOOSER_LIMIT),
    };
  }
}

export function chooseFromStack(id: string): void {
  stackChoice.value = null;
  selectEvent(id);
}

export function closeStackChoice(): void {
  stackChoice.value = null;
}

/** The pointer rests on `count` events (a count under two shows nothing). */
export function hoverStack(count: number, at: MapPoint): void {
  const next = count > 1 ? { ...at, count } : null;
  const now = hoveredStack.peek();
  if (next?.count === now?.count && next?.x === now?.x && next?.y === now?.y) return;
  hoveredStack.value = next;
}

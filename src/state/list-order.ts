// The event list's order. Newest first by default: what the slider just revealed is on top,
// where a reader looks first; oldest first reads the story from its beginning.
import { signal } from '@preact/signals';

/** Whether the event list shows the newest events first (the default) or the oldest. */
export const listNewestFirst = signal(true);

export function setListNewestFirst(on: boolean): void {
  listNewestFirst.value = on;
}

/** Events in date order (as `revealed` holds them), put in the list's order; never mutates. */
export function inListOrder<T>(dateOrder: readonly T[], newestFirst: boolean): readonly T[] {
  return newestFirst ? [...dateOrder].reverse() : dateOrder;
}

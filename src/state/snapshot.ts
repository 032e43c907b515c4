// A request for a PNG of the map: the panel asks, the map module (the only one that touches the
// map) answers by drawing and downloading it.
import { signal } from '@preact/signals';

/** Incremented per request; the map module reacts to each new value once. */
export const snapshotRequests = signal(0);
/** Whether a snapshot is being drawn, so the button can say so. */
export const snapshotBusy = signal(false);

export function requestSnapshot(): void {
  if (!snapshotBusy.value) snapshotRequests.value += 1;
}

// Clicks, Enter and hover on the event layers, through the port. Everything drawn within a few
// pixels of the pointer is found, top layer first: one event is selected, a stack is offered in
// the chooser (state/stack-choice.ts); hovering a stack shows its count.
import { recordAt } from '../data/event-table';
import type { EventRecord } from '../data/events';
import { mercatorX, mercatorY } from '../layers/event-drawing/arrays';
import { pickAll } from '../layers/event-drawing/pick';
import { hoverStack, pickedAt } from '../state/stack-choice';
import type { DatasetLayers } from './bind-datasets';
import type { MapPort, PointerAt } from './port';

/** How close (css px) a click must be to an event to pick it. */
const PICK_RADIUS_PX = 8;

/** Every event drawn under the pointer, searching `stack` top first. */
export function eventsAt(stack: readonly DatasetLayers[], { lon, lat, zoom }: PointerAt): EventRecord[] {
  const [x, y] = [mercatorX(lon), mercatorY(lat)];
  const radius = PICK_RADIUS_PX / (512 * 2 ** zoom);
  const found: EventRecord[] = [];
  for (const { layer, drawing, dataset } of stack) {
    if (!layer.visible) continue;
    for (const hit of pickAll(drawing.picker, x, y, radius, layer.visibility())) {
      const p = drawing.arrays[hit.run].source[hit.index];
      if (p !== undefined) found.push(recordAt(dataset.events.table, p));
    }
  }
  return found;
}

export function bindPicking(port: MapPort, stack: () => readonly DatasetLayers[]): () => void {
  let hoverFrame = 0;
  const choose = (at: PointerAt) => pickedAt(eventsAt(stack(), at), at);
  const stops = [
    port.onClick(choose),
    port.onEnter(choose),
    // Once a frame at most: a search per mousemove event would be wasted work.
    port.onPointerMove((at) => {
      cancelAnimationFrame(hoverFrame);
      hoverFrame = requestAnimationFrame(() => {
        const count = eventsAt(stack(), at).length;
        port.setCursor(count > 0 ? 'pointer' : '');
        hoverStack(count, at);
      });
    }),
    port.onPointerLeave(() => {
      cancelAnimationFrame(hoverFrame);
      hoverStack(0, { x: 0, y: 0 });
    }),
  ];
  return () => {
    cancelAnimationFrame(hoverFrame);
    for (const stop of stops) stop();
  };
}

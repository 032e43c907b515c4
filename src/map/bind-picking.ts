// Clicks and hover on the event layers, through the port: the topmost visible layer with an event
// within a few pixels wins; a click selects it through an action.
import { mercatorX, mercatorY } from '../layers/event-drawing/arrays';
import { pick } from '../layers/event-drawing/pick';
import { selectEvent } from '../state/timeline-actions';
import type { DatasetLayers } from './bind-datasets';
import type { MapPort, PointerAt } from './port';

/** How close (css px) a click must be to an event to pick it. */
const PICK_RADIUS_PX = 8;

/** The id of the event under the pointer, searching `stack` top first; null when none. */
export function eventAt(stack: readonly DatasetLayers[], { lon, lat, zoom }: PointerAt): string | null {
  const [x, y] = [mercatorX(lon), mercatorY(lat)];
  const radius = PICK_RADIUS_PX / (512 * 2 ** zoom);
  for (const { layer, drawing } of stack) {
    if (!layer.visible) continue;
    const hit = pick(drawing.picker, x, y, radius, layer.visibility());
    if (hit) return drawing.arrays[hit.run].ids[hit.index] ?? null;
  }
  return null;
}

export function bindPicking(port: MapPort, stack: () => readonly DatasetLayers[]): () => void {
  let hoverFrame = 0;
  const stops = [
    port.onClick((at) => {
      const id = eventAt(stack(), at);
      if (id) selectEvent(id);
    }),
    // Once a frame at most: a search per mousemove event would be wasted work.
    port.onPointerMove((at) => {
      cancelAnimationFrame(hoverFrame);
      hoverFrame = requestAnimationFrame(() => port.setCursor(eventAt(stack(), at) ? 'pointer' : ''));
    }),
  ];
  return () => {
    cancelAnimationFrame(hoverFrame);
    for (const stop of stops) stop();
  };
}

// Builds what a new import needs, one piece per task, so the page can draw between them instead
// of stalling for all of it at once (a million rows: about 0.2–0.4 s a piece here; measured with
// npm run bench:import). The index and the tally go into event-sets' own per-list caches, which
// shownSets reads; the drawing is returned, and the dataset carries it to the map. The drawing's
// id index, filled in chunks of its own, is kept for findEvent as well (layers/event-drawing/by-id).
import type { EventRecord } from '../data/events';
import { drawingInSteps, type EventDrawing } from '../layers/event-drawing/drawing';
import { indexFor, tallyFor } from './event-sets';

/** A task boundary: setTimeout, not requestAnimationFrame, which stops in a background tab. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function prepare(events: readonly EventRecord[]): Promise<EventDrawing> {
  for (const step of [indexFor, tallyFor]) {
    step(events);
    await breathe();
  }
  const drawing = await drawingInSteps(events, breathe);
  await breathe();
  return drawing;
}

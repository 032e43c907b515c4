// Builds what a new import needs (index, histogram tally, GPU arrays, picking index) one piece
// per task, so the page can draw between them instead of stalling for all of it at once
// (a million rows: about 0.2–0.4 s a piece here; measured with npm run bench:import).
import type { EventRecord } from '../data/events';
import { arraysFor, pickerFor } from '../map/events-gl/draw-data';
import { indexFor, tallyFor } from './event-sets';

const STEPS = [indexFor, tallyFor, arraysFor, pickerFor];

/** A task boundary: setTimeout, not requestAnimationFrame, which stops in a background tab. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function prepare(events: readonly EventRecord[]): Promise<void> {
  for (const step of STEPS) {
    step(events);
    await breathe();
  }
}

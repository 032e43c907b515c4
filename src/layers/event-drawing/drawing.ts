// A list of events as the event layers draw it: the GPU's instance arrays, the picking index over
// the same positions, and the stacks of events at one place. Pure data, no GL; built once per
// list, in steps for a big import.
import type { EventRecord } from '../../data/events';
import { buildEventArrays, type EventArrays, inputFromRecord } from './arrays';
import { idIndexFor, idIndexForInSteps } from './by-id';
import { buildPicker, type Picker } from './pick';
import { buildStacks, type Stack } from './stacks';

export type EventDrawing = { arrays: EventArrays; picker: Picker; stacks: readonly Stack[] };

export const arraysOf = (events: readonly EventRecord[], byId = idIndexFor(events)): EventArrays =>
  buildEventArrays(events.map(inputFromRecord), byId);

/** All at once: for the curated events, a few dozen. */
export function drawingOf(events: readonly EventRecord[]): EventDrawing {
  const arrays = arraysOf(events);
  return { arrays, picker: buildPicker(arrays), stacks: buildStacks(arrays) };
}

/**
 * The same in steps, with `breathe` between them, so the page can draw while a million rows are
 * laid out (about 0.2–0.4 s a step here; npm run bench:import measures it). The id index comes
 * first, in chunks of its own, and is kept for findEvent too (by-id.ts).
 */
export async function drawingInSteps(
  events: readonly EventRecord[],
  breathe: () => Promise<void>,
): Promise<EventDrawing> {
  const byId = await idIndexForInSteps(events, breathe);
  await breathe();
  const arrays = arraysOf(events, byId);
  await breathe();
  const picker = buildPicker(arrays);
  await breathe();
  return { arrays, picker, stacks: buildStacks(arrays) };
}

// A list of events as the event layers draw it: the GPU's instance arrays, the picking index over
// the same positions, and the stacks of events at one place. Pure data, no GL. An import's is
// built in the import worker as plain typed arrays (DrawingParts), handed to the page without a
// copy, and given its lookups there (drawingFrom); the curated events' is built on the page.
import KDBush from 'kdbush';
import { buildEventArrays, type EventArrays, type EventRun } from './arrays';
import { buildIdTable, idIndexOf } from './by-id';
import type { DrawColumns } from './inputs';
import { buildPicker, type Picker } from './pick';
import { buildStacks, type Stack } from './stacks';

export type EventDrawing = { arrays: EventArrays; picker: Picker; stacks: readonly Stack[] };

/** A run without its id lookup, which is a function and cannot cross postMessage. */
type RunParts = Omit<EventRun, 'idAt'>;

/** A drawing as a worker posts it: typed arrays and plain objects only. */
export type DrawingParts = {
  points: RunParts;
  regions: RunParts;
  slotOf: Int32Array;
  /** The id index's table (layers/event-drawing/by-id.ts). */
  idTable: Int32Array;
  /** The kdbush index's own buffer, which KDBush.from reads back as it is. */
  pickerData: ArrayBuffer;
  stacks: Stack[];
};

const partsOfRun = ({ idAt: _, ...run }: EventRun): RunParts => run;

export function drawingParts(c: DrawColumns): DrawingParts {
  const idTable = buildIdTable(c);
  const arrays = buildEventArrays(c, idIndexOf(idTable, c));
  const picker = buildPicker(arrays);
  return {
    points: partsOfRun(arrays.points),
    regions: partsOfRun(arrays.regions),
    slotOf: arrays.slotOf,
    idTable,
    pickerData: picker.index.data as ArrayBuffer,
    stacks: buildStacks(arrays),
  };
}

/** The drawing again, its ids read through `idOf` (a list position's id, from the table). */
export function drawingFrom(parts: DrawingParts, idOf: (p: number) => string): EventDrawing {
  const run = (r: RunParts): EventRun => ({ ...r, idAt: (i) => idOf(r.source[i] as number) });
  const arrays: EventArrays = {
    points: run(parts.points),
    regions: run(parts.regions),
    slotOf: parts.slotOf,
    byId: idIndexOf(parts.idTable, { count: parts.slotOf.length, idAt: idOf }),
    idOf,
  };
  return { arrays, picker: { index: KDBush.from(parts.pickerData), arrays }, stacks: parts.stacks };
}

/** Every buffer under the parts, once each, for postMessage's transfer list. */
export function drawingBuffers(p: DrawingParts): ArrayBuffer[] {
  const runs = [p.points, p.regions].flatMap((r) => [r.data.buffer, r.days.buffer, r.source.buffer]);
  const stacks = p.stacks.flatMap((s) => [s.points.buffer, s.regions.buffer]);
  return [...new Set([...runs, p.slotOf.buffer, p.idTable.buffer, p.pickerData, ...stacks])] as ArrayBuffer[];
}

/** All at once, on the page: for the curated events (a few dozen) and tests. */
export const drawingOf = (c: DrawColumns): EventDrawing => drawingFrom(drawingParts(c), c.idAt);

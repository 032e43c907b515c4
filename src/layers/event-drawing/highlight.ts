// Where a story step's highlighted events are drawn in a layer's runs: found through the id
// index once per change of the highlight (or of the data), never per frame, so a time step pays
// nothing for it. Each frame then draws the highlight mark only at these few slots.
import { upperBound } from '../../data/sorted';
import { type EventArrays, slotsOfId } from './arrays';

/**
 * The highlight's gold and its dark edges (map/events-gl/highlight-glsl.ts draws them; the legend
 * and the tests read them here). No kind's colour and no import's is near this gold.
 */
export const HIGHLIGHT_HEX = '#ffc800';
export const HIGHLIGHT_EDGE_HEX = '#1c1a17';

/** The highlighted events' indices in each run, ascending, each once. */
export type HighlightSlots = { points: Int32Array; regions: Int32Array };

export const NO_SLOTS: HighlightSlots = { points: new Int32Array(0), regions: new Int32Array(0) };

const ascending = (slots: number[]) => Int32Array.from(new Set(slots)).sort();

/** The slots of `ids` in the runs; an id not in this layer (another layer's, or gone) is skipped. */
export function slotsOfIds(arrays: EventArrays, ids: readonly string[]): HighlightSlots {
  if (ids.length === 0) return NO_SLOTS;
  const points: number[] = [];
  const regions: number[] = [];
  for (const id of ids) {
    const at = slotsOfId(arrays, id);
    if (at.points >= 0) points.push(at.points);
    if (at.regions >= 0) regions.push(at.regions);
  }
  return { points: ascending(points), regions: ascending(regions) };
}

/** The slots in [from, to): the highlighted points in the slice a frame draws. */
export const slotsWithin = (slots: Int32Array, [from, to]: readonly [number, number]): Int32Array =>
  slots.subarray(upperBound(slots, from - 1), upperBound(slots, to - 1));

/**
 * The slice [from, to) without the `marked` slots (ascending, inside it), as [first, count]
 * draws: the highlighted points are drawn apart, after the rest.
 */
export function slicesAround([from, to]: readonly [number, number], marked: Int32Array): [number, number][] {
  const slices: [number, number][] = [];
  let first = from;
  for (const slot of marked) {
    if (slot > first) slices.push([first, slot - first]);
    first = slot + 1;
  }
  if (to > first) slices.push([first, to - first]);
  return slices;
}

/**
 * The slots for the latest ids and arrays, found again only when either is another object: the
 * signal hands the same array until the highlight changes, so the lookup runs once per change.
 */
export function highlightLocator(): (arrays: EventArrays, ids: readonly string[]) => HighlightSlots {
  let last: { arrays: EventArrays; ids: readonly string[]; slots: HighlightSlots } | null = null;
  return (arrays, ids) => {
    if (last?.arrays !== arrays || last.ids !== ids) last = { arrays, ids, slots: slotsOfIds(arrays, ids) };
    return last.slots;
  };
}

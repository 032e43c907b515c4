// Finding the event under the cursor: a kdbush index over the same Mercator positions the GPU
// draws, searched within a few pixels, nearest visible event first; then region circles.
import KDBush from 'kdbush';
import { at, type DrawState, type EventArrays, isDrawn } from './arrays';
import { AT, FLAG_COUNTRY, STRIDE } from './instance';

export type Picker = { index: KDBush; arrays: EventArrays };
/** Which slice of each run is drawn, and the state the shaders test within it. */
export type Visibility = DrawState & { points: [number, number]; regions: [number, number] };
export type Hit = { run: 'points' | 'regions'; index: number };

/** A country marker is an outline larger than a dot: it answers clicks on its edge too. */
const COUNTRY_REACH = 1.6;

export function buildPicker(arrays: EventArrays): Picker {
  const { points } = arrays;
  const index = new KDBush(Math.max(1, points.count), 64, Float32Array);
  for (let i = 0; i < points.count; i++)
    index.add(points.data[i * STRIDE] as number, points.data[i * STRIDE + 1] as number);
  if (points.count === 0) index.add(-1, -1);
  return { index: index.finish(), arrays };
}

const inRange = (i: number, [from, to]: [number, number]) => i >= from && i < to;

type Found = Hit & { d: number; rank: number };

/** Drawn points within `radius`: pins first (rank 0), then country outlines, which reach further. */
function pointsNear(
  { index, arrays: { points } }: Picker,
  x: number,
  y: number,
  radius: number,
  v: Visibility,
) {
  const found: Found[] = [];
  for (const i of index.within(x, y, radius * COUNTRY_REACH)) {
    if (i >= points.count || !inRange(i, v.points) || !isDrawn(points, i, v)) continue;
    const d = Math.hypot(at(points, i, AT.x) - x, at(points, i, AT.y) - y);
    const country = (at(points, i, AT.flags) & FLAG_COUNTRY) !== 0;
    if (country || d <= radius) found.push({ run: 'points', index: i, d, rank: country ? 1 : 0 });
  }
  return found;
}

/**
 * Region circles whose drawn parts are within `radius`: the dashed rim or the centre mark. Not
 * the interior, which is drawn as nothing, so a click there finds what lies under it.
 */
function regionsNear({ arrays: { regions } }: Picker, x: number, y: number, radius: number, v: Visibility) {
  const found: Found[] = [];
  for (let i = v.regions[0]; i < v.regions[1]; i++) {
    if (!isDrawn(regions, i, v)) continue;
    const d = Math.hypot(at(regions, i, AT.x) - x, at(regions, i, AT.y) - y);
    const rim = Math.abs(d - at(regions, i, AT.radius));
    if (d <= radius || rim <= radius) found.push({ run: 'regions', index: i, d: Math.min(d, rim), rank: 2 });
  }
  return found;
}

/**
 * Everything drawn within `radius` (Mercator units) of (x, y), in the order a click prefers:
 * pins nearest first, then country outlines (a quiet outline never takes a click meant for a
 * town beside it), then region circles; empty when there is none.
 */
export function pickAll(picker: Picker, x: number, y: number, radius: number, v: Visibility): Hit[] {
  return [...pointsNear(picker, x, y, radius, v), ...regionsNear(picker, x, y, radius, v)]
    .sort((a, b) => a.rank - b.rank || a.d - b.d)
    .map(({ run, index }) => ({ run, index }));
}

/** What a single click takes: the first of pickAll, or null. */
export const pick = (picker: Picker, x: number, y: number, radius: number, v: Visibility): Hit | null =>
  pickAll(picker, x, y, radius, v)[0] ?? null;

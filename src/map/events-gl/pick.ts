// Finding the event under the cursor: a kdbush index over the same Mercator positions the GPU
// draws, searched within a few pixels, nearest visible event first; then region circles.
import KDBush from 'kdbush';
import { type EventArrays, type EventRun, STRIDE } from './arrays';

export type Picker = { index: KDBush; arrays: EventArrays };
/** Which slice of a run is drawn, and which kinds (same rule as the shader). */
export type Visibility = { points: [number, number]; regions: [number, number]; kindMask: number };
export type Hit = { run: 'points' | 'regions'; index: number };

export function buildPicker(arrays: EventArrays): Picker {
  const { points } = arrays;
  const index = new KDBush(Math.max(1, points.count), 64, Float32Array);
  for (let i = 0; i < points.count; i++)
    index.add(points.data[i * STRIDE] as number, points.data[i * STRIDE + 1] as number);
  if (points.count === 0) index.add(-1, -1);
  return { index: index.finish(), arrays };
}

const shown = (run: EventRun, i: number, [from, to]: [number, number], mask: number) =>
  i >= from && i < to && ((mask >> (run.data[i * STRIDE + 3] as number)) & 1) === 1;

const at = (run: EventRun, i: number, k: number) => run.data[i * STRIDE + k] as number;

/**
 * The visible point event nearest (x, y) within `radius` (Mercator units), else the smallest
 * visible region circle that contains it; null when there is none.
 */
export function pick(
  { index, arrays }: Picker,
  x: number,
  y: number,
  radius: number,
  v: Visibility,
): Hit | null {
  const { points, regions } = arrays;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (const i of index.within(x, y, radius)) {
    if (i >= points.count || !shown(points, i, v.points, v.kindMask)) continue;
    const d = (at(points, i, 0) - x) ** 2 + (at(points, i, 1) - y) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  if (best >= 0) return { run: 'points', index: best };
  let bestR = Number.POSITIVE_INFINITY;
  for (let i = v.regions[0]; i < v.regions[1]; i++) {
    if (!shown(regions, i, v.regions, v.kindMask)) continue;
    const r = at(regions, i, 5);
    if (Math.hypot(at(regions, i, 0) - x, at(regions, i, 1) - y) <= r && r < bestR) [best, bestR] = [i, r];
  }
  return best >= 0 ? { run: 'regions', index: best } : null;
}

// Finding the event under the cursor: a kdbush index over the same Mercator positions the GPU
// draws, searched within a few pixels, nearest visible event first.
import KDBush from 'kdbush';
import { type EventArrays, FLAG_REGION, STRIDE } from './arrays';

export type Picker = { index: KDBush; arrays: EventArrays };
/** What decides whether an instance is visible now (same rule as the shader). */
export type Visibility = { from: number; to: number; kindMask: number };

export function buildPicker(arrays: EventArrays): Picker {
  const index = new KDBush(Math.max(1, arrays.count), 64, Float32Array);
  for (let i = 0; i < arrays.count; i++)
    index.add(arrays.data[i * STRIDE] as number, arrays.data[i * STRIDE + 1] as number);
  if (arrays.count === 0) index.add(-1, -1);
  return { index: index.finish(), arrays };
}

const visible = (a: EventArrays, i: number, v: Visibility) =>
  i >= v.from && i < v.to && ((v.kindMask >> (a.data[i * STRIDE + 3] as number)) & 1) === 1;

const scratch: number[] = [];

/**
 * The visible point event nearest (x, y) within `radius` (Mercator units), else the smallest
 * visible region circle that contains it; null when there is none.
 */
export function pick(
  { index, arrays: a }: Picker,
  x: number,
  y: number,
  radius: number,
  v: Visibility,
): number | null {
  scratch.length = 0;
  for (const i of index.within(x, y, radius)) scratch.push(i);
  let best: number | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const i of scratch) {
    if (i >= a.count || !visible(a, i, v) || ((a.data[i * STRIDE + 4] as number) & FLAG_REGION) !== 0)
      continue;
    const d = ((a.data[i * STRIDE] as number) - x) ** 2 + ((a.data[i * STRIDE + 1] as number) - y) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  if (best !== null) return best;
  let bestR = Number.POSITIVE_INFINITY;
  for (const i of a.regions) {
    if (!visible(a, i, v)) continue;
    const r = a.data[i * STRIDE + 5] as number;
    const d = Math.hypot((a.data[i * STRIDE] as number) - x, (a.data[i * STRIDE + 1] as number) - y);
    if (d <= r && r < bestR) [best, bestR] = [i, r];
  }
  return best;
}

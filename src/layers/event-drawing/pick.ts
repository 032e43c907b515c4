// Finding the event under the cursor: a kdbush index over the same Mercator positions the GPU
// draws, searched within a few pixels, nearest visible event first; then region circles.
import KDBush from 'kdbush';
import { AT, at, type DrawState, type EventArrays, FLAG_COUNTRY, isDrawn, STRIDE } from './arrays';

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

/**
 * The nearest drawn point within `radius`, preferring a pin to a country marker: the quiet
 * country outline must never take a click meant for a town beside it.
 */
function pickPoint(
  { index, arrays: { points } }: Picker,
  x: number,
  y: number,
  radius: number,
  v: Visibility,
) {
  const best = { pin: -1, pinD: radius ** 2, country: -1, countryD: (radius * COUNTRY_REACH) ** 2 };
  for (const i of index.within(x, y, radius * COUNTRY_REACH)) {
    if (i >= points.count || !inRange(i, v.points) || !isDrawn(points, i, v)) continue;
    const d = (at(points, i, AT.x) - x) ** 2 + (at(points, i, AT.y) - y) ** 2;
    if ((at(points, i, AT.flags) & FLAG_COUNTRY) === 0) {
      if (d <= best.pinD) [best.pin, best.pinD] = [i, d];
    } else if (d <= best.countryD) [best.country, best.countryD] = [i, d];
  }
  return best.pin >= 0 ? best.pin : best.country;
}

/**
 * The visible point event nearest (x, y) within `radius` (Mercator units), else the smallest
 * visible region circle that contains it; null when there is none.
 */
export function pick(picker: Picker, x: number, y: number, radius: number, v: Visibility): Hit | null {
  const point = pickPoint(picker, x, y, radius, v);
  if (point >= 0) return { run: 'points', index: point };
  const { regions } = picker.arrays;
  let [best, bestR] = [-1, Number.POSITIVE_INFINITY];
  for (let i = v.regions[0]; i < v.regions[1]; i++) {
    if (!isDrawn(regions, i, v)) continue;
    const r = at(regions, i, AT.radius);
    const inside = Math.hypot(at(regions, i, AT.x) - x, at(regions, i, AT.y) - y) <= r;
    if (inside && r < bestR) [best, bestR] = [i, r];
  }
  return best >= 0 ? { run: 'regions', index: best } : null;
}

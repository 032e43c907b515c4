// Where this map's events happen: Israel, Syria and their neighbours. Points of a file that
// mostly fall outside it, and would fall inside with latitude and longitude swapped, were most
// likely written the wrong way round (a Golan village at 33.1 N, 35.8 E lands in the sea off
// Cyprus as 35.8 N, 33.1 E). Only the region is known, so a file about elsewhere is never
// called swapped unless its points land here when swapped.

/** A box around the region, tight enough that the Golan swapped falls outside it. */
const REGION = { south: 29, north: 37.5, west: 34, east: 42.5 };

export const inRegion = (lat: number, lon: number) =>
  lat >= REGION.south && lat <= REGION.north && lon >= REGION.west && lon <= REGION.east;

/** Most points outside the region would be inside it swapped: the first such, and how many. */
export type SwapHint = { swapped: number; total: number; where: string; lat: number; lon: number };

/** What a swap census counted. */
export type SwapCounts = {
  total: number;
  inside: number;
  swapped: number;
  first: { rowNumber: number; lat: number; lon: number } | undefined;
};

/** Counts points in the region as written and as swapped, as the rows are read. */
export function createSwapCensus(noun: 'row' | 'feature') {
  let [total, inside, swapped] = [0, 0, 0];
  let first: SwapCounts['first'];
  return {
    add(lat: number, lon: number, rowNumber: number): void {
      total += 1;
      if (inRegion(lat, lon)) inside += 1;
      else if (inRegion(lon, lat)) {
        swapped += 1;
        first ??= { rowNumber, lat, lon };
      }
    },
    /** The counts, to post from a worker that read the file's second part. */
    state: (): SwapCounts => ({ total, inside, swapped, first }),
    /** The counts of the rows after these (another worker's part of the file) added to these. */
    absorb(later: SwapCounts): void {
      [total, inside, swapped] = [total + later.total, inside + later.inside, swapped + later.swapped];
      first ??= later.first;
    },
    /** The hint when swapping would bring most points into the region and more than are there now. */
    hint(): SwapHint | null {
      if (!first || swapped <= inside || swapped * 2 < total) return null;
      return { swapped, total, where: `${noun} ${first.rowNumber}`, lat: first.lat, lon: first.lon };
    },
  };
}

const n = (x: number) => x.toLocaleString('en');

/** The hint in words; `fix` says what to do for this kind of file. */
export function swapText(h: SwapHint, fix: string): string {
  const most = h.swapped === h.total ? `All ${n(h.total)} points` : `${n(h.swapped)} of ${n(h.total)} points`;
  return (
    `${most} lie outside Israel, Syria and their neighbours, and would lie inside with latitude and ` +
    `longitude swapped (${h.where}: latitude ${h.lat}, longitude ${h.lon}). ${fix}`
  );
}

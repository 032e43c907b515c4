// Where an off-screen event lies, as an arrow on the edge of the visible map. Pure Web Mercator
// maths on the view in the URL state, so the UI never has to ask the map.
import type { EventRecord } from '../data/events';
import type { View } from '../state/hash';

export type Size = { width: number; height: number };
export type Inset = { top: number; right: number; bottom: number; left: number };
export type Target = { key: string; label: string; lon: number; lat: number };
export type EdgeMarker<T extends Target = Target> = T & { x: number; y: number; angle: number };

/**
 * What an arrow names: the place, or for a country-level event its country, since its `place`
 * says why no venue is known ("Posted on X (no place)") and is no help in finding it.
 */
export const edgeLabel = (e: Pick<EventRecord, 'place' | 'geo_precision' | 'country'>): string =>
  e.geo_precision === 'country' && e.country ? e.country : e.place;

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

export function project(view: View, size: Size, lon: number, lat: number): { x: number; y: number } {
  const world = TILE * 2 ** view.zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => {
    const s = Math.sin((Math.max(-85, Math.min(85, p)) * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  };
  return { x: mx(lon) - mx(view.lon) + size.width / 2, y: my(lat) - my(view.lat) + size.height / 2 };
}

const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Markers for targets outside the inset box, pinned where the line from its centre leaves the
 * box shrunk by `margin` (so a marker's label stays on screen) and by `keepClear` (the map's
 * own buttons, which cover too little to hide an event but would cover a marker).
 */
export function edgeMarkers<T extends Target>(
  view: View,
  size: Size,
  inset: Inset,
  targets: readonly T[],
  margin = 0,
  keepClear: Inset = NO_INSET,
): EdgeMarker<T>[] {
  const box = { x0: inset.left, y0: inset.top, x1: size.width - inset.right, y1: size.height - inset.bottom };
  const pin = {
    x0: box.x0 + margin + keepClear.left,
    y0: box.y0 + margin + keepClear.top,
    x1: box.x1 - margin - keepClear.right,
    y1: box.y1 - margin - keepClear.bottom,
  };
  if (pin.x1 <= pin.x0 || pin.y1 <= pin.y0) return [];
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const out: EdgeMarker<T>[] = [];
  for (const t of targets) {
    const { x, y } = project(view, size, t.lon, t.lat);
    if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) continue;
    const [dx, dy] = [x - cx, y - cy];
    const scale = Math.min(
      dx === 0 ? Number.POSITIVE_INFINITY : (dx > 0 ? pin.x1 - cx : pin.x0 - cx) / dx,
      dy === 0 ? Number.POSITIVE_INFINITY : (dy > 0 ? pin.y1 - cy : pin.y0 - cy) / dy,
    );
    out.push({ ...t, x: cx + dx * scale, y: cy + dy * scale, angle: (Math.atan2(dy, dx) * 180) / Math.PI });
  }
  return out;
}

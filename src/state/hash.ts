// The URL hash: `#map=9/33.05/35.85&layers=golan,buffer`. Pure parse/format; nothing here
// touches `location`. Bad parts are reported and replaced by defaults, never thrown.
import { isToggleId, TOGGLES, type ToggleId } from '../layers/ids';

export type View = { zoom: number; lat: number; lon: number };

export type HashState = {
  /** Absent when the hash has no usable viewport: the app opens on its default framing. */
  view?: View;
  /** Absent when the hash does not mention layers: the defaults apply. */
  layers?: ToggleId[];
};

export type Parsed = HashState & { problems: string[] };

const MAX_ZOOM = 22;

export function parseView(text: string): View | string {
  const parts = text.split('/');
  if (parts.length !== 3) return `map=${text}: expected zoom/latitude/longitude`;
  const [zoom, lat, lon] = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p))) as [
    number,
    number,
    number,
  ];
  if (!Number.isFinite(zoom) || zoom < 0 || zoom > MAX_ZOOM) return `map=${text}: zoom must be 0–${MAX_ZOOM}`;
  if (!Number.isFinite(lat) || Math.abs(lat) > 85) return `map=${text}: latitude must be −85 to 85`;
  if (!Number.isFinite(lon) || Math.abs(lon) > 180) return `map=${text}: longitude must be −180 to 180`;
  return { zoom, lat, lon };
}

export function parseLayers(text: string): { layers: ToggleId[]; unknown: string[] } {
  const names = text.split(',').filter((s) => s !== '');
  const layers = TOGGLES.filter((t) => names.includes(t));
  return { layers, unknown: names.filter((n) => !isToggleId(n)) };
}

function params(hash: string): URLSearchParams | null {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Parsed {
  const out: Parsed = { problems: [] };
  const p = params(hash);
  if (!p) return { problems: ['the link could not be read'] };
  const map = p.get('map');
  if (map !== null) {
    const view = parseView(map);
    if (typeof view === 'string') out.problems.push(view);
    else out.view = view;
  }
  const layers = p.get('layers');
  if (layers !== null) {
    const { layers: ok, unknown } = parseLayers(layers);
    out.layers = ok;
    if (unknown.length) out.problems.push(`layers: unknown ${unknown.map((u) => `“${u}”`).join(', ')}`);
  }
  return out;
}

/** Enough decimals to place the centre to about a pixel at this zoom (as MapLibre's own hash). */
export const viewDecimals = (zoom: number) =>
  Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));

export function formatView({ zoom, lat, lon }: View): string {
  const d = viewDecimals(zoom);
  const z = Math.round(zoom * 100) / 100;
  return `${z}/${lat.toFixed(d)}/${lon.toFixed(d)}`;
}

/** Commas and slashes stay readable: URLSearchParams would percent-encode them. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.layers) parts.push(`layers=${TOGGLES.filter((t) => state.layers?.includes(t)).join(',')}`);
  return parts.join('&');
}

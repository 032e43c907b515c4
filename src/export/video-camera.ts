// Where the video's camera looks when it records the view on screen: the part of the map the
// panels leave uncovered, centred and fitted into the video's frame, whatever the window's shape.
// Web Mercator as MapLibre draws it (512 px tiles), so it is pure and tested.
import type { Camera } from './video-plan';

export type Size = { width: number; height: number };
export type Insets = { top: number; right: number; bottom: number; left: number };

const TILE = 512;
const worldSize = (zoom: number) => TILE * 2 ** zoom;

/** A place in world pixels at `zoom`. */
export function project(lon: number, lat: number, zoom: number): [number, number] {
  const w = worldSize(zoom);
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * w, ((1 - Math.asinh(Math.tan(phi)) / Math.PI) / 2) * w];
}

export function unproject(x: number, y: number, zoom: number): { lon: number; lat: number } {
  const w = worldSize(zoom);
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / w))) * 180) / Math.PI;
  return { lon: (x / w) * 360 - 180, lat };
}

/** A shift on screen (x right, y down) as a shift in world pixels under a map turned by `bearing`. */
function onWorld(shift: { x: number; y: number }, bearing: number): { x: number; y: number } {
  const [cos, sin] = [Math.cos((bearing * Math.PI) / 180), Math.sin((bearing * Math.PI) / 180)];
  return { x: shift.x * cos - shift.y * sin, y: shift.x * sin + shift.y * cos };
}

/**
 * The camera for a video `out` css px big that shows everything the user sees of the map:
 * `screen` is the map's size, `covered` what the panels hide of it. The uncovered part's middle
 * becomes the video's centre, and the zoom changes so that part just fits. A turned map (after
 * a story step with a bearing) stays turned.
 */
export function videoCamera(view: Camera, screen: Size, covered: Insets, out: Size): Camera {
  let seen = {
    width: screen.width - covered.left - covered.right,
    height: screen.height - covered.top - covered.bottom,
  };
  let shift = { x: (covered.left - covered.right) / 2, y: (covered.top - covered.bottom) / 2 };
  // A map almost all under panels (a phone with its card open): frame the whole map instead.
  if (seen.width < 50 || seen.height < 50) [seen, shift] = [screen, { x: 0, y: 0 }];
  const bearing = view.bearing ?? 0;
  const [x, y] = project(view.lon, view.lat, view.zoom);
  const move = onWorld(shift, bearing);
  const centre = unproject(x + move.x, y + move.y, view.zoom);
  const zoom = view.zoom + Math.log2(Math.min(out.width / seen.width, out.height / seen.height));
  return { ...centre, zoom, bearing };
}

// A story video's camera between two steps, worked out frame by frame (the frames are drawn one
// by one, so no real-time flight can be recorded): the zoom-out-and-in path of van Wijk and
// Nuij's "smooth and efficient zooming and panning", the curve MapLibre's flyTo follows on
// screen, so the video moves as the story does. Web Mercator world pixels (video-camera.ts).
import { project, unproject } from './video-camera';
import type { Camera } from './video-plan';

/** How much the path zooms out to travel: MapLibre's default curve. */
const RHO = 1.42;

/** Slow in, slow out: the cubic ease, 0 → 0 and 1 → 1. */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);

/** The shorter way round from one bearing to another, in degrees (−180 to 180). */
export const turnBetween = (from: number, to: number): number => ((((to - from) % 360) + 540) % 360) - 180;

/**
 * How far along the path (0 to 1) the centre is, and the scale against the start, at a share
 * `t` of the flight; `u1` is the distance in world pixels at the start's zoom, `w0` and `w1`
 * the width the viewport covers at the start and at the end, in the same pixels.
 */
function pathAt(t: number, u1: number, w0: number, w1: number): { along: number; scale: number } {
  // No distance to travel (or too little to trust the curve): only the zoom changes.
  const zoomOnly = { along: 0, scale: (w0 / w1) ** t };
  if (u1 < 1e-6) return zoomOnly;
  const rho2 = RHO * RHO;
  const r = (end: boolean) => {
    const w = end ? w1 : w0;
    const b = (w1 * w1 - w0 * w0 + (end ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * w * rho2 * u1);
    return Math.log(Math.sqrt(b * b + 1) - b);
  };
  const r0 = r(false);
  const length = (r(true) - r0) / RHO;
  if (!Number.isFinite(length)) return zoomOnly;
  const s = t * length;
  const w = Math.cosh(r0) / Math.cosh(r0 + RHO * s);
  const along = (w0 * ((Math.cosh(r0) * Math.tanh(r0 + RHO * s) - Math.sinh(r0)) / rho2)) / u1;
  return { along, scale: 1 / w };
}

/**
 * The camera a share `t` of the way from `a` to `b` (give it eased: see easeInOut), for a
 * viewport whose larger side is `span` css px. At 1 (or past it) it is `b` itself.
 */
export function flightAt(a: Camera, b: Camera, t: number, span: number): Camera {
  if (t >= 1) return b;
  const [x0, y0] = project(a.lon, a.lat, a.zoom);
  const [x1, y1] = project(b.lon, b.lat, a.zoom);
  const u1 = Math.hypot(x1 - x0, y1 - y0);
  const { along, scale } = pathAt(Math.max(0, t), u1, span, span / 2 ** (b.zoom - a.zoom));
  const centre = unproject(x0 + (x1 - x0) * along, y0 + (y1 - y0) * along, a.zoom);
  const from = a.bearing ?? 0;
  return {
    ...centre,
    zoom: a.zoom + Math.log2(scale),
    bearing: from + turnBetween(from, b.bearing ?? 0) * t,
  };
}

// How big the point markers are and what colour: from the zoom and how many are drawn at once,
// and the kinds' colours (or an import's one). Pure, so the kept picture's key can depend on it.
import { KIND_INFO, KINDS } from '../../data/kinds';
import { hexToRgb } from './gl-util';

/** Past this many dots on screen they touch anyway: drop their white edges and save the pixels. */
const CROWDED = 20_000;

/** Colours by kind; or, for an import, its one colour for every kind. */
export function palette(color: string | null): Float32Array {
  const colors = new Float32Array(16 * 3);
  for (const [i, k] of KINDS.entries()) colors.set(hexToRgb(color ?? KIND_INFO[k].color), i * 3);
  return colors;
}

/**
 * The counts dots are sized for, a quarter of an octave apart: within one, a step that reveals
 * a few more events leaves every dot as it was, so the picture kept of them still holds
 * (frame-cache.ts); from one to the next, a dot's radius changes by 9 %.
 */
export const crowdOf = (drawn: number) => 2 ** (Math.ceil(Math.log2(Math.max(1, drawn)) * 4) / 4);

/** Dot radius in css px: smaller zoomed out, and smaller when many dots are drawn at once. */
export function dotRadius(zoom: number, drawn: number): number {
  const byZoom = Math.max(3.5, Math.min(7, 4.5 + ((zoom - 4) * 2.5) / 6));
  return byZoom * Math.max(0.2, Math.min(1, Math.sqrt(3000 / crowdOf(drawn))));
}

/** What every dot's size and edge depend on in a frame drawing `drawn` of them: part of the kept picture's key. */
export const pointLook = (zoom: number, drawn: number) => ({
  radius: dotRadius(zoom, drawn),
  edge: drawn > CROWDED ? 0 : 1.2,
});

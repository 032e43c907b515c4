// How one frame of an event layer draws its runs, in three parts (frame-plan.ts says where they
// meet): the region circles, the point markers, each of which a picture may keep
// (frame-cache.ts), and what is drawn over them at every frame. EventLayer holds the state and
// the GL resources; this only draws with them.
import type { CustomRenderMethodInput } from 'maplibre-gl';
import type { EventArrays } from '../../layers/event-drawing/arrays';
import { type HighlightSlots, slotsWithin } from '../../layers/event-drawing/highlight';
import type { FramePlan } from './frame-plan';
import {
  drawHalos,
  drawMarked,
  drawPoints,
  drawRegions,
  type EventLayerState,
  type Frame,
  NO_CENSUS,
  type Programs,
} from './programs';

/** What a layer draws one frame with, besides its arrays and programs. */
export type LayerFrame = {
  state: EventLayerState;
  args: CustomRenderMethodInput;
  zoom: number;
  pixelRatio: number;
  colors: Float32Array;
  square: boolean;
  /** Where the selected event is in each run, or −1. */
  selected: { points: number; regions: number };
  /** The story step's highlighted events in each run. */
  marks: HighlightSlots;
};

const frameOf = (f: LayerFrame, run: 'points' | 'regions', census: readonly number[]): Frame => ({
  ...f.state,
  args: f.args,
  zoom: f.zoom,
  pixelRatio: f.pixelRatio,
  colors: f.colors,
  square: f.square,
  selected: f.selected[run],
  census,
});

const blend = (gl: WebGL2RenderingContext) => {
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
};

/**
 * A frame's three parts, drawn one after the other onto one target. `ground`: the region
 * circles begun by T, in day order, with their marks (from `from` only, over a kept picture). `kept`: the point markers up to where the pulse begins, none of them
 * new and none with a halo (from `from` only, over a kept picture). `over`, at every frame: the
 * pulsing markers, the halos of the spans going on, then the highlighted points' marks and
 * markers over all.
 */
export function frameDrawing(
  gl: WebGL2RenderingContext,
  a: EventArrays,
  p: Programs,
  f: LayerFrame,
  plan: FramePlan,
) {
  const regions = frameOf(f, 'regions', NO_CENSUS);
  const [lo, hi] = plan.points;
  const points = { ...frameOf(f, 'points', NO_CENSUS), maxHalf: p.maxHalf, drawn: hi - lo };
  return {
    ground(from: number | null) {
      blend(gl);
      drawRegions(gl, p.regions, a.regions, regions, undefined, [from ?? 0, plan.regions]);
      if (from === null) drawRegions(gl, p.regions, a.regions, regions, f.marks.regions);
    },
    kept(from: number | null) {
      blend(gl);
      drawPoints(gl, p.points, a.points, [from ?? lo, plan.pulsing], { ...points, pulse: 1 }, f.marks.points);
    },
    over() {
      blend(gl);
      drawPoints(gl, p.points, a.points, [plan.pulsing, hi], points, f.marks.points);
      drawHalos(gl, p.points, a.points, plan.halos, points);
      drawMarked(gl, p.points, a.points, points, slotsWithin(f.marks.points, [lo, hi]));
    },
  };
}

/** One run drawn whole, without marks, by the census programs (census.ts): what the frame shows of it. */
export function drawForCensus(
  gl: WebGL2RenderingContext,
  a: EventArrays,
  p: Programs,
  f: LayerFrame,
  plan: FramePlan,
  run: 'points' | 'regions',
  census: readonly number[],
): void {
  const frame = frameOf(f, run, census);
  const [lo, hi] = plan.points;
  if (run === 'regions') drawRegions(gl, p.regions, a.regions, frame);
  else drawPoints(gl, p.points, a.points, [lo, hi], { ...frame, maxHalf: p.maxHalf, drawn: hi - lo });
}

// The event layer's two GL programs (points, region circles) and how one frame draws each: the
// uniforms a draw sets and the one call it makes. EventLayer holds the state; this does the GL.
import type { CustomRenderMethodInput } from 'maplibre-gl';
import type { EventRun } from '../../layers/event-drawing/arrays';
import { NO_SLOTS, slicesAround, slotsWithin } from '../../layers/event-drawing/highlight';
import { AT } from '../../layers/event-drawing/instance';
import { pointLook } from './dot-look';
import { type Drawer, makeDrawer, startAtRecord, upload } from './drawer';
import type { EventLayerState } from './layer-state';
import { POINT_FRAGMENT, POINT_VERTEX, REGION_FRAGMENT, REGION_VERTEX, withDefine } from './shaders';

export { crowdOf, dotRadius, palette, pointLook } from './dot-look';
export { type EventLayerState, FIRST_STATE } from './layer-state';

const COMMON = [
  'u_matrix',
  'u_pixelRatio',
  'u_time',
  'u_windowStart',
  'u_windowDays',
  'u_kindMask',
  'u_colors',
  'u_selected',
  'u_census',
  'u_highlightPass',
];
const POINT_UNIFORMS = [
  ...COMMON,
  'u_dotRadius',
  'u_edge',
  'u_maxHalf',
  'u_revealedFrom',
  'u_pulse',
  'u_square',
  'u_halo',
];
const REGION_UNIFORMS = [...COMMON, 'u_worldPx'];
/** `u_census` for a real draw, whose programs have no such uniform (census.ts sets its own). */
export const NO_CENSUS: readonly number[] = [0, 1, 1];

export type Programs = { points: Drawer; regions: Drawer; maxHalf: number };

/** The programs that draw the map; with `census`, the same shaders built to count (census.ts). */
export function makePrograms(gl: WebGL2RenderingContext, census = false): Programs {
  const variant = (source: string) => (census ? withDefine(source, 'CENSUS') : source);
  const attrs = [
    ['a_pos', 2, AT.x],
    ['a_day', 1, AT.day],
    ['a_kind', 1, AT.kind],
    ['a_flags', 1, AT.flags],
    ['a_end', 1, AT.end],
  ] as const;
  const points = makeDrawer(
    gl,
    { vertex: variant(POINT_VERTEX), fragment: variant(POINT_FRAGMENT) },
    attrs,
    POINT_UNIFORMS,
    false,
  );
  const regions = makeDrawer(
    gl,
    { vertex: variant(REGION_VERTEX), fragment: variant(REGION_FRAGMENT) },
    [...attrs, ['a_radius', 1, AT.radius]],
    REGION_UNIFORMS,
    true,
  );
  const maxPoint = (gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array)[1] ?? 128;
  return { points, regions, maxHalf: maxPoint / 2 };
}

/** What one draw of one run needs besides its program. */
export type Frame = Omit<EventLayerState, 'selected' | 'highlighted'> & {
  args: CustomRenderMethodInput;
  zoom: number;
  pixelRatio: number;
  colors: Float32Array;
  square: boolean;
  /** The selected event's index in this run, or −1. */
  selected: number;
  census: readonly number[];
};

function use(gl: WebGL2RenderingContext, d: Drawer, f: Frame): Drawer['uniforms'] {
  const u = d.uniforms;
  gl.useProgram(d.program);
  gl.bindVertexArray(d.vao);
  gl.uniformMatrix4fv(u.u_matrix ?? null, false, f.args.defaultProjectionData.mainMatrix);
  gl.uniform1f(u.u_pixelRatio ?? null, f.pixelRatio);
  gl.uniform1f(u.u_time ?? null, f.time);
  gl.uniform1f(u.u_windowStart ?? null, f.windowStart);
  gl.uniform1f(u.u_windowDays ?? null, f.windowDays);
  gl.uniform1i(u.u_kindMask ?? null, f.kindMask);
  gl.uniform1i(u.u_selected ?? null, f.selected);
  gl.uniform3fv(u.u_colors ?? null, f.colors);
  gl.uniform3fv(u.u_census ?? null, f.census);
  return u;
}

/**
 * The region circles [from, to), every one by default: WebGL2 has no base instance, so the
 * record attributes are moved to `from`, and the vertex shader does the time test. With `marks`
 * (the highlight pass), only the mark of each circle at those slots, one at a time.
 */
export function drawRegions(
  gl: WebGL2RenderingContext,
  d: Drawer,
  run: EventRun,
  f: Frame,
  marks?: Int32Array,
  [from, to]: readonly [number, number] = [0, run.count],
): void {
  if (run.count === 0 || marks?.length === 0) return;
  const u = use(gl, d, f);
  upload(gl, d, run.data);
  gl.uniform1f(u.u_worldPx ?? null, 512 * 2 ** f.zoom * f.pixelRatio);
  gl.uniform1i(u.u_highlightPass ?? null, marks ? 1 : 0);
  if (!marks) {
    if (to <= from) return;
    // Instance numbers start again at `from`: the selected one's with them (−1 stays below 0).
    gl.uniform1i(u.u_selected ?? null, f.selected - from);
    startAtRecord(gl, d, from);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, to - from);
    if (from > 0) startAtRecord(gl, d, 0);
    return;
  }
  for (const i of marks) {
    startAtRecord(gl, d, i);
    gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, 1);
  }
  startAtRecord(gl, d, 0);
}

/** What a draw of points needs: the frame, the GPU's largest point, and how many dots the frame holds. */
export type PointFrame = Frame & { maxHalf: number; drawn: number };

/**
 * The slice [from, to) of the points, but the `marked` slots (ascending) within it, which
 * drawMarked draws after every other. The dots are sized for the frame's `drawn`, the whole
 * slice the frame shows, however many this call draws; the shader hides what is over.
 */
export function drawPoints(
  gl: WebGL2RenderingContext,
  d: Drawer,
  run: EventRun,
  [from, to]: [number, number],
  f: PointFrame,
  marked: Int32Array = NO_SLOTS.points,
): void {
  if (to <= from) return;
  usePoints(gl, d, run, f);
  const skipped = slotsWithin(marked, [from, to]);
  for (const [first, count] of slicesAround([from, to], skipped)) gl.drawArrays(gl.POINTS, first, count);
}

/**
 * The halos of the spans in [from, to) going on at the frame's day, over every marker (the
 * vertex shader hides every other point): a pass of their own, so no marker changes with the day.
 */
export function drawHalos(
  gl: WebGL2RenderingContext,
  d: Drawer,
  run: EventRun,
  [from, to]: [number, number],
  f: PointFrame,
) {
  if (to <= from) return;
  const u = usePoints(gl, d, run, f);
  gl.uniform1i(u.u_halo ?? null, 1);
  gl.drawArrays(gl.POINTS, from, to - from);
  gl.uniform1i(u.u_halo ?? null, 0);
}

/** The highlighted points of a frame, over every other: first their marks (the highlight pass), then their markers. */
export function drawMarked(
  gl: WebGL2RenderingContext,
  d: Drawer,
  run: EventRun,
  f: PointFrame,
  marked: Int32Array,
) {
  if (marked.length === 0) return;
  const u = usePoints(gl, d, run, f);
  gl.uniform1i(u.u_highlightPass ?? null, 1);
  for (const i of marked) gl.drawArrays(gl.POINTS, i, 1);
  gl.uniform1i(u.u_highlightPass ?? null, 0);
  for (const i of marked) gl.drawArrays(gl.POINTS, i, 1);
}

function usePoints(gl: WebGL2RenderingContext, d: Drawer, run: EventRun, f: PointFrame): Drawer['uniforms'] {
  const u = use(gl, d, f);
  upload(gl, d, run.data);
  const look = pointLook(f.zoom, f.drawn);
  gl.uniform1f(u.u_dotRadius ?? null, look.radius);
  gl.uniform1f(u.u_edge ?? null, look.edge);
  gl.uniform1f(u.u_maxHalf ?? null, f.maxHalf);
  gl.uniform1f(u.u_revealedFrom ?? null, f.revealedFrom);
  gl.uniform1f(u.u_pulse ?? null, f.pulse);
  gl.uniform1f(u.u_square ?? null, f.square ? 1 : 0);
  gl.uniform1i(u.u_highlightPass ?? null, 0);
  gl.uniform1i(u.u_halo ?? null, 0);
  return u;
}

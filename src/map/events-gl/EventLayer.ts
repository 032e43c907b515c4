// The events as one MapLibre custom layer over typed arrays uploaded once per data load. A time
// step narrows or widens one contiguous slice and changes uniforms: no data is rebuilt, so it
// behaves the same with 50 events or a million.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { KIND_INFO, KINDS } from '../../data/kinds';
import { AT, drawnIn, type EventArrays, visibleRange } from '../../layers/event-drawing/arrays';
import type { Visibility } from '../../layers/event-drawing/pick';
import { LAYER } from '../../layers/ids';
import { type Drawer, deleteDrawer, makeDrawer, upload } from './drawer';
import { hexToRgb } from './gl-util';
import { POINT_FRAGMENT, POINT_VERTEX, REGION_FRAGMENT, REGION_VERTEX } from './shaders';

export type EventLayerState = {
  time: number;
  windowStart: number;
  /** Days over which older events fade; huge in cumulative mode, so nothing fades. */
  windowDays: number;
  kindMask: number;
  revealedFrom: number;
  pulse: number;
  /** The selected event's id, or '' for none. */
  selected: string;
};

const COMMON = [
  'u_matrix',
  'u_pixelRatio',
  'u_time',
  'u_windowStart',
  'u_windowDays',
  'u_kindMask',
  'u_colors',
  'u_selected',
];
const POINT_UNIFORMS = [
  ...COMMON,
  'u_dotRadius',
  'u_edge',
  'u_maxHalf',
  'u_revealedFrom',
  'u_pulse',
  'u_square',
];
/** Past this many dots on screen they touch anyway: drop their white edges and save the pixels. */
const CROWDED = 20_000;
const REGION_UNIFORMS = [...COMMON, 'u_worldPx'];

/** Colours by kind; or, for an import, its one colour for every kind. */
function palette(color: string | null): Float32Array {
  const colors = new Float32Array(16 * 3);
  for (const [i, k] of KINDS.entries()) colors.set(hexToRgb(color ?? KIND_INFO[k].color), i * 3);
  return colors;
}

/** Dot radius in css px: smaller zoomed out, and smaller when many dots are drawn at once. */
export function dotRadius(zoom: number, drawn: number): number {
  const byZoom = Math.max(3.5, Math.min(7, 4.5 + ((zoom - 4) * 2.5) / 6));
  return byZoom * Math.max(0.2, Math.min(1, Math.sqrt(3000 / Math.max(1, drawn))));
}

export class EventLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  arrays: EventArrays | null = null;
  /** A hidden layer draws nothing and picks nothing; its data stays on the GPU. */
  visible = true;
  private readonly colors: Float32Array;
  /** An import's events are squares in its colour; the curated ones round dots by kind. */
  private readonly square: boolean;
  state: EventLayerState = {
    time: 0,
    windowStart: -1e9,
    windowDays: 1e9,
    kindMask: 0xffff,
    revealedFrom: 1e9,
    pulse: 1,
    selected: '',
  };
  private map: MapLibreMap | null = null;
  private points: Drawer | null = null;
  private regions: Drawer | null = null;
  private maxHalf = 64;
  /** Where the selected event sits in each run; found once per selection, not per frame. */
  private located = { key: '', points: -1, regions: -1 };

  /** The curated events are coloured by kind; an import passes its id and its colour. */
  constructor(
    readonly id: string = LAYER.events,
    color: string | null = null,
  ) {
    this.colors = palette(color);
    this.square = color !== null;
  }

  setVisible(on: boolean): void {
    if (on === this.visible) return;
    this.visible = on;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('createVertexArray' in gl)) throw new Error('the event layer needs WebGL2');
    this.map = map;
    const attrs = [
      ['a_pos', 2, AT.x],
      ['a_day', 1, AT.day],
      ['a_kind', 1, AT.kind],
      ['a_flags', 1, AT.flags],
      ['a_end', 1, AT.end],
    ] as const;
    this.points = makeDrawer(
      gl,
      { vertex: POINT_VERTEX, fragment: POINT_FRAGMENT },
      attrs,
      POINT_UNIFORMS,
      false,
    );
    this.regions = makeDrawer(
      gl,
      { vertex: REGION_VERTEX, fragment: REGION_FRAGMENT },
      [...attrs, ['a_radius', 1, AT.radius]],
      REGION_UNIFORMS,
      true,
    );
    this.maxHalf = (gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array)[1] ?? 128;
    this.maxHalf /= 2;
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    for (const d of [this.points, this.regions]) if (d) deleteDrawer(gl as WebGL2RenderingContext, d);
    this.map = null;
  }

  setData(arrays: EventArrays): void {
    this.arrays = arrays;
    this.located = { key: '\u0000', points: -1, regions: -1 };
    this.map?.triggerRepaint();
  }

  setState(next: Partial<EventLayerState>): void {
    let changed = false;
    for (const [k, v] of Object.entries(next) as [keyof EventLayerState, never][]) {
      if (this.state[k] !== v) {
        this.state[k] = v;
        changed = true;
      }
    }
    if (changed) this.map?.triggerRepaint();
  }

  /**
   * The slices that may be drawn now (begun by T, late enough to run into the window), for the
   * points and the regions; within them the shaders hide what is over before the window.
   */
  ranges(): { points: [number, number]; regions: [number, number] } {
    const a = this.arrays;
    const s = this.state;
    if (!a || !this.visible) return { points: [0, 0], regions: [0, 0] };
    return {
      points: visibleRange(a.points, s.windowStart, s.time),
      regions: visibleRange(a.regions, s.windowStart, s.time),
    };
  }

  /** What picking needs to find only what is drawn: the slices and the shaders' state. */
  visibility(): Visibility {
    const { time, windowStart, kindMask } = this.state;
    return { ...this.ranges(), time, windowStart, kindMask };
  }

  /** Ids of the events drawn with the current state: the map's answer to "what is shown?". */
  drawnIds(): string[] {
    if (!this.arrays || !this.visible) return [];
    return [...drawnIn(this.arrays.points, this.state), ...drawnIn(this.arrays.regions, this.state)];
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const a = this.arrays;
    if (!a || !this.visible || !this.map || !this.points || !this.regions) return;
    const {
      points: [from, to],
    } = this.ranges();
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    if (a.regions.count > 0) {
      this.use(gl2, this.regions, args, this.locate().regions);
      upload(gl2, this.regions, a.regions.data);
      gl2.uniform1f(
        this.regions.uniforms.u_worldPx ?? null,
        512 * 2 ** this.map.getZoom() * this.map.getPixelRatio(),
      );
      gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, a.regions.count);
    }
    if (to > from) {
      const u = this.points.uniforms;
      this.use(gl2, this.points, args, this.locate().points);
      upload(gl2, this.points, a.points.data);
      gl2.uniform1f(u.u_dotRadius ?? null, dotRadius(this.map.getZoom(), to - from));
      gl2.uniform1f(u.u_edge ?? null, to - from > CROWDED ? 0 : 1.2);
      gl2.uniform1f(u.u_maxHalf ?? null, this.maxHalf);
      gl2.uniform1f(u.u_revealedFrom ?? null, this.state.revealedFrom);
      gl2.uniform1f(u.u_pulse ?? null, this.state.pulse);
      gl2.uniform1f(u.u_square ?? null, this.square ? 1 : 0);
      gl2.drawArrays(gl2.POINTS, from, to - from);
    }
    gl2.bindVertexArray(null);
  }

  private locate(): { points: number; regions: number } {
    const a = this.arrays;
    const id = this.state.selected;
    if (!a || this.located.key === id) return this.located;
    const find = (ids: readonly string[]) => (id ? ids.indexOf(id) : -1);
    this.located = { key: id, points: find(a.points.ids), regions: find(a.regions.ids) };
    return this.located;
  }

  private use(gl: WebGL2RenderingContext, d: Drawer, args: CustomRenderMethodInput, selected: number): void {
    const s = this.state;
    const u = d.uniforms;
    gl.useProgram(d.program);
    gl.bindVertexArray(d.vao);
    gl.uniformMatrix4fv(u.u_matrix ?? null, false, args.defaultProjectionData.mainMatrix);
    gl.uniform1f(u.u_pixelRatio ?? null, this.map?.getPixelRatio() ?? 1);
    gl.uniform1f(u.u_time ?? null, s.time);
    gl.uniform1f(u.u_windowStart ?? null, s.windowStart);
    gl.uniform1f(u.u_windowDays ?? null, s.windowDays);
    gl.uniform1i(u.u_kindMask ?? null, s.kindMask);
    gl.uniform1i(u.u_selected ?? null, selected);
    gl.uniform3fv(u.u_colors ?? null, this.colors);
  }
}

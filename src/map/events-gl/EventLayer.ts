// The events as one MapLibre custom layer over typed arrays uploaded once per data load. A time
// step narrows or widens one contiguous slice and changes uniforms: no data is rebuilt, so it
// behaves the same with 50 events or a million.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { type EventArrays, slotsOfId, visibleRange } from '../../layers/event-drawing/arrays';
import { highlightLocator, NO_SLOTS } from '../../layers/event-drawing/highlight';
import type { Visibility } from '../../layers/event-drawing/pick';
import { LAYER } from '../../layers/ids';
import { census } from './census';
import { deleteDrawer } from './drawer';
import { frameCache, pictureKey } from './frame-cache';
import {
  drawPoints,
  drawRegions,
  type EventLayerState,
  type Frame,
  makePrograms,
  NO_CENSUS,
  type Programs,
  palette,
} from './programs';

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
    highlighted: [],
  };
  private map: MapLibreMap | null = null;
  private programs: Programs | null = null;
  /** Built on the first drawnByGpu only: the map never runs them. */
  private censusPrograms: Programs | null = null;
  /** Where the selected event sits in each run; found once per selection, not per frame. */
  private located = { key: '', points: -1, regions: -1 };
  /** Where the story step's highlighted events sit: found once per highlight or data, likewise. */
  private readonly marks = highlightLocator();
  /** drawnByGpu calls waiting for the next frame. */
  private censusWanted: ((ids: string[]) => void)[] = [];
  /** The last picture, copied again while nothing it shows changes (frame-cache.ts). */
  private readonly cache = frameCache();
  /** Counts changes of data, state and visibility: part of each picture's key. */
  private changes = 0;
  /** How many frames drew the events rather than copying their kept picture: for tests. */
  painted = 0;

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
    this.changed();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('createVertexArray' in gl)) throw new Error('the event layer needs WebGL2');
    this.map = map;
    this.programs = makePrograms(gl);
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    for (const p of [this.programs, this.censusPrograms])
      if (p) for (const d of [p.points, p.regions]) deleteDrawer(gl as WebGL2RenderingContext, d);
    this.cache.dispose(gl as WebGL2RenderingContext);
    this.programs = this.censusPrograms = null;
    this.map = null;
  }

  setData(arrays: EventArrays): void {
    this.arrays = arrays;
    this.located = { key: '\u0000', points: -1, regions: -1 };
    this.changed();
  }

  private changed(): void {
    this.changes++;
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
    if (changed) this.changed();
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

  /**
   * For tests: the ids of the events the GPU draws in the next frame, read back from it
   * (census.ts), not worked out again on the CPU.
   */
  drawnByGpu(): Promise<string[]> {
    if (!this.arrays || !this.visible || !this.map) return Promise.resolve([]);
    return new Promise((resolve) => {
      this.censusWanted.push(resolve);
      this.map?.triggerRepaint();
    });
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const a = this.arrays;
    const programs = this.programs;
    if (!a || !this.visible || !this.map || !programs) return;
    const paint = () => {
      this.painted++;
      gl2.enable(gl2.BLEND);
      gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
      this.draw(gl2, a, programs, args, NO_CENSUS);
    };
    const pixelRatio = this.map.getPixelRatio();
    const key = pictureKey(this.changes, gl2, pixelRatio, args.defaultProjectionData.mainMatrix);
    this.cache.draw(gl2, { events: this.drawnCount(), key }, paint);
    if (this.censusWanted.length > 0) this.takeCensus(gl2, a, args);
    gl2.bindVertexArray(null);
  }

  /** The events this frame may draw: the points' slice and every region circle. */
  private drawnCount(): number {
    const { points } = this.ranges();
    return points[1] - points[0] + (this.arrays?.regions.count ?? 0);
  }

  /** Draws each run again with the census programs and answers every drawnByGpu waiting. */
  private takeCensus(gl: WebGL2RenderingContext, a: EventArrays, args: CustomRenderMethodInput): void {
    this.censusPrograms ??= makePrograms(gl, true);
    const p = this.censusPrograms;
    const drawn = (run: 'points' | 'regions') =>
      census(gl, { count: a[run].count, draw: (c) => this.draw(gl, a, p, args, c, run) }).map((i) =>
        a[run].idAt(i),
      );
    const ids = [...drawn('points'), ...drawn('regions')];
    for (const resolve of this.censusWanted.splice(0)) resolve(ids);
  }

  /**
   * Both runs (or one, for a census), regions under points, each with the marks of its
   * highlighted events (none in a census): an area's over the areas, under every point.
   */
  private draw(
    gl: WebGL2RenderingContext,
    a: EventArrays,
    p: Programs,
    args: CustomRenderMethodInput,
    census: readonly number[],
    only?: 'points' | 'regions',
  ): void {
    const selected = this.locate();
    const frame: Frame = {
      ...this.state,
      args,
      zoom: this.map?.getZoom() ?? 0,
      pixelRatio: this.map?.getPixelRatio() ?? 1,
      colors: this.colors,
      square: this.square,
      selected: selected.regions,
      census,
    };
    const marks = census === NO_CENSUS ? this.marks(a, this.state.highlighted) : NO_SLOTS;
    if (only !== 'points') {
      drawRegions(gl, p.regions, a.regions, frame);
      drawRegions(gl, p.regions, a.regions, frame, marks.regions);
    }
    if (only === 'regions') return;
    const points = { ...frame, selected: selected.points, maxHalf: p.maxHalf };
    drawPoints(gl, p.points, a.points, this.ranges().points, points, marks.points);
  }

  private locate(): { points: number; regions: number } {
    const a = this.arrays;
    const id = this.state.selected;
    if (!a || this.located.key === id) return this.located;
    this.located = { key: id, ...slotsOfId(a, id) };
    return this.located;
  }
}

// The events as one MapLibre custom layer over typed arrays uploaded once per data load. A time
// step narrows or widens one contiguous slice and changes uniforms: no data is rebuilt, so it
// behaves the same with 50 events or a million.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { type EventArrays, slotsOfId, visibleRange } from '../../layers/event-drawing/arrays';
import { highlightLocator } from '../../layers/event-drawing/highlight';
import type { Visibility } from '../../layers/event-drawing/pick';
import { LAYER } from '../../layers/ids';
import { census } from './census';
import { deleteDrawer } from './drawer';
import { frameCache, pictureKey } from './frame-cache';
import { drawForCensus, frameDrawing, type LayerFrame } from './frame-draw';
import { type FramePlan, framePlan, groundHolds } from './frame-plan';
import { type EventLayerState, FIRST_STATE, makePrograms, type Programs, palette } from './programs';

/**
 * From this many region circles they keep their picture: each may fill much of the view, so a
 * few hundred cost what tens of thousands of dots do.
 */
const GROUND_CACHED_FROM = 200;

/** The state that moves with the slider, whose effect on the kept picture is worked out per frame. */
const BY_DAY: ReadonlySet<keyof EventLayerState> = new Set(['time', 'revealedFrom', 'pulse']);

export class EventLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  arrays: EventArrays | null = null;
  /** A hidden layer draws nothing and picks nothing; its data stays on the GPU. */
  visible = true;
  private readonly colors: Float32Array;
  /** An import's events are squares in its colour; the curated ones round dots by kind. */
  private readonly square: boolean;
  state: EventLayerState = { ...FIRST_STATE };
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
  /** The points' last picture, copied again while nothing it shows changes (frame-cache.ts). */
  private readonly cache = frameCache();
  /** The region circles' likewise: under the points, and changed by the day in other ways. */
  private readonly ground = frameCache(GROUND_CACHED_FROM);
  /** Counts changes of data, state and visibility: part of each picture's key. */
  private changes = 0;
  /** How many frames drew the events anew, and how many over their kept picture: for tests. */
  painted = 0;
  extended = 0;

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
    for (const c of [this.cache, this.ground]) c.dispose(gl as WebGL2RenderingContext);
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

  /**
   * The day and the pulse are not counted as changes: the frame plan (frame-plan.ts) says what
   * they do to the kept picture, so a step forward in cumulative mode draws only what it reveals.
   */
  setState(next: Partial<EventLayerState>): void {
    let changed: 'no' | 'day' | 'yes' = 'no';
    for (const [k, v] of Object.entries(next) as [keyof EventLayerState, never][]) {
      if (this.state[k] === v) continue;
      this.state[k] = v;
      changed = changed === 'yes' || !BY_DAY.has(k) ? 'yes' : 'day';
    }
    if (changed === 'yes') this.changed();
    else if (changed === 'day') this.map?.triggerRepaint();
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
    const [a, map, programs] = [this.arrays, this.map, this.programs];
    if (!a || !this.visible || !map || !programs) return;
    const f = this.layerFrame(a, map, args);
    const plan = framePlan(a, this.state, f.zoom);
    const draw = frameDrawing(gl2, a, programs, f, plan);
    const key = (state: number[]) =>
      pictureKey([this.changes, ...state], gl2, f.pixelRatio, args.defaultProjectionData.mainMatrix);
    const day = this.state.time;
    const ground = { events: a.regions.count, key: key(plan.ground), reach: plan.regions, day };
    this.ground.draw(gl2, ground, {
      paint: (from) => draw.ground(from),
      holds: (kept) => groundHolds(a, f.marks.regions, kept, day),
    });
    const points = { events: plan.events, key: key(plan.state), reach: plan.pulsing, day };
    this.cache.draw(gl2, points, {
      paint: (from) => {
        if (from === null) this.painted++;
        else this.extended++;
        draw.kept(from);
      },
      // The markers do not change with the day (frame-draw.ts): a picture of them holds on any.
      holds: () => true,
    });
    draw.over();
    if (this.censusWanted.length > 0) this.takeCensus(gl2, a, f, plan);
    gl2.bindVertexArray(null);
  }

  private layerFrame(a: EventArrays, map: MapLibreMap, args: CustomRenderMethodInput): LayerFrame {
    return {
      state: this.state,
      args,
      zoom: map.getZoom(),
      pixelRatio: map.getPixelRatio(),
      colors: this.colors,
      square: this.square,
      selected: this.locate(),
      marks: this.marks(a, this.state.highlighted),
    };
  }

  /** Draws each run again with the census programs and answers every drawnByGpu waiting. */
  private takeCensus(gl: WebGL2RenderingContext, a: EventArrays, f: LayerFrame, plan: FramePlan): void {
    this.censusPrograms ??= makePrograms(gl, true);
    const p = this.censusPrograms;
    const drawn = (run: 'points' | 'regions') =>
      census(gl, { count: a[run].count, draw: (c) => drawForCensus(gl, a, p, f, plan, run, c) }).map((i) =>
        a[run].idAt(i),
      );
    const ids = [...drawn('points'), ...drawn('regions')];
    for (const resolve of this.censusWanted.splice(0)) resolve(ids);
  }

  private locate(): { points: number; regions: number } {
    const a = this.arrays;
    const id = this.state.selected;
    if (!a || this.located.key === id) return this.located;
    this.located = { key: id, ...slotsOfId(a, id) };
    return this.located;
  }
}

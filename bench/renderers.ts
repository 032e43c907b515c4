// The renderers the benchmark compares, each behind the same three calls. "app" is the app's
// own event layer; "setFilter" is MapLibre's time-slider recipe: a GeoJSON source whose
// layer filter changes at every step (the baseline).
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Day } from '../src/data/dates';
import { KINDS } from '../src/data/kinds';
import {
  buildEventArrays,
  type DrawColumns,
  type EventInput,
  kindMask,
  mercatorX,
  mercatorY,
} from '../src/layers/event-drawing/arrays';
import { buildPicker, type Picker, pick } from '../src/layers/event-drawing/pick';
import { EventLayer } from '../src/map/events-gl/EventLayer';
import { random, SYNTH_BBOX } from './synthetic';

export type Mode = 'cumulative' | 'window';
export const WINDOW_DAYS = 30;
const PICK_PX = 8;

/** The synthetic events, made in the shape a renderer reads (before its clock starts). */
export type SyntheticInput = { objects(): readonly EventInput[]; columns(): DrawColumns };

export type Renderer = {
  /** From raw events to the first frame showing them, ms. */
  load(input: SyntheticInput, time: Day): Promise<number>;
  /** From a time change to the next idle frame showing it, ms. */
  step(time: Day, mode: Mode): Promise<number>;
  /** Median ms to find the event under `count` random points. */
  click(count: number): number;
  /**
   * A repaint in which the layer draws its events again although nothing changed, ms: the floor
   * a step is held to. A bare repaint copies the picture the app's layer kept (frame-cache.ts).
   */
  redraw?(): Promise<number>;
};

export const nextIdle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => map.once('idle', () => resolve()));

async function timed(map: MapLibreMap, change: () => void): Promise<number> {
  const idle = nextIdle(map);
  const t0 = performance.now();
  change();
  map.triggerRepaint();
  await idle;
  return performance.now() - t0;
}

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function randomPoints(count: number): [number, number][] {
  const r = random(99);
  const [w, s, e, n] = SYNTH_BBOX;
  return Array.from({ length: count }, () => [w + r() * (e - w), s + r() * (n - s)]);
}

export function appRenderer(map: MapLibreMap): Renderer {
  const layer = new EventLayer();
  let picker: Picker | null = null;
  return {
    async load(input, time) {
      // As the app holds an import: columns, no object per event.
      const columns = input.columns();
      const idle = nextIdle(map);
      const t0 = performance.now();
      const arrays = buildEventArrays(columns);
      picker = buildPicker(arrays);
      layer.setState({ time, kindMask: kindMask(new Set(KINDS)) });
      map.addLayer(layer);
      layer.setData(arrays);
      await idle;
      return performance.now() - t0;
    },
    step(time, mode) {
      return timed(map, () =>
        layer.setState({
          time,
          windowStart: mode === 'window' ? time - WINDOW_DAYS : -1e9,
          windowDays: mode === 'window' ? WINDOW_DAYS : 1e9,
        }),
      );
    },
    redraw: () =>
      timed(map, () => {
        if (layer.arrays) layer.setData(layer.arrays);
      }),
    click(count) {
      const radius = PICK_PX / (512 * 2 ** map.getZoom());
      const visibility = layer.visibility();
      const times = randomPoints(count).map(([lon, lat]) => {
        const t0 = performance.now();
        if (picker) pick(picker, mercatorX(lon), mercatorY(lat), radius, visibility);
        return performance.now() - t0;
      });
      return median(times);
    },
  };
}

/** The app's rule (timeline/visibility.ts): begun by T and, in a window, not over before it. */
const timeFilter = (time: Day, mode: Mode): FilterSpecification =>
  mode === 'window'
    ? ['all', ['<=', ['get', 'day'], time], ['>', ['get', 'end'], time - WINDOW_DAYS]]
    : ['<=', ['get', 'day'], time];

export function setFilterRenderer(map: MapLibreMap): Renderer {
  const layerId = 'baseline-events';
  return {
    async load(input, time) {
      const inputs = input.objects();
      const idle = nextIdle(map);
      const t0 = performance.now();
      const features = inputs.map((e) => ({
        type: 'Feature' as const,
        properties: { day: e.day, end: e.end ?? e.day, kind: e.kind },
        geometry: { type: 'Point' as const, coordinates: [e.lon, e.lat] },
      }));
      map.addSource('baseline', { type: 'geojson', data: { type: 'FeatureCollection', features } });
      map.addLayer({
        id: layerId,
        type: 'circle',
        source: 'baseline',
        filter: timeFilter(time, 'cumulative'),
        paint: { 'circle-radius': 5, 'circle-color': '#d63a25' },
      });
      await idle;
      return performance.now() - t0;
    },
    step(time, mode) {
      return timed(map, () => map.setFilter(layerId, timeFilter(time, mode)));
    },
    click(count) {
      const times = randomPoints(count).map(([lon, lat]) => {
        const p = map.project([lon, lat]);
        const t0 = performance.now();
        map.queryRenderedFeatures(
          [
            [p.x - PICK_PX, p.y - PICK_PX],
            [p.x + PICK_PX, p.y + PICK_PX],
          ],
          { layers: [layerId] },
        );
        return performance.now() - t0;
      });
      return median(times);
    },
  };
}

/** Nothing changes: the cost of a frame with the app's layer loaded (its picture kept). */
export const repaint = (map: MapLibreMap) => timed(map, () => {});

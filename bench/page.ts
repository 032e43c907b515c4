// The benchmark page: the app's map and style, and `window.bench` for bench/run.mjs to drive.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Day } from '../src/data/dates';
import { DEFAULT_VISIBLE } from '../src/layers/ids';
import { buildStyle } from '../src/layers/style';
import { DATA_URLS, FONT_URLS, workerUrl } from '../src/map/assets';
import { DEFAULT_BOUNDS } from '../src/state/store';
import {
  appRenderer,
  type Mode,
  median,
  nextIdle,
  type Renderer,
  repaint,
  setFilterRenderer,
} from './renderers';
import { SYNTH_DAYS, SYNTH_START, syntheticColumns, syntheticEvents } from './synthetic';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  style: buildStyle(DATA_URLS, FONT_URLS, new Set(DEFAULT_VISIBLE)),
  bounds: DEFAULT_BOUNDS,
  attributionControl: false,
});
const ready = new Promise<void>((resolve) => map.once('load', () => nextIdle(map).then(resolve)));
let renderer: Renderer | null = null;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

/** 100 steps sweeping the two years, or 100 seeded random jumps. */
function days(order: 'sweep' | 'random', count: number): Day[] {
  if (order === 'sweep')
    return Array.from({ length: count }, (_, i) => SYNTH_START + Math.round(((i + 1) * SYNTH_DAYS) / count));
  let seed = 12345;
  return Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return SYNTH_START + (seed % SYNTH_DAYS);
  });
}

const api = {
  ready: () => ready,
  async load(kind: 'app' | 'setFilter' | 'deckgl', n: number) {
    // deck.gl is loaded only when asked for: it is large, and only the comparison needs it.
    const chosen: Renderer =
      kind === 'app'
        ? appRenderer(map)
        : kind === 'setFilter'
          ? setFilterRenderer(map)
          : (await import('./deckgl')).deckRenderer(map);
    renderer = chosen;
    const input = { objects: () => syntheticEvents(n, 1), columns: () => syntheticColumns(n, 1) };
    return chosen.load(input, SYNTH_START + SYNTH_DAYS);
  },
  async scrub(mode: Mode, order: 'sweep' | 'random', count: number) {
    if (!renderer) throw new Error('load first');
    const times: number[] = [];
    for (const d of days(order, count)) times.push(await renderer.step(d, mode));
    return { median: median(times), p95: p95(times) };
  },
  /** Bare repaints, or with `redraw` repaints in which the app's layer draws its events again. */
  async repaint(count: number, redraw = false) {
    const times: number[] = [];
    const once = redraw && renderer?.redraw ? renderer.redraw : () => repaint(map);
    for (let i = 0; i < count; i++) times.push(await once());
    return { median: median(times), p95: p95(times) };
  },
  click: (count: number) => renderer?.click(count) ?? Number.NaN,
  stepTo: (time: Day, mode: Mode) => renderer?.step(time, mode),
  /** Every event shown (cumulative mode, the last day): the picture the repaints are measured on. */
  showAll: () => renderer?.step(SYNTH_START + SYNTH_DAYS, 'cumulative'),
  heapMainMb: () => {
    // Collect first when the browser allows it (--js-flags=--expose-gc): count live data, not garbage.
    (window as Window & { gc?: () => void }).gc?.();
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 2 ** 20 : null;
  },
};

declare global {
  interface Window {
    bench: typeof api;
  }
}
window.bench = api;

// deck.gl's DataFilterExtension over MapLibre, the other GPU time filter the issue names: a
// ScatterplotLayer on binary attributes, in deck's own canvas over the map (its interleaved mode
// fails on maplibre-gl 6: "Cannot read properties of undefined (reading 'height')"). Measured
// only with `npm run bench -- --compare-deckgl`, to record why the app uses its own layer.
import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Day } from '../src/data/dates';
import { type Mode, median, nextIdle, type Renderer, type SyntheticInput, WINDOW_DAYS } from './renderers';

export function deckRenderer(map: MapLibreMap): Renderer {
  let overlay: MapboxOverlay | null = null;
  let rendered: (() => void) | null = null;
  let data: { length: number; attributes: Record<string, { value: Float32Array; size: number }> } | null =
    null;

  const layer = (time: Day, windowStart: Day) =>
    new ScatterplotLayer({
      id: 'deck-events',
      data,
      getRadius: 3,
      radiusUnits: 'pixels',
      getFillColor: [214, 58, 37, 230],
      pickable: true,
      extensions: [new DataFilterExtension({ filterSize: 2 })],
      // The app's rule on [day, end]: day ≤ time and end > windowStart. Days are whole numbers,
      // so those are day in [−∞, time + 0.5] and end in [windowStart + 0.5, ∞].
      filterRange: [
        [-1e9, time + 0.5],
        [windowStart + 0.5, 1e9],
      ],
    } as never);

  /** Resolves after deck has drawn a frame and the map is idle again. */
  const frame = () =>
    Promise.all([new Promise<void>((resolve) => (rendered = resolve)), nextIdle(map)]).then(() => undefined);

  return {
    async load(input: SyntheticInput, time: Day) {
      const inputs = input.objects();
      const t0 = performance.now();
      const positions = new Float32Array(inputs.length * 2);
      const days = new Float32Array(inputs.length * 2);
      inputs.forEach((e, i) => {
        positions[i * 2] = e.lon;
        positions[i * 2 + 1] = e.lat;
        days[i * 2] = e.day;
        days[i * 2 + 1] = e.end ?? e.day;
      });
      data = {
        length: inputs.length,
        attributes: { getPosition: { value: positions, size: 2 }, getFilterValue: { value: days, size: 2 } },
      };
      const drawn = frame();
      overlay = new MapboxOverlay({
        interleaved: false,
        layers: [layer(time, -1e9)],
        onAfterRender: () => rendered?.(),
      });
      map.addControl(overlay as never);
      map.triggerRepaint();
      await drawn;
      return performance.now() - t0;
    },
    async step(time: Day, mode: Mode) {
      const drawn = frame();
      const t0 = performance.now();
      overlay?.setProps({ layers: [layer(time, mode === 'window' ? time - WINDOW_DAYS : -1e9)] });
      map.triggerRepaint();
      await drawn;
      return performance.now() - t0;
    },
    click(count: number) {
      const canvas = map.getCanvas();
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const x = ((i * 7919) % 1000) / 1000;
        const y = ((i * 104729) % 1000) / 1000;
        const t0 = performance.now();
        overlay?.pickObject({ x: x * canvas.clientWidth, y: y * canvas.clientHeight, radius: 8 });
        times.push(performance.now() - t0);
      }
      return median(times);
    },
  };
}

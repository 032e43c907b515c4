// The map side of the events and the time slider. Part of the map/ boundary with bind-map: the
// data goes to the GPU once per load; after that only the layers' uniforms change. The curated
// events are one layer; each import gets its own, below them, in its own colour.
import { computed, effect } from '@preact/signals';
import { type Map as MapLibreMap, type MapMouseEvent, MercatorCoordinate } from 'maplibre-gl';
import { importLayer, LAYER } from '../layers/ids';
import { type Dataset, datasets } from '../state/datasets';
import { events, previousTime, selectedId, timeState } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { windowStart } from '../timeline/visibility';
import { kindMask } from './events-gl/arrays';
import { pickerFor } from './events-gl/draw-data';
import { EventLayer, type EventLayerState } from './events-gl/EventLayer';
import { type Picker, pick } from './events-gl/pick';

const PULSE_MS = 1200;
/** How close (css px) a click must be to an event to pick it. */
const PICK_RADIUS_PX = 8;

/** A layer and its picking index; the index holds the arrays the layer draws. */
type Drawn = { layer: EventLayer; picker: Picker };

/** The time, kind and selection state every event layer shares. */
const sharedState = computed<Partial<EventLayerState>>(() => {
  const s = timeState.value;
  return {
    time: s.time,
    windowStart: windowStart(s),
    windowDays: s.mode === 'window' ? s.windowDays : 1e9,
    kindMask: kindMask(s.kinds),
    selected: selectedId.value ?? '',
  };
});

function animatePulse(all: () => Iterable<EventLayer>): () => void {
  let frame = 0;
  const setAll = (s: Partial<EventLayerState>) => {
    for (const layer of all()) layer.setState(s);
  };
  const stop = effect(() => {
    const from = previousTime.value;
    const to = timeState.value.time;
    cancelAnimationFrame(frame);
    if (from === null || from >= to) return setAll({ pulse: 1 });
    setAll({ revealedFrom: from, pulse: 0 });
    const start = performance.now();
    const tick = (now: number) => {
      const p = Math.min(1, (now - start) / PULSE_MS);
      setAll({ pulse: p });
      if (p < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}

/** Adds, updates and removes one layer per imported dataset. Idempotent. */
function syncImports(map: MapLibreMap, layers: Map<string, Drawn>, list: readonly Dataset[]): void {
  const ids = new Set(list.map((d) => d.id));
  for (const [id, drawn] of layers) {
    if (ids.has(id)) continue;
    if (map.getLayer(drawn.layer.id)) map.removeLayer(drawn.layer.id);
    layers.delete(id);
  }
  for (const d of list) {
    let drawn = layers.get(d.id);
    if (!drawn) {
      const layer = new EventLayer(importLayer(d.id, 'events'), d.color);
      layer.setState(sharedState.peek());
      map.addLayer(layer, LAYER.events);
      drawn = { layer, picker: pickerFor(d.events) };
      layer.setData(drawn.picker.arrays);
      layers.set(d.id, drawn);
    }
    drawn.layer.setVisible(d.visible);
  }
}

export function bindEvents(map: MapLibreMap): () => void {
  const curated = new EventLayer();
  map.addLayer(curated);
  let curatedDrawn: Drawn | null = null;
  /** One per imported dataset, by id, drawn under the curated layer in import order. */
  const imports = new Map<string, Drawn>();
  /** Top first: what a click finds. */
  const stack = () => [...(curatedDrawn ? [curatedDrawn] : []), ...[...imports.values()].reverse()];

  const pickAt = (e: MapMouseEvent) => {
    const m = MercatorCoordinate.fromLngLat(e.lngLat);
    const radius = PICK_RADIUS_PX / (512 * 2 ** map.getZoom());
    for (const { layer, picker } of stack()) {
      if (!layer.visible) continue;
      const hit = pick(picker, m.x, m.y, radius, layer.visibility());
      if (hit) return picker.arrays[hit.run].ids[hit.index] ?? null;
    }
    return null;
  };
  const onClick = (e: MapMouseEvent) => {
    const id = pickAt(e);
    if (id) selectEvent(id);
  };
  let hoverFrame = 0;
  const onMove = (e: MapMouseEvent) => {
    cancelAnimationFrame(hoverFrame);
    hoverFrame = requestAnimationFrame(() => {
      map.getCanvas().style.cursor = pickAt(e) ? 'pointer' : '';
    });
  };
  map.on('click', onClick);
  map.on('mousemove', onMove);

  const all = () => stack().map((d) => d.layer);
  const stops = [
    effect(() => {
      curatedDrawn = { layer: curated, picker: pickerFor(events.value) };
      curated.setData(curatedDrawn.picker.arrays);
    }),
    effect(() => syncImports(map, imports, datasets.value)),
    effect(() => {
      const s = sharedState.value;
      for (const layer of all()) layer.setState(s);
    }),
    animatePulse(all),
  ];
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    cancelAnimationFrame(hoverFrame);
    for (const stop of stops) stop();
    for (const { layer } of stack()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  };
}

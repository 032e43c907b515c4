// The one reconciler from the list of drawn datasets (state/drawn-datasets.ts: the curated events
// and every import) to layers on the map: per dataset an event layer and, when it has areas, an
// areas source with a fill and a line layer. Adds, updates, shows, hides and removes to match
// the list; idempotent. Layers stack as the list does: the curated events on top.
import { effect, untracked } from '@preact/signals';
import type { EventDrawing } from '../layers/event-drawing/drawing';
import { eventLayerOf, importLayer, importSource, LAYER } from '../layers/ids';
import {
  AREA_PARTS,
  type AreaTime,
  areaFilter,
  hasDatedAreas,
  importAreaLayers,
  importAreaSource,
  importPointLayer,
} from '../layers/imports';
import { type DrawnDataset, drawnDatasets } from '../state/drawn-datasets';
import { timeState } from '../state/timeline';
import { windowStart } from '../timeline/visibility';
import { eventLayerState } from './event-layer-state';
import { EventLayer } from './events-gl/EventLayer';
import type { MapPort } from './port';

/** What the map holds for one drawn dataset. */
export type DatasetLayers = {
  layer: EventLayer;
  /** The dataset as last drawn: its events, for what a click finds. */
  dataset: DrawnDataset;
  drawing: EventDrawing;
  hasAreas: boolean;
  /** Some of its areas are dated: their layers' filters follow the slider. */
  datedAreas: boolean;
};
export type BoundDatasets = {
  /** What is on the map, top first: the order a click searches. */
  stack(): DatasetLayers[];
  stop(): void;
};

/** The slider's time as the area filters read it: as the event layers have it. */
function areaTime(): AreaTime {
  const s = timeState.value;
  return { time: s.time, windowStart: windowStart(s) };
}

function removeLayers(port: MapPort, id: string, held: DatasetLayers): void {
  if (port.hasLayer(held.layer.id)) port.removeLayer(held.layer.id);
  if (!held.hasAreas) return;
  for (const part of AREA_PARTS)
    if (port.hasLayer(importLayer(id, part))) port.removeLayer(importLayer(id, part));
  if (port.hasSource(importSource(id))) port.removeSource(importSource(id));
}

/** The event layer of the nearest dataset above `i` that is on the map: where `i` goes under. */
function layerAbove(list: readonly DrawnDataset[], i: number, held: Map<string, DatasetLayers>) {
  for (let j = i - 1; j >= 0; j--) {
    const above = held.get(list[j]?.id ?? '');
    if (above) return above.layer.id;
  }
  return undefined;
}

function addLayers(port: MapPort, d: DrawnDataset, before: string | undefined): DatasetLayers {
  const layer = new EventLayer(eventLayerOf(d.id), d.color);
  layer.setState(eventLayerState.peek());
  layer.setData(d.events.drawing.arrays);
  port.addLayer(layer, before);
  const hasAreas = d.areas.length > 0;
  if (hasAreas) {
    port.addSource(importSource(d.id), importAreaSource(d.areas));
    // Under the place names, so towns stay readable over an imported area. Only imports have
    // areas here (the curated areas are in the style), so a colour is always there.
    const color = d.color ?? '#000';
    const t = untracked(areaTime);
    for (const spec of [
      ...importAreaLayers(d.id, color, d.visible, t),
      importPointLayer(d.id, color, d.visible, t),
    ])
      port.addLayer(spec, LAYER.placeDots);
  }
  return { layer, dataset: d, drawing: d.events.drawing, hasAreas, datedAreas: hasDatedAreas(d.areas) };
}

/** Runs `then` with what `read` gives, only when its numbers differ from the last (a kind toggled changes no time). */
function effectOnChange(read: () => AreaTime, then: (t: AreaTime) => void): () => void {
  let last = '';
  return effect(() => {
    const t = read();
    const key = `${t.time}|${t.windowStart}`;
    if (key === last) return;
    last = key;
    then(t);
  });
}

/** The dated areas' filters at the slider's time: a step costs only datasets that have such areas. */
function filterDatedAreas(port: MapPort, held: Iterable<[string, DatasetLayers]>, t: AreaTime): void {
  for (const [id, layers] of held)
    if (layers.datedAreas)
      for (const part of AREA_PARTS) port.setFilter(importLayer(id, part), areaFilter(part, t));
}

function sync(port: MapPort, list: readonly DrawnDataset[], held: Map<string, DatasetLayers>): void {
  const ids = new Set(list.map((d) => d.id));
  for (const [id, layers] of held) {
    if (ids.has(id)) continue;
    removeLayers(port, id, layers);
    held.delete(id);
  }
  // Bottom first, so each new layer can go under the nearest one above it already there.
  for (let i = list.length - 1; i >= 0; i--) {
    const d = list[i] as DrawnDataset;
    const layers = held.get(d.id) ?? addLayers(port, d, layerAbove(list, i, held));
    held.set(d.id, layers);
    layers.dataset = d;
    if (layers.drawing !== d.events.drawing) {
      layers.layer.setData(d.events.drawing.arrays);
      layers.drawing = d.events.drawing;
    }
    layers.layer.setVisible(d.visible);
    if (layers.hasAreas) for (const part of AREA_PARTS) port.setVisible(importLayer(d.id, part), d.visible);
  }
}

export function bindDatasetLayers(port: MapPort): BoundDatasets {
  const held = new Map<string, DatasetLayers>();
  let order: readonly DrawnDataset[] = [];
  const stops = [
    effect(() => {
      order = drawnDatasets.value;
      sync(port, order, held);
    }),
    effectOnChange(areaTime, (t) => filterDatedAreas(port, held, t)),
  ];
  return {
    stack: () => order.flatMap((d) => held.get(d.id) ?? []),
    stop: () => {
      for (const stop of stops) stop();
      for (const [id, layers] of held) removeLayers(port, id, layers);
      held.clear();
    },
  };
}

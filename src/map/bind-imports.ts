// Part of the map/ boundary: each imported GeoJSON's areas as a source and two layers, added,
// shown, hidden and removed to match the datasets signal. Idempotent.
import { effect } from '@preact/signals';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { importLayer, importSource, LAYER } from '../layers/ids';
import { importAreaLayers, importAreaSource } from '../layers/imports';
import { type Dataset, datasets } from '../state/datasets';

function remove(map: MapLibreMap, id: string): void {
  for (const part of ['fill', 'line'] as const)
    if (map.getLayer(importLayer(id, part))) map.removeLayer(importLayer(id, part));
  if (map.getSource(importSource(id))) map.removeSource(importSource(id));
}

function sync(map: MapLibreMap, list: readonly Dataset[], added: Set<string>): void {
  const ids = new Set(list.map((d) => d.id));
  for (const id of added) {
    if (ids.has(id)) continue;
    remove(map, id);
    added.delete(id);
  }
  for (const d of list) {
    if (d.areas.length === 0) continue;
    const want = d.visible ? 'visible' : 'none';
    if (!added.has(d.id)) {
      map.addSource(importSource(d.id), importAreaSource(d.areas));
      // Under the place names, so towns stay readable over an imported area.
      for (const layer of importAreaLayers(d.id, d.color, d.visible)) map.addLayer(layer, LAYER.placeDots);
      added.add(d.id);
    }
    for (const part of ['fill', 'line'] as const) {
      const layer = importLayer(d.id, part);
      if (map.getLayoutProperty(layer, 'visibility') !== want)
        map.setLayoutProperty(layer, 'visibility', want);
    }
  }
}

export function bindImportAreas(map: MapLibreMap): () => void {
  const added = new Set<string>();
  const stop = effect(() => sync(map, datasets.value, added));
  return () => {
    stop();
    for (const id of added) remove(map, id);
  };
}

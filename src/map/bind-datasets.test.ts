// The reconciler against a fake port that keeps the layer order as MapLibre would: which layers
// exist, in which order, and which are hidden, after each change of the datasets list.
import { afterEach, describe, expect, it } from 'vitest';
import { AREA_DAY, AREA_END } from '../data/areas';
import type { EventRecord } from '../data/events';
import { KINDS } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { runIds } from '../layers/event-drawing/arrays';
import { eventLayerOf, importLayer, importSource, LAYER } from '../layers/ids';
import { datasets, type ImportedDataset } from '../state/datasets';
import { curatedEvents, kindsVisible, mode, time } from '../state/timeline';
import { bindDatasetLayers } from './bind-datasets';
import type { MapLayer, MapPort } from './port';

function fakePort() {
  const order: string[] = [LAYER.placeDots];
  const hidden = new Set<string>();
  const sources = new Set<string>();
  const filters: string[] = [];
  const port: Partial<MapPort> = {
    setFilter: (id) => void filters.push(id),
    hasLayer: (id) => order.includes(id),
    addLayer: (layer: MapLayer, before?: string) => {
      const at = before === undefined ? order.length : order.indexOf(before);
      if (at < 0) throw new Error(`no layer ${before} to add ${layer.id} under`);
      order.splice(at, 0, layer.id);
      if ('layout' in layer && layer.layout?.visibility === 'none') hidden.add(layer.id);
    },
    removeLayer: (id) => void order.splice(order.indexOf(id), 1),
    setVisible: (id, on) => void (on ? hidden.delete(id) : hidden.add(id)),
    hasSource: (id) => sources.has(id),
    addSource: (id) => void sources.add(id),
    removeSource: (id) => void sources.delete(id),
  };
  return { port: port as MapPort, order, hidden, sources, filters };
}

const point = (id: string): EventRecord =>
  ({
    id,
    day: 20_000,
    end: 20_000,
    lon: 36,
    lat: 33,
    kind: 'strike',
    geo_precision: 'exact',
    date_precision: 'day',
    radiusKm: 0,
  }) as EventRecord;

function dataset(id: string, visible = true, withArea: boolean | 'dated' = false): ImportedDataset {
  const properties = withArea === 'dated' ? { [AREA_DAY]: 20_000, [AREA_END]: 20_001 } : {};
  const list = [point(`${id}-1`)];
  return {
    id,
    visible,
    color: '#123456',
    events: prepareRecords(list, id),
    areas: withArea
      ? [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [36, 33] } }]
      : [],
  } as unknown as ImportedDataset;
}

let unbind = () => {};
afterEach(() => {
  unbind();
  datasets.value = [];
  curatedEvents.value = [];
  time.value = null;
  mode.value = 'cumulative';
  kindsVisible.value = new Set(KINDS);
});

describe('bindDatasetLayers: one path from the datasets list to layers', () => {
  it('draws the curated events on top, each newer import above the older ones', () => {
    const { port, order } = fakePort();
    curatedEvents.value = [point('c-1')];
    datasets.value = [dataset('a'), dataset('b')];
    const bound = bindDatasetLayers(port);
    unbind = bound.stop;
    expect(order).toEqual([LAYER.placeDots, eventLayerOf('a'), eventLayerOf('b'), LAYER.events]);
    datasets.value = [...datasets.value, dataset('c')];
    expect(order.slice(1)).toEqual([eventLayerOf('a'), eventLayerOf('b'), eventLayerOf('c'), LAYER.events]);
    expect(bound.stack().map((held) => held.layer.id)).toEqual([
      LAYER.events,
      eventLayerOf('c'),
      eventLayerOf('b'),
      eventLayerOf('a'),
    ]);
  });

  it('gives an import with areas a source and three layers (fill, line, undated points) under the place names, and removes them all', () => {
    const { port, order, sources } = fakePort();
    datasets.value = [dataset('a', true, true)];
    unbind = bindDatasetLayers(port).stop;
    expect(order).toEqual([
      importLayer('a', 'fill'),
      importLayer('a', 'line'),
      importLayer('a', 'points'),
      LAYER.placeDots,
      'import-a-events',
      LAYER.events,
    ]);
    expect([...sources]).toEqual([importSource('a')]);
    datasets.value = [];
    expect(order).toEqual([LAYER.placeDots, LAYER.events]);
    expect(sources.size).toBe(0);
  });

  it('hides and shows an import without re-adding it, and keeps its drawing on the layer', () => {
    const { port, order, hidden } = fakePort();
    datasets.value = [dataset('a', true, true)];
    const bound = bindDatasetLayers(port);
    unbind = bound.stop;
    const layer = bound.stack()[1]?.layer;
    datasets.value = [{ ...(datasets.value[0] as ImportedDataset), visible: false }];
    expect(bound.stack()[1]?.layer).toBe(layer);
    expect(layer?.visible).toBe(false);
    expect([...hidden].sort()).toEqual([
      importLayer('a', 'fill'),
      importLayer('a', 'line'),
      importLayer('a', 'points'),
    ]);
    expect(layer?.arrays).toBe((datasets.value[0] as ImportedDataset).events.drawing.arrays);
    expect(order).toHaveLength(6);
  });

  it("puts the curated layer's new drawing on the same layer when the curated events change", () => {
    const { port } = fakePort();
    curatedEvents.value = [point('c-1')];
    const bound = bindDatasetLayers(port);
    unbind = bound.stop;
    const layer = bound.stack()[0]?.layer;
    curatedEvents.value = [point('c-1'), point('c-2')];
    expect(bound.stack()[0]?.layer).toBe(layer);
    expect(layer?.arrays ? runIds(layer.arrays.points) : []).toEqual(['c-1', 'c-2']);
  });

  it('moves only a dated area’s filters with the slider, once per change of its time or window', () => {
    const { port, filters } = fakePort();
    datasets.value = [dataset('a', true, true), dataset('b', true, 'dated')];
    time.value = 20_000;
    unbind = bindDatasetLayers(port).stop;
    const parts = (['fill', 'line', 'points'] as const).map((part) => importLayer('b', part));
    expect(filters).toEqual(parts);
    time.value = 20_005;
    mode.value = 'window';
    expect(filters).toEqual([...parts, ...parts, ...parts]);
    kindsVisible.value = new Set(['clash']);
    expect(filters).toHaveLength(9);
  });

  it('takes every layer and source off the map when unbound', () => {
    const { port, order, sources } = fakePort();
    datasets.value = [dataset('a', true, true), dataset('b')];
    bindDatasetLayers(port).stop();
    expect(order).toEqual([LAYER.placeDots]);
    expect(sources.size).toBe(0);
  });
});

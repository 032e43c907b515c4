// The counts on stacks of events drawn at one place, kept in step with what the event layers
// show: recomputed from the same signals the layers follow (not from the layers, which another
// effect updates in its own time), and sent to the map only when they differ (a GeoJSON update
// re-tiles in MapLibre's worker).
import { effect } from '@preact/signals';
import { latOfMercator, lonOfMercator, visibleRange } from '../layers/event-drawing/arrays';
import type { Visibility } from '../layers/event-drawing/pick';
import { shownStacks } from '../layers/event-drawing/stacks';
import { STACK_COUNTS } from '../layers/ids';
import {
  type StackPoint,
  stackCountsData,
  stackCountsLayer,
  stackCountsSource,
} from '../layers/stack-counts';
import { type DrawnDataset, drawnDatasets } from '../state/drawn-datasets';
import { eventLayerState } from './event-layer-state';
import type { EventLayerState } from './events-gl/programs';
import type { MapPort } from './port';

type DrawState = Pick<EventLayerState, 'time' | 'windowStart' | 'kindMask'>;

/** The stacks shown now in every visible dataset; a place stacked in two counts once, summed. */
export function stackPoints(list: readonly DrawnDataset[], state: DrawState): StackPoint[] {
  const byPlace = new Map<string, { x: number; y: number; count: number }>();
  for (const { visible, events } of list) {
    const { drawing } = events;
    if (!visible || drawing.stacks.length === 0) continue;
    const { points, regions } = drawing.arrays;
    const v: Visibility = {
      ...state,
      points: visibleRange(points, state.windowStart, state.time),
      regions: visibleRange(regions, state.windowStart, state.time),
    };
    for (const s of shownStacks(drawing.stacks, drawing.arrays, v)) {
      const key = `${s.x},${s.y}`;
      const place = byPlace.get(key) ?? { x: s.x, y: s.y, count: 0 };
      place.count += s.count;
      byPlace.set(key, place);
    }
  }
  return [...byPlace.values()].map(({ x, y, count }) => ({
    lon: lonOfMercator(x),
    lat: latOfMercator(y),
    count,
  }));
}

/** Adds the counts layer on top of the event layers, and keeps it filled. Returns the removal. */
export function bindStacks(port: MapPort): () => void {
  port.addSource(STACK_COUNTS.source, stackCountsSource());
  port.addLayer(stackCountsLayer());
  let sent = '';
  const stop = effect(() => {
    const { time = 0, windowStart = 0, kindMask = 0 } = eventLayerState.value;
    const points = stackPoints(drawnDatasets.value, { time, windowStart, kindMask });
    const key = JSON.stringify(points);
    if (key === sent) return;
    sent = key;
    port.setGeoJSON(STACK_COUNTS.source, stackCountsData(points));
  });
  return () => {
    stop();
    if (port.hasLayer(STACK_COUNTS.layer)) port.removeLayer(STACK_COUNTS.layer);
    if (port.hasSource(STACK_COUNTS.source)) port.removeSource(STACK_COUNTS.source);
  };
}

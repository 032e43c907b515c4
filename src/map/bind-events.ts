// The map side of the events and the time slider: data set once, then only filters and global
// state change. Part of the map/ boundary: the only other place that calls the map is bind-map.
import { effect } from '@preact/signals';
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { eventFeatures, eventFilter } from '../layers/events';
import { APPROX_ICON, EVENT_LAYERS, LAYER, SOURCE, STATE } from '../layers/ids';
import { events, kindsVisible, previousTime, selectedId, timeState } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { windowStart } from '../timeline/visibility';
import { dashedRing } from './approx-icon';

/** The layers whose filter carries the kind list (the rest add conditions of their own). */
const FILTERED = [
  LAYER.eventAreaFill,
  LAYER.eventAreaLine,
  LAYER.eventPulse,
  LAYER.eventPoints,
  LAYER.eventApprox,
];
const PULSE_MS = 1200;

function setState(map: MapLibreMap, name: string, value: unknown): void {
  if (map.getGlobalState()[name] !== value) map.setGlobalStateProperty(name, value);
}

/** Set once per load of the data: the slider never touches the source again. */
const syncData = (map: MapLibreMap) =>
  effect(() => {
    const source = map.getSource(SOURCE.events);
    if (source && 'setData' in source)
      (source as { setData: (d: unknown) => void }).setData(eventFeatures(events.value));
  });

const syncTime = (map: MapLibreMap) =>
  effect(() => {
    const s = timeState.value;
    setState(map, STATE.time, s.time);
    setState(map, STATE.windowStart, windowStart(s));
    setState(map, STATE.windowDays, s.mode === 'window' ? s.windowDays : 1e9);
  });

/** Kind toggles are rare: they rebuild the filters, which keep the time in global state. */
const syncKinds = (map: MapLibreMap) =>
  effect(() => {
    const kinds = kindsVisible.value;
    for (const id of FILTERED) {
      const spec = map.getStyle().layers.find((l) => l.id === id);
      if (!spec || !('filter' in spec)) continue;
      const [all, ...parts] = spec.filter as unknown[];
      const next = [all, ...parts.map((p) => (isShownFilter(p) ? eventFilter(kinds) : p))];
      if (JSON.stringify(next) !== JSON.stringify(spec.filter)) map.setFilter(id, next as never);
    }
  });

const isShownFilter = (p: unknown) =>
  Array.isArray(p) && p[0] === 'all' && JSON.stringify(p).includes(STATE.time);

const syncSelection = (map: MapLibreMap) =>
  effect(() => {
    setState(map, STATE.selected, selectedId.value ?? '');
  });

/** Newly revealed events pulse once: `pulse` runs 0 → 1 on the GPU, the data stays put. */
function syncPulse(map: MapLibreMap): () => void {
  let frame = 0;
  const stop = effect(() => {
    const from = previousTime.value;
    const to = timeState.value.time;
    cancelAnimationFrame(frame);
    if (from === null || from >= to) return setState(map, STATE.pulse, 1);
    setState(map, STATE.revealedFrom, from);
    const start = performance.now();
    const tick = (now: number) => {
      const p = Math.min(1, (now - start) / PULSE_MS);
      map.setGlobalStateProperty(STATE.pulse, p);
      if (p < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}

function bindClicks(map: MapLibreMap): () => void {
  const onClick = (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.id;
    if (typeof id === 'string') selectEvent(id);
  };
  const onEnter = () => {
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = () => {
    map.getCanvas().style.cursor = '';
  };
  for (const layer of EVENT_LAYERS) {
    map.on('click', layer, onClick);
    map.on('mouseenter', layer, onEnter);
    map.on('mouseleave', layer, onLeave);
  }
  return () => {
    for (const layer of EVENT_LAYERS) {
      map.off('click', layer, onClick);
      map.off('mouseenter', layer, onEnter);
      map.off('mouseleave', layer, onLeave);
    }
  };
}

export function bindEvents(map: MapLibreMap): () => void {
  if (!map.hasImage(APPROX_ICON)) map.addImage(APPROX_ICON, dashedRing(), { sdf: true, pixelRatio: 2 });
  const stops = [
    syncData(map),
    syncTime(map),
    syncKinds(map),
    syncSelection(map),
    syncPulse(map),
    bindClicks(map),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

// The map side of the events and the time slider. Part of the map/ boundary with bind-map: the
// data goes to the GPU once per load; after that only the layer's uniforms change.
import { computed, effect } from '@preact/signals';
import { type Map as MapLibreMap, type MapMouseEvent, MercatorCoordinate } from 'maplibre-gl';
import { events, previousTime, selectedId, timeState } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { windowStart } from '../timeline/visibility';
import { buildEventArrays, inputFromRecord, kindMask } from './events-gl/arrays';
import { EventLayer } from './events-gl/EventLayer';
import { buildPicker, pick } from './events-gl/pick';

const PULSE_MS = 1200;
/** How close (css px) a click must be to an event to pick it. */
const PICK_RADIUS_PX = 8;

function animatePulse(layer: EventLayer): () => void {
  let frame = 0;
  const stop = effect(() => {
    const from = previousTime.value;
    const to = timeState.value.time;
    cancelAnimationFrame(frame);
    if (from === null || from >= to) return layer.setState({ pulse: 1 });
    layer.setState({ revealedFrom: from, pulse: 0 });
    const start = performance.now();
    const tick = (now: number) => {
      const p = Math.min(1, (now - start) / PULSE_MS);
      layer.setState({ pulse: p });
      if (p < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}

export function bindEvents(map: MapLibreMap): () => void {
  const layer = new EventLayer();
  map.addLayer(layer);
  const arrays = computed(() => buildEventArrays(events.value.map(inputFromRecord)));
  const picker = computed(() => buildPicker(arrays.value));

  const pickAt = (e: MapMouseEvent) => {
    const m = MercatorCoordinate.fromLngLat(e.lngLat);
    const radius = PICK_RADIUS_PX / (512 * 2 ** map.getZoom());
    const hit = pick(picker.value, m.x, m.y, radius, { ...layer.ranges(), kindMask: layer.state.kindMask });
    return hit === null ? null : (arrays.value[hit.run].ids[hit.index] ?? null);
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

  const stops = [
    effect(() => layer.setData(arrays.value)),
    effect(() => {
      const s = timeState.value;
      layer.setState({
        time: s.time,
        windowStart: windowStart(s),
        windowDays: s.mode === 'window' ? s.windowDays : 1e9,
        kindMask: kindMask(s.kinds),
      });
    }),
    effect(() => layer.setState({ selected: selectedId.value ?? '' })),
    animatePulse(layer),
  ];
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    cancelAnimationFrame(hoverFrame);
    for (const stop of stops) stop();
    if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  };
}

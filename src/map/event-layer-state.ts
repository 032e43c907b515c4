// The time, kind, selection and highlight state every event layer shares, pushed into each layer
// by one effect, and the pulse that marks the events a forward step revealed. The highlight is
// the story step's array as it is: a time step hands the same one, which the layers see as no
// change, so only a new highlight has them look its events up.
import { computed, effect } from '@preact/signals';
import { kindMask } from '../layers/event-drawing/arrays';
import { highlightedIds } from '../state/highlight';
import { previousTime, selectedId, timeState } from '../state/timeline';
import { windowStart } from '../timeline/visibility';
import type { EventLayer } from './events-gl/EventLayer';
import type { EventLayerState } from './events-gl/programs';

const PULSE_MS = 1200;

export const eventLayerState = computed<Partial<EventLayerState>>(() => {
  const s = timeState.value;
  return {
    time: s.time,
    windowStart: windowStart(s),
    windowDays: s.mode === 'window' ? s.windowDays : 1e9,
    kindMask: kindMask(s.kinds),
    selected: selectedId.value ?? '',
    highlighted: highlightedIds.value,
  };
});

function animatePulse(setAll: (s: Partial<EventLayerState>) => void): () => void {
  let frame = 0;
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

/** Keeps every layer `layers()` returns in the shared state. Returns the stop. */
export function bindEventLayerState(layers: () => Iterable<EventLayer>): () => void {
  const setAll = (s: Partial<EventLayerState>) => {
    for (const layer of layers()) layer.setState(s);
  };
  const stops = [effect(() => setAll(eventLayerState.value)), animatePulse(setAll)];
  return () => {
    for (const stop of stops) stop();
  };
}

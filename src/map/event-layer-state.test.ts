// The shared state as the layers receive it: a story step's highlight reaches every layer, a time
// step hands them the same highlight (so none looks its events up again), and leaving clears it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightedIds, NO_HIGHLIGHT } from '../state/highlight';
import { time } from '../state/timeline';
import { bindEventLayerState } from './event-layer-state';
import { EventLayer } from './events-gl/EventLayer';

// No pulse is asked for here (no step forward), but its effect cancels a frame: Node has none.
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  highlightedIds.value = NO_HIGHLIGHT;
  time.value = null;
  vi.unstubAllGlobals();
});

describe('the highlight in the event layers’ state', () => {
  it('reaches the curated layer and every import’s, and is the same array through time steps', () => {
    const layers = [new EventLayer(), new EventLayer('events-import-1', '#0072b2')];
    const stop = bindEventLayerState(() => layers);
    const step = ['sweida-truce-holding', 'sohr-toll-sweida'];
    highlightedIds.value = step;
    for (const layer of layers) expect(layer.state.highlighted).toBe(step);
    for (let day = 20_000; day < 20_030; day++) {
      time.value = day;
      for (const layer of layers) {
        expect(layer.state.time).toBe(day);
        expect(layer.state.highlighted).toBe(step);
      }
    }
    highlightedIds.value = NO_HIGHLIGHT;
    for (const layer of layers) expect(layer.state.highlighted).toEqual([]);
    stop();
  });
});

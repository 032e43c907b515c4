// Arrows at the map's edge pointing to the newest revealed events outside the view, one per place.
import { computed } from '@preact/signals';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { coveredInsets } from '../map/framing';
import { view } from '../state/store';
import { revealed } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { edgeLabel, edgeMarkers, type Size, type Target } from './edge';

/** How far inside the visible edge the arrows sit, so their labels stay readable. */
const EDGE_MARGIN = 48;

/** One target per place (or country), pointing at its latest revealed event. */
const targets = computed(() => {
  const byPlace = new Map<string, Target & { count: number; id: string }>();
  for (const e of revealed.value) {
    const label = edgeLabel(e);
    const prev = byPlace.get(label);
    byPlace.set(label, {
      key: label,
      label,
      lon: e.lon,
      lat: e.lat,
      count: (prev?.count ?? 0) + 1,
      id: e.id,
    });
  }
  return [...byPlace.values()];
});

function useSize(ref: { current: HTMLElement | null }): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function EdgeArrows() {
  const ref = useRef<HTMLDivElement>(null);
  const size = useSize(ref);
  const v = view.value;
  const markers =
    size && v ? edgeMarkers(v, size, coveredInsets(size.width), targets.value, EDGE_MARGIN) : [];
  return (
    <div ref={ref} class="edge-arrows">
      {markers.map((m) => (
        <button
          type="button"
          key={m.key}
          class="edge-arrow"
          style={{ left: `${m.x}px`, top: `${m.y}px` }}
          onClick={() => selectEvent(m.id, { fly: true })}
          aria-label={`${m.count} event(s) off the map: ${m.label}`}
        >
          <span class="arrow" style={{ transform: `rotate(${m.angle}deg)` }} aria-hidden="true">
            ➜
          </span>
          <span class="edge-label">
            {m.label}
            {m.count > 1 ? ` (${m.count})` : ''}
          </span>
        </button>
      ))}
    </div>
  );
}

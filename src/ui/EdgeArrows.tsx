// Chips at the map's edge pointing to the newest revealed events outside the view: one per
// direction, merged further where two would overlap (edge-chips.ts), clear of the panels.
import { computed } from '@preact/signals';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { coveredInsets } from '../map/framing';
import { view } from '../state/store';
import { revealed, selectedId } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { edgeLabel, edgeMarkers, type Size } from './edge';
import { chipText, edgeChips, type PlaceTarget } from './edge-chips';

/** How far inside the visible edge the arrows sit, so their labels stay readable. */
const EDGE_MARGIN = 48;
/** The zoom and compass buttons down the top right corner: no chip under them. */
const CONTROLS = { top: 0, right: 40, bottom: 0, left: 0 };

/** One target per place (or country), pointing at its latest revealed event. */
const targets = computed(() => {
  const byPlace = new Map<string, PlaceTarget>();
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
      day: e.day,
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
  const covered = size ? coveredInsets({ ...size, card: selectedId.value !== null }) : null;
  const markers =
    size && v && covered ? edgeMarkers(v, size, covered, targets.value, EDGE_MARGIN, CONTROLS) : [];
  const free = size &&
    covered && {
      x0: covered.left,
      y0: covered.top,
      x1: size.width - covered.right - CONTROLS.right,
      y1: size.height - covered.bottom,
    };
  return (
    <div ref={ref} class="edge-arrows">
      {(free ? edgeChips(markers, free) : []).map((c) => (
        <button
          type="button"
          key={c.key}
          class="edge-arrow"
          style={{ left: `${c.x}px`, top: `${c.y}px` }}
          onClick={() => selectEvent(c.id, { fly: true })}
          title={c.places.join(', ')}
          aria-label={`${chipText(c)}: ${c.count} event${c.count === 1 ? '' : 's'} off the map to the ${c.direction}, at ${c.places.join(', ')}. Go to the newest.`}
        >
          <span class="arrow" style={{ transform: `rotate(${c.angle}deg)` }} aria-hidden="true">
            ➜
          </span>
          <span class="edge-label">{chipText(c)}</span>
        </button>
      ))}
    </div>
  );
}

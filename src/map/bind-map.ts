// The only code that calls the MapLibre map. One idempotent effect per concern; map events
// come back into the app only through actions.
import { effect } from '@preact/signals';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TOGGLE_LAYERS, TOGGLES } from '../layers/ids';
import { setView } from '../state/actions';
import type { View } from '../state/hash';
import { type MapCommands, provideMapCommands } from '../state/map-commands';
import { DEFAULT_BOUNDS, view, visible } from '../state/store';
import { bindEvents } from './bind-events';
import { bindImportAreas } from './bind-imports';
import { fitPadding } from './framing';
import { snapshot } from './snapshot';

export function readView(map: MapLibreMap): View {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

/** Within a hair of the same view: rounding in the URL must not make the map jump. */
function sameView(a: View, b: View): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.lon - b.lon) < 1e-5;
}

function syncVisibility(map: MapLibreMap): () => void {
  return effect(() => {
    const on = visible.value;
    for (const toggle of TOGGLES) {
      const want = on.has(toggle) ? 'visible' : 'none';
      for (const layer of TOGGLE_LAYERS[toggle]) {
        if (map.getLayoutProperty(layer, 'visibility') !== want)
          map.setLayoutProperty(layer, 'visibility', want);
      }
    }
  });
}

function syncView(map: MapLibreMap): () => void {
  return effect(() => {
    const want = view.value;
    if (want === null) {
      map.fitBounds(DEFAULT_BOUNDS, { animate: false, padding: fitPadding(map.getContainer().clientWidth) });
    } else if (!sameView(want, readView(map))) {
      map.jumpTo({ center: [want.lon, want.lat], zoom: want.zoom });
    }
  });
}

/** The one-off requests (state/map-commands.ts), carried out on this map. */
function commandsFor(map: MapLibreMap): MapCommands {
  const padding = () => fitPadding(map.getContainer().clientWidth);
  return {
    flyTo: ({ lon, lat, zoom }) =>
      map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), zoom), padding: padding() }),
    fitBounds: (bounds) => map.fitBounds(bounds, { padding: padding(), maxZoom: 9 }),
    snapshot: () => snapshot(map),
  };
}

/**
 * Effects start once the style has loaded: layers cannot be changed before it. The commands are
 * handed over then too, after syncView, so a move asked before load runs from the link's view.
 */
export function bindMap(map: MapLibreMap): () => void {
  const stops: (() => void)[] = [];
  const onMoveEnd = () => setView(readView(map));
  const onLoad = () =>
    stops.push(
      syncVisibility(map),
      syncView(map),
      provideMapCommands(commandsFor(map)),
      bindEvents(map),
      bindImportAreas(map),
    );
  map.on('moveend', onMoveEnd);
  map.once('load', onLoad);
  return () => {
    map.off('moveend', onMoveEnd);
    map.off('load', onLoad);
    for (const stop of stops) stop();
  };
}

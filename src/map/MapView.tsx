// Creates the MapLibre map once and hands it to bind-map. Renders only the container.
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'preact/hooks';
import { ATTRIBUTION, buildStyle } from '../layers/style';
import { DEFAULT_BOUNDS, view, visible } from '../state/store';
import { DATA_URLS, FONT_URLS, workerUrl } from './assets';
import { bindMap } from './bind-map';
import { fitPadding } from './framing';

declare global {
  interface Window {
    /** The map, as in MapLibre's examples: for the console and for browser tests. */
    map?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);

function createMap(container: HTMLElement): MapLibreMap {
  const start = view.peek();
  const map = new MapLibreMap({
    container,
    style: buildStyle(DATA_URLS, FONT_URLS, visible.peek()),
    ...(start
      ? { center: [start.lon, start.lat], zoom: start.zoom }
      : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: fitPadding(container.clientWidth) } }),
    attributionControl: false,
    maxZoom: 14,
    hash: false,
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: Object.values(ATTRIBUTION) }),
    'bottom-right',
  );
  // On a narrow screen the credits start folded behind their (i) button, clear of the time bar.
  if (container.clientWidth < 700) {
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }
  return map;
}

export function MapView() {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = createMap(container.current);
    window.map = map;
    const unbind = bindMap(map);
    return () => {
      unbind();
      map.remove();
      delete window.map;
    };
  }, []);
  return <section ref={container} class="map" aria-label="Map of the Golan Heights and southern Syria" />;
}

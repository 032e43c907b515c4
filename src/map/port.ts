// The map port: the one module that calls the MapLibre map (outside the event layer's own folder,
// events-gl/, which MapLibre itself calls to draw). Everything else asks it through `MapPort`
// (port-types.ts): layers and sources, visibility, the camera, pointer events, the canvas. Small
// on purpose; a new kind of request is one method there. src/architecture.test.ts holds the rule.
import {
  AttributionControl,
  type GeoJSONSource,
  type MapEventType,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { View } from '../state/hash';
import { workerUrl } from './assets';
import type { DrawnFrame, MapOptions, MapPort, PointerAt } from './port-types';

export type { DrawnFrame, MapLayer, MapOptions, MapPort, PointerAt } from './port-types';

declare global {
  interface Window {
    /** The map, as in MapLibre's examples: for the console and for browser tests. */
    map?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);

function createMap(container: HTMLElement, o: MapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: o.style,
    ...(o.start
      ? { center: [o.start.lon, o.start.lat], zoom: o.start.zoom }
      : {
          bounds: o.bounds,
          fitBoundsOptions: {
            padding: o.padding({ width: container.clientWidth, height: container.clientHeight }),
          },
        }),
    attributionControl: false,
    maxZoom: 14,
    hash: false,
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true, customAttribution: o.attribution }), 'bottom-right');
  // On a narrow or a low screen (a phone, an embed's frame) the credits start folded behind their
  // (i) button, clear of the time bar: unfolded, they wrap over its controls.
  if (container.clientWidth < 700 || container.clientHeight < 600) {
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }
  return map;
}

const viewOf = (map: MapLibreMap): View => {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing() };
};

/** A map event subscription as a function that removes it. */
function listen<K extends keyof MapEventType>(
  map: MapLibreMap,
  type: K,
  handler: (e: MapEventType[K]) => void,
): () => void {
  map.on(type, handler);
  return () => map.off(type, handler);
}

/** The same for the event's next firing only. */
function listenOnce(map: MapLibreMap, type: 'style.load' | 'load', handler: () => void): () => void {
  map.once(type, handler);
  return () => map.off(type, handler);
}

const pointerAt = (map: MapLibreMap, e: MapMouseEvent): PointerAt => ({
  lon: e.lngLat.lng,
  lat: e.lngLat.lat,
  zoom: map.getZoom(),
  x: e.point.x,
  y: e.point.y,
});

/** Enter on the focused map, as a pick at its middle. */
function onEnterKey(map: MapLibreMap, listener: (at: PointerAt) => void): () => void {
  const target = map.getCanvasContainer();
  const handler = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.repeat) return;
    const { lng, lat } = map.getCenter();
    const box = target.getBoundingClientRect();
    listener({ lon: lng, lat, zoom: map.getZoom(), x: box.width / 2, y: box.height / 2 });
  };
  target.addEventListener('keydown', handler);
  return () => target.removeEventListener('keydown', handler);
}

/** Runs `read` on the canvas in the map's next `render` (or `idle`), before the buffer clears. */
function frameOn<T>(map: MapLibreMap, on: 'render' | 'idle', read: (frame: DrawnFrame) => T) {
  return new Promise<Awaited<T>>((resolve, reject) => {
    map.once(on, () => {
      try {
        Promise.resolve(read({ canvas: map.getCanvas(), pixelRatio: map.getPixelRatio() })).then(
          resolve,
          reject,
        );
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

export function createMapPort(container: HTMLElement, options: MapOptions): MapPort {
  const map = createMap(container, options);
  window.map = map;
  return {
    // At `style.load`, not `load`: that waits for every source and glyph and the first full
    // frame of them (a second or more in software rendering), and layers can change before it.
    whenLoaded: (ready) => listenOnce(map, 'style.load', ready),
    whenComplete: (ready) => listenOnce(map, 'load', ready),
    onMoveEnd: (listener) => listen(map, 'moveend', () => listener(viewOf(map))),
    onClick: (listener) => listen(map, 'click', (e) => listener(pointerAt(map, e))),
    onPointerMove: (listener) => listen(map, 'mousemove', (e) => listener(pointerAt(map, e))),
    onPointerLeave: (listener) => listen(map, 'mouseout', () => listener()),
    onEnter: (listener) => onEnterKey(map, listener),
    onLoadError: (listener) =>
      listen(map, 'error', (e) => {
        // A source's failure names the source (MapLibre adds sourceId to the event).
        const source = (e as { sourceId?: unknown }).sourceId;
        listener(`${typeof source === 'string' ? `${source}: ` : ''}${e.error?.message ?? 'unknown error'}`);
      }),
    view: () => viewOf(map),
    size: () => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight }),
    jumpTo: ({ lon, lat, zoom }) => map.jumpTo({ center: [lon, lat], zoom }),
    // As an offset, not `padding`: MapLibre keeps a camera's padding on the map afterwards, and
    // the centre it reports (and the link stores) would then be the padded one, ~170 px off.
    flyTo: ({ lon, lat, zoom }, p) =>
      map.flyTo({ center: [lon, lat], zoom, offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2] }),
    fitBounds: (bounds, o) => map.fitBounds(bounds, o),
    reveal: ({ lon, lat }, p) => {
      const { x, y } = map.project([lon, lat]);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      if (x >= p.left && x <= w - p.right && y >= p.top && y <= h - p.bottom) return;
      map.easeTo({ center: [lon, lat], offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2] });
    },
    moveTo: ({ lon, lat, zoom, bearing }, { animate }) => {
      const target = { center: [lon, lat] as [number, number], zoom, bearing };
      if (animate) map.flyTo(target);
      else map.jumpTo(target);
    },
    hasLayer: (id) => map.getLayer(id) !== undefined,
    addLayer: (layer, beforeId) => map.addLayer(layer, beforeId),
    removeLayer: (id) => map.removeLayer(id),
    setVisible: (id, visible) => {
      const want = visible ? 'visible' : 'none';
      if (map.getLayoutProperty(id, 'visibility') !== want) map.setLayoutProperty(id, 'visibility', want);
    },
    setFilter: (id, filter) => map.setFilter(id, filter),
    hasSource: (id) => map.getSource(id) !== undefined,
    addSource: (id, source) => map.addSource(id, source),
    removeSource: (id) => map.removeSource(id),
    setGeoJSON: (id, data) => (map.getSource(id) as GeoJSONSource | undefined)?.setData(data),
    setCursor: (cursor) => {
      map.getCanvas().style.cursor = cursor;
    },
    nextFrame: (read) => frameOn(map, 'render', read),
    idleFrame: (read) => frameOn(map, 'idle', read),
    renderAt: (size) => {
      const { style } = map.getContainer();
      style.width = size ? `${size.width}px` : '';
      style.height = size ? `${size.height}px` : '';
      map.setPixelRatio(size?.pixelRatio ?? window.devicePixelRatio);
      map.resize();
    },
    remove: () => {
      map.remove();
      delete window.map;
    },
  };
}

// What the app may ask of the map, as types: the port's interface and what passes through it.
// map/port.ts carries it out with MapLibre; everything else is written against this.
import type {
  CustomLayerInterface,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { View } from '../state/hash';
import type { Bounds, Camera } from '../state/map-commands';
import type { Padding } from './framing';

/** A style layer as data, or a custom layer that draws itself (the event layers). */
export type MapLayer = LayerSpecification | CustomLayerInterface;
/** Where the pointer is, on the map and in css px from the map's corner, and the zoom: what picking needs. */
export type PointerAt = { lon: number; lat: number; zoom: number; x: number; y: number };
/** What a frame callback gets: the canvas as just drawn, and device pixels per css pixel. */
export type DrawnFrame = { canvas: HTMLCanvasElement; pixelRatio: number };

export interface MapPort {
  /** Runs `ready` when the style has loaded (layers cannot change before it); bind right after creating. */
  whenLoaded(ready: () => void): () => void;
  /** Runs `ready` once every source, glyph and image is in and drawn (MapLibre's `load`). */
  whenComplete(ready: () => void): () => void;
  /** Each listener returns its removal. */
  onMoveEnd(listener: (view: View) => void): () => void;
  onClick(listener: (at: PointerAt) => void): () => void;
  onPointerMove(listener: (at: PointerAt) => void): () => void;
  /** The pointer left the map. */
  onPointerLeave(listener: () => void): () => void;
  /** Enter pressed while the map has focus: `at` is the middle of the map, where a keyboard user aims. */
  onEnter(listener: (at: PointerAt) => void): () => void;
  /** A source, tile or image that failed to load, in words. */
  onLoadError(listener: (message: string) => void): () => void;

  view(): View;
  /** The map's size in css px: the panels' padding depends on it. */
  size(): { width: number; height: number };
  jumpTo(view: View): void;
  /** Flies so that `view`'s centre lands in the middle of the part `padding` leaves uncovered. */
  flyTo(view: View, padding: Padding): void;
  fitBounds(bounds: Bounds, options: { padding: Padding; maxZoom?: number; animate?: boolean }): void;
  /** Pans so the place is inside the part `padding` leaves uncovered; does nothing if it is. */
  reveal(place: { lon: number; lat: number }, padding: Padding): void;
  /** Centres the camera exactly on `camera` (a story step), flying there or jumping. */
  moveTo(camera: Camera, options: { animate: boolean }): void;

  hasLayer(id: string): boolean;
  addLayer(layer: MapLayer, beforeId?: string): void;
  removeLayer(id: string): void;
  /** Shows or hides a layer; does nothing when it already is so. */
  setVisible(layerId: string, visible: boolean): void;
  /** Replaces a layer's filter (layers/imports.ts's areaFilter, say). */
  setFilter(layerId: string, filter: FilterSpecification): void;
  hasSource(id: string): boolean;
  addSource(id: string, source: SourceSpecification): void;
  removeSource(id: string): void;
  /** Replaces the features of a GeoJSON source. */
  setGeoJSON(sourceId: string, data: GeoJSON.GeoJSON): void;

  setCursor(cursor: '' | 'pointer'): void;
  /** Asks for a frame and runs `read` as it is drawn (the WebGL buffer clears right after). */
  nextFrame<T>(read: (frame: DrawnFrame) => T): Promise<Awaited<T>>;
  /** The same, on the first frame drawn with every tile and label in place (MapLibre's idle). */
  idleFrame<T>(read: (frame: DrawnFrame) => T): Promise<Awaited<T>>;
  /**
   * Draws the map this many css px big at this pixel ratio, whatever the window (a video's
   * frames); null gives it back to the page's layout and the screen's pixel ratio.
   */
  renderAt(size: { width: number; height: number; pixelRatio: number } | null): void;
  remove(): void;
}

export type MapOptions = {
  style: StyleSpecification;
  /** The link's view, or null for the default framing. */
  start: View | null;
  bounds: Bounds;
  padding: (screen: { width: number; height: number }) => Padding;
  /** The data's credits, beside MapLibre's own. */
  attribution: string[];
};

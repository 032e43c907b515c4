// Binds the app's state to the map port: one idempotent effect per concern, and the one-off
// commands. Map events come back into the app only through actions.
import { effect } from '@preact/signals';
import { TOGGLE_LAYERS, TOGGLES } from '../layers/ids';
import { setView } from '../state/actions';
import type { View } from '../state/hash';
import { reportLoadError } from '../state/load-errors';
import { type MapCommands, provideMapCommands } from '../state/map-commands';
import { DEFAULT_BOUNDS, embedMode, view, visible } from '../state/store';
import { bindDatasetLayers } from './bind-datasets';
import { bindPicking } from './bind-picking';
import { bindStacks } from './bind-stacks';
import { bindEventLayerState } from './event-layer-state';
import { fitPadding, type Padding } from './framing';
import type { MapPort } from './port';
import { snapshot } from './snapshot';
import { renderVideoFrames } from './video-frames';

/** Within a hair of the same view: rounding in the URL must not make the map jump. */
function sameView(a: View, b: View): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.lon - b.lon) < 1e-5;
}

function syncVisibility(port: MapPort): () => void {
  return effect(() => {
    const on = visible.value;
    for (const toggle of TOGGLES)
      for (const layer of TOGGLE_LAYERS[toggle]) port.setVisible(layer, on.has(toggle));
  });
}

/** An embed has no panels: only its top bar and time bar cover the frame, a share of its height. */
function embedPadding({ width, height }: { width: number; height: number }): Padding {
  const side = Math.min(50, width * 0.1);
  return { top: Math.min(60, height * 0.2), bottom: Math.min(110, height * 0.35), left: side, right: side };
}

function syncView(port: MapPort): () => void {
  return effect(() => {
    const want = view.value;
    if (want === null) {
      const padding = embedMode.value ? embedPadding(port.size()) : fitPadding(port.size());
      port.fitBounds(DEFAULT_BOUNDS, { animate: false, padding });
    } else if (!sameView(want, port.view())) {
      port.jumpTo(want);
    }
  });
}

/** The reader asked for less motion: a story's camera jumps instead of flying. */
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The one-off requests (state/map-commands.ts), carried out through the port. */
function commandsFor(port: MapPort, complete: Promise<void>): MapCommands {
  // Flying to or revealing an event opens its card: the place must be clear of that too.
  const withCard = () => fitPadding({ ...port.size(), card: true });
  return {
    flyTo: ({ lon, lat, zoom }) =>
      port.flyTo({ lon, lat, zoom: Math.max(port.view().zoom, zoom) }, withCard()),
    reveal: (place) => port.reveal(place, withCard()),
    fitBounds: (bounds) => port.fitBounds(bounds, { padding: fitPadding(port.size()), maxZoom: 9 }),
    showCamera: (camera, move) => port.moveTo(camera, { animate: move === 'fly' && !reducedMotion() }),
    // A PNG asked for while the basemap still loads is of the map once it is all there.
    snapshot: () => complete.then(() => snapshot(port)),
    videoFrames: (job) => renderVideoFrames(port, job),
  };
}

/**
 * Effects start once the style has loaded: layers cannot be changed before it, and need not wait
 * for every source and glyph (a restored import is drawn as soon as its columns are in). The
 * commands are handed over then too, after syncView, so a move asked before runs from the link's
 * view.
 */
export function bindMap(port: MapPort): () => void {
  // Errors from the start: a source that fails does so while the style loads.
  const stops: (() => void)[] = [port.onMoveEnd(setView), port.onLoadError(reportLoadError)];
  const complete = new Promise<void>((resolve) => stops.push(port.whenComplete(resolve)));
  const stopWaiting = port.whenLoaded(() => {
    const layers = bindDatasetLayers(port);
    stops.push(
      syncVisibility(port),
      syncView(port),
      provideMapCommands(commandsFor(port, complete)),
      bindEventLayerState(() => layers.stack().map((held) => held.layer)),
      bindPicking(port, layers.stack),
      bindStacks(port),
      layers.stop,
    );
  });
  return () => {
    stopWaiting();
    for (const stop of stops) stop();
  };
}

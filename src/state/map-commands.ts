// One-off requests to the map (fly to an event, fit bounds, draw a PNG; later a video frame, a
// story step) as methods, not as signals that are set and reset: continuous state (time, mode,
// toggles, selection, view) stays in signals. It lives in state/, below map/ and ui/, so that
// actions and components can call it; map/ implements it once the MapLibre map's style has loaded and
// hands it over with provideMapCommands. The map's own moveend then updates `view` as after any
// other move.
//
// Before the map is ready (or after it is gone), commands wait, as the camera signal made them:
// - flyTo, fitBounds and showCamera share one pending slot and the latest wins, because only the last
//   camera move asked for would be visible anyway (a list item clicked before then flies there
//   once the style loads; a fit asked after it replaces it);
// - snapshot() returns a Promise that settles once the map is there and has drawn the PNG,
//   so a button that awaits it says "busy" for the whole wait instead of dropping the click.

import type { FrameJob } from '../export/video-record';

export type Bounds = [[number, number], [number, number]];
/** A story step's camera: centred exactly there (no panel offset), so a saved view replays as it was. */
export type Camera = { lon: number; lat: number; zoom: number; bearing: number };
/** `fly` animates, except under prefers-reduced-motion, where it jumps; `jump` always jumps. */
export type CameraMove = 'fly' | 'jump';
/** Where to fly: the map keeps a closer zoom if it already has one. */
export type FlyTarget = { lon: number; lat: number; zoom: number };

export interface MapCommands {
  flyTo(target: FlyTarget): void;
  /** Pans just enough to bring a place out from under the panels and the card; nothing if clear. */
  reveal(place: { lon: number; lat: number }): void;
  fitBounds(bounds: Bounds): void;
  /** Puts the camera exactly where a story step says. */
  showCamera(camera: Camera, move: CameraMove): void;
  /** The map as drawn now, with its legend, date and credits, as a PNG (null if the canvas cannot give one). */
  snapshot(): Promise<Blob | null>;
  /**
   * Draws a video's frames one by one on `job.canvas` (export/video-record.ts), setting the time
   * for each; afterwards, done or cancelled, the map is as it was.
   */
  videoFrames(job: FrameJob): Promise<void>;
}

let ready: MapCommands | null = null;
let pendingCamera: ((map: MapCommands) => void) | null = null;
let waiting: ((map: MapCommands) => void)[] = [];

function camera(move: (map: MapCommands) => void): void {
  if (ready) move(ready);
  else pendingCamera = move;
}

/** Runs `use` on the map now, or when it is provided: for commands that answer. */
function whenReady<T>(use: (map: MapCommands) => Promise<T>): Promise<T> {
  if (ready) return use(ready);
  return new Promise((resolve, reject) => waiting.push((map) => use(map).then(resolve, reject)));
}

/** What state and UI call: the same object before and after the map exists. */
export const mapCommands: MapCommands = {
  flyTo: (target) => camera((map) => map.flyTo(target)),
  reveal: (place) => camera((map) => map.reveal(place)),
  fitBounds: (bounds) => camera((map) => map.fitBounds(bounds)),
  showCamera: (target, move) => camera((map) => map.showCamera(target, move)),
  snapshot: () => whenReady((map) => map.snapshot()),
  videoFrames: (job) => whenReady((map) => map.videoFrames(job)),
};

/** The map side hands over its implementation; what waited runs now. Returns the withdrawal. */
export function provideMapCommands(impl: MapCommands): () => void {
  ready = impl;
  const [move, queued] = [pendingCamera, waiting];
  [pendingCamera, waiting] = [null, []];
  move?.(impl);
  for (const run of queued) run(impl);
  return () => {
    if (ready === impl) ready = null;
  };
}

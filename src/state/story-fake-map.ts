// For the story tests: a stand-in map that records the camera moves it is asked for, provided
// for one test at a time, so no move is left waiting for the next test file's map.
import { afterEach, beforeEach } from 'vitest';
import { type Camera, type CameraMove, type MapCommands, provideMapCommands } from './map-commands';

export function fakeStoryMap(): { moves: string[]; provide: () => () => void } {
  const moves: string[] = [];
  const camera = (c: Camera, move: CameraMove) => `${move} ${c.lon},${c.lat},${c.zoom},${c.bearing}`;
  const map: MapCommands = {
    flyTo: () => {},
    reveal: () => {},
    fitBounds: () => {},
    showCamera: (c, move) => void moves.push(camera(c, move)),
    snapshot: () => Promise.resolve(null),
    videoFrames: () => Promise.resolve(),
  };
  return { moves, provide: () => provideMapCommands(map) };
}

/**
 * A fake map provided before each test of the file that calls this, and withdrawn after the
 * test's own cleanup (hooks run as a stack), so no move made while cleaning up waits for the
 * next file's map.
 */
export function useFakeStoryMap(): { moves: string[] } {
  const fake = fakeStoryMap();
  let withdraw = () => {};
  beforeEach(() => {
    withdraw = fake.provide();
  });
  afterEach(() => withdraw());
  return fake;
}

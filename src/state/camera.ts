// One-off camera moves the app asks of the map (fly to an event, fit all events). bind-map
// carries them out; the map's own moveend then updates `view` as for any other move.
import { signal } from '@preact/signals';

export type Bounds = [[number, number], [number, number]];
export type CameraRequest =
  | { kind: 'fly'; lon: number; lat: number; zoom: number }
  | { kind: 'fit'; bounds: Bounds };

export const camera = signal<CameraRequest | null>(null);

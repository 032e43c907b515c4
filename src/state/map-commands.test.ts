import { afterEach, describe, expect, it } from 'vitest';
import { type MapCommands, mapCommands, provideMapCommands } from './map-commands';

/** A stand-in map that records what it was asked. */
function fakeMap(blob: Blob | null = new Blob(['png'])) {
  const calls: string[] = [];
  const impl: MapCommands = {
    flyTo: (t) => void calls.push(`fly ${t.lon},${t.lat},${t.zoom}`),
    reveal: (p) => void calls.push(`reveal ${p.lon},${p.lat}`),
    fitBounds: (b) => void calls.push(`fit ${b.flat().join(',')}`),
    showCamera: (c, move) => void calls.push(`${move} ${c.lon},${c.lat},${c.zoom},${c.bearing}`),
    snapshot: () => {
      calls.push('snapshot');
      return Promise.resolve(blob);
    },
    videoFrames: (job) => {
      calls.push(`video ${job.frames.length}`);
      return Promise.resolve();
    },
  };
  return { calls, impl };
}

const withdrawals: (() => void)[] = [];
const provide = (impl: MapCommands) => withdrawals.push(provideMapCommands(impl));
// Each test starts with no map, as the page does.
afterEach(() => {
  for (const withdraw of withdrawals.splice(0)) withdraw();
});

describe('map commands', () => {
  it('delivers a command at once when the map is ready', () => {
    const { calls, impl } = fakeMap();
    provide(impl);
    mapCommands.flyTo({ lon: 35.8, lat: 33.1, zoom: 9 });
    mapCommands.fitBounds([
      [35, 32],
      [36, 33],
    ]);
    expect(calls).toEqual(['fly 35.8,33.1,9', 'fit 35,32,36,33']);
  });

  it('keeps a camera command asked before the map is ready and carries it out once it is', () => {
    mapCommands.flyTo({ lon: 35.8, lat: 33.1, zoom: 9 });
    const { calls, impl } = fakeMap();
    provide(impl);
    expect(calls).toEqual(['fly 35.8,33.1,9']);
  });

  it('keeps only the latest camera command: a later fly or fit replaces the pending one', () => {
    mapCommands.flyTo({ lon: 35.8, lat: 33.1, zoom: 9 });
    mapCommands.fitBounds([
      [35, 32],
      [36, 33],
    ]);
    mapCommands.flyTo({ lon: 36.5, lat: 32.7, zoom: 8 });
    const { calls, impl } = fakeMap();
    provide(impl);
    expect(calls).toEqual(['fly 36.5,32.7,8']);
  });

  it('carries out a pending camera command once, not again for a second map', () => {
    mapCommands.fitBounds([
      [35, 32],
      [36, 33],
    ]);
    const first = fakeMap();
    provide(first.impl);
    withdrawals.splice(0).forEach((withdraw) => void withdraw());
    const second = fakeMap();
    provide(second.impl);
    expect(first.calls).toEqual(['fit 35,32,36,33']);
    expect(second.calls).toEqual([]);
  });

  it('keeps only the last of a step camera and a fly asked before the map is ready', () => {
    mapCommands.flyTo({ lon: 35.8, lat: 33.1, zoom: 9 });
    mapCommands.showCamera({ lon: 36.5, lat: 32.7, zoom: 8, bearing: 20 }, 'jump');
    const { calls, impl } = fakeMap();
    provide(impl);
    expect(calls).toEqual(['jump 36.5,32.7,8,20']);
    mapCommands.showCamera({ lon: 36, lat: 33, zoom: 7, bearing: 0 }, 'fly');
    expect(calls).toEqual(['jump 36.5,32.7,8,20', 'fly 36,33,7,0']);
  });

  it('makes a snapshot asked before the map is ready wait for it, then resolve with its PNG', async () => {
    const blob = new Blob(['png']);
    let settled = false;
    const png = mapCommands.snapshot().finally(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    const { calls, impl } = fakeMap(blob);
    provide(impl);
    await expect(png).resolves.toBe(blob);
    expect(calls).toEqual(['snapshot']);
  });

  it('makes video frames asked before the map is ready wait for it', async () => {
    const frames = [{ day: 1, window: null, camera: null }];
    const job = {
      frames,
      canvas: {} as HTMLCanvasElement,
      onFrame: () => Promise.resolve(),
      signal: new AbortController().signal,
    };
    const done = mapCommands.videoFrames(job);
    const { calls, impl } = fakeMap();
    provide(impl);
    await done;
    expect(calls).toEqual(['video 1']);
  });

  it('passes a failed snapshot on to the caller', async () => {
    const { impl } = fakeMap();
    provide({ ...impl, snapshot: () => Promise.reject(new Error('lost context')) });
    await expect(mapCommands.snapshot()).rejects.toThrow('lost context');
  });

  it('queues again once the map is withdrawn, and a stale withdrawal leaves a newer map in place', () => {
    const old = fakeMap();
    const withdrawOld = provideMapCommands(old.impl);
    withdrawOld();
    mapCommands.flyTo({ lon: 35.8, lat: 33.1, zoom: 9 });
    expect(old.calls).toEqual([]);
    const next = fakeMap();
    provide(next.impl);
    withdrawOld();
    mapCommands.flyTo({ lon: 36.5, lat: 32.7, zoom: 8 });
    expect(next.calls).toEqual(['fly 35.8,33.1,9', 'fly 36.5,32.7,8']);
  });
});

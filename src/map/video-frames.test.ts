// The map side of a video export against a fake port: the time each frame is drawn at, a frame
// that repeats the one before not drawn again, and the map given back as it was, done or cancelled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { KINDS } from '../data/kinds';
import { makeEvent } from '../export/test-events';
import type { VideoFrame } from '../export/video-plan';
import type { FrameJob } from '../export/video-record';
import { DEFAULT_VISIBLE } from '../layers/ids';
import { highlightedIds, NO_HIGHLIGHT } from '../state/highlight';
import { visible } from '../state/store';
import {
  curatedEvents,
  currentDay,
  kindsVisible,
  mode,
  playing,
  previousTime,
  selectedId,
  time,
  windowDays,
} from '../state/timeline';
import type { DrawnFrame, MapPort } from './port';
import { renderVideoFrames } from './video-frames';

const day = (iso: string) => parseIsoDate(iso) as number;

/** A 2D context that does nothing: the drawing itself is the browser test's to judge. */
const quietContext = (canvas: { width: number; height: number }) =>
  new Proxy({ canvas } as unknown as CanvasRenderingContext2D, {
    get: (target, key) =>
      key in target
        ? target[key as keyof CanvasRenderingContext2D]
        : key === 'measureText'
          ? () => ({ width: 10 })
          : () => {},
    set: () => true,
  });

function fakePort() {
  const calls: string[] = [];
  const drawnDays: number[] = [];
  /** What each drawn frame showed besides its day: layers and kinds at the moment it was read. */
  const drawnScenes: string[] = [];
  const view = { lon: 35.9, lat: 33, zoom: 9, bearing: 12 };
  const frame = { canvas: {} as HTMLCanvasElement, pixelRatio: 1 } as DrawnFrame;
  const port: Partial<MapPort> = {
    view: () => view,
    size: () => ({ width: 1280, height: 800 }),
    moveTo: (c, { animate }) =>
      void calls.push(`${animate ? 'fly' : 'jump'} ${c.zoom.toFixed(2)} ${c.bearing.toFixed(0)}°`),
    renderAt: (s) => void calls.push(s ? `render at ${s.width}×${s.height}@${s.pixelRatio}` : 'render back'),
    idleFrame: <T>(read: (f: DrawnFrame) => T): Promise<Awaited<T>> => {
      drawnDays.push(currentDay.peek());
      const highlight = highlightedIds.peek().join(',') || '-';
      drawnScenes.push(`${[...visible.peek()].join(',')} ${[...kindsVisible.peek()].join(',')} ${highlight}`);
      return Promise.resolve(read(frame)) as Promise<Awaited<T>>;
    },
  };
  return { port: port as MapPort, calls, drawnDays, drawnScenes, view };
}

function jobOf(
  frames: VideoFrame[],
  onFrame: (i: number) => Promise<void> = async () => {},
  signal = new AbortController().signal,
): FrameJob {
  const canvas = { width: 1920, height: 1080 } as HTMLCanvasElement;
  canvas.getContext = (() => quietContext(canvas)) as unknown as HTMLCanvasElement['getContext'];
  return { frames, canvas, onFrame, signal };
}

const f = (iso: string, window: number | null = null): VideoFrame => ({
  day: day(iso),
  window,
  camera: null,
});

describe('renderVideoFrames', () => {
  // The slider's range comes from the events: a year of them, so every day below is in it.
  beforeEach(() => {
    curatedEvents.value = [
      makeEvent({ date: '2025-01-01', day: day('2025-01-01'), end: day('2025-01-01') }),
      makeEvent({ id: 'b', date: '2025-12-31', day: day('2025-12-31'), end: day('2025-12-31') }),
    ];
  });
  afterEach(() => {
    curatedEvents.value = [];
    time.value = null;
    mode.value = 'cumulative';
    windowDays.value = 30;
    visible.value = new Set(DEFAULT_VISIBLE);
    kindsVisible.value = new Set(KINDS);
    selectedId.value = null;
  });

  it('draws each distinct frame once at its day, hands every frame on, and gives the map back', async () => {
    time.value = day('2025-06-01');
    const { port, calls, drawnDays } = fakePort();
    const handed: number[] = [];
    const frames = [f('2025-05-01'), f('2025-05-01'), f('2025-05-02', 7), f('2025-05-03', 7)];
    await renderVideoFrames(
      port,
      jobOf(frames, async (i) => void handed.push(i)),
    );
    expect(drawnDays).toEqual([day('2025-05-01'), day('2025-05-02'), day('2025-05-03')]);
    expect(handed).toEqual([0, 1, 2, 3]);
    // Drawn at 1280×720 css px at 1.5 for a 1920×1080 video, one camera jump in, one back.
    expect(calls[0]).toBe('render at 1280×720@1.5');
    expect(calls.filter((c) => c.startsWith('jump'))).toHaveLength(2);
    expect(calls.slice(-2)).toEqual(['render back', 'jump 9.00 12°']);
    expect([currentDay.value, mode.value, windowDays.value]).toEqual([day('2025-06-01'), 'cumulative', 30]);
  });

  it('stops at a cancel between frames and still gives the map back', async () => {
    time.value = day('2025-06-01');
    mode.value = 'window';
    const { port, calls, drawnDays } = fakePort();
    const controller = new AbortController();
    const frames = [f('2025-05-01'), f('2025-05-02'), f('2025-05-03')];
    const job = jobOf(frames, async (i) => void (i === 0 && controller.abort()), controller.signal);
    await expect(renderVideoFrames(port, job)).rejects.toThrow('cancelled');
    expect(drawnDays).toEqual([day('2025-05-01')]);
    expect(calls.slice(-2)).toEqual(['render back', 'jump 9.00 12°']);
    expect([currentDay.value, mode.value]).toEqual([day('2025-06-01'), 'window']);
  });

  it('sets a story step’s layers and kinds, turns the camera, and puts every signal back, “latest” too', async () => {
    time.value = null;
    previousTime.value = day('2025-03-03');
    selectedId.value = 'b';
    playing.value = true;
    const { port, calls, drawnDays, drawnScenes } = fakePort();
    const stepOne = { layers: ['golan'], kinds: ['strike' as const], highlight: ['b'] };
    const stepTwo = {
      layers: ['buffer', 'golan'],
      kinds: ['meeting' as const, 'strike' as const],
      highlight: [],
    };
    const shownHighlight = ['x'];
    highlightedIds.value = shownHighlight;
    const camera = { lon: 36, lat: 33, zoom: 8, bearing: -30 };
    const frames: VideoFrame[] = [
      { ...f('2025-02-01'), scene: stepOne, camera, heading: 'Step 1 of 2: A', caption: 'One.' },
      { ...f('2025-02-01'), scene: stepOne, camera, heading: 'Step 1 of 2: A', caption: 'One.' },
      {
        ...f('2025-04-01', 30),
        scene: stepTwo,
        camera: { ...camera, bearing: 0 },
        heading: 'Step 2 of 2: B',
      },
    ];
    const during: unknown[] = [];
    await renderVideoFrames(
      port,
      jobOf(frames, async () => void during.push([playing.peek(), selectedId.peek()])),
    );
    expect(drawnDays).toEqual([day('2025-02-01'), day('2025-04-01')]);
    expect(drawnScenes).toEqual(['golan strike b', 'golan,buffer meeting,strike -']);
    expect(calls.filter((c) => c.startsWith('jump'))).toEqual([
      'jump 8.00 -30°',
      'jump 8.00 0°',
      'jump 9.00 12°',
    ]);
    // Play would move the date under the frames, and a step selects nothing.
    expect(during).toEqual([
      [false, null],
      [false, null],
      [false, null],
    ]);
    expect(time.value).toBeNull();
    expect(highlightedIds.value).toBe(shownHighlight);
    highlightedIds.value = NO_HIGHLIGHT;
    expect(previousTime.value).toBe(day('2025-03-03'));
    expect([...visible.value]).toEqual([...DEFAULT_VISIBLE]);
    expect(kindsVisible.value.size).toBe(KINDS.length);
    expect([selectedId.value, playing.value, mode.value, windowDays.value]).toEqual([
      'b',
      true,
      'cumulative',
      30,
    ]);
    playing.value = false;
  });
});
